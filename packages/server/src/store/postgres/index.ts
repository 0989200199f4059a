import { DEFAULT_POOL_SIZE, DEFAULT_STATEMENT_TIMEOUT_MS } from '../../config.js';
import { assembleStore } from '../assemble.js';
import { migrate } from '../migrations.js';
import { claimMode } from '../mode.js';
import { secretSealer } from '../sealed-secrets.js';
import { seed } from '../seed.js';
import type { Store, StoreOptions } from '../types.js';
import { sharedDataVersion } from './data-version.js';
import { POSTGRES_MIGRATIONS } from './migrations.js';
import { postgresRateLimitCounter } from './rate-limit.js';
import { postgresPool, postgresSql } from './sql.js';

/** The key of the transaction lock every process takes to migrate, claim the mode and seed. */
const STARTUP_LOCK = 'emplois-en-regions:startup';

/** Where the database is, for messages: the URL without its password. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

/**
 * The store on PostgreSQL (15+): any number of processes share one database. At start,
 * migrations, the mode claim and the seed run in one transaction under an advisory lock,
 * so processes starting together apply each migration once and seed one after another.
 */
export async function openPostgresStore(options: StoreOptions): Promise<Store> {
  const url = options.url!;
  const mode = options.mode ?? 'demo';
  if (!options.sealingKeyFile) {
    throw new Error('A PostgreSQL store needs sealingKeyFile (WEBHOOK_KEY_FILE), shared by every process.');
  }
  const pool = postgresPool({
    url,
    poolSize: options.poolSize ?? DEFAULT_POOL_SIZE,
    statementTimeoutMs: options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
  });
  const sql = postgresSql(pool);
  try {
    await sql.transaction(async () => {
      await sql.lock(STARTUP_LOCK);
      await migrate(sql, POSTGRES_MIGRATIONS);
      await claimMode(sql, mode, describeUrl(url));
      await seed(sql, options.now ?? new Date(), mode);
      // The seed may have changed reference data: processes already running drop their caches.
      await sql.run(`
        INSERT INTO settings (key, value) VALUES ('data_version', '1')
        ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(settings.value AS BIGINT) + 1 AS TEXT)`);
    });
  } catch (error) {
    await pool.end();
    throw error;
  }
  const version = await sharedDataVersion(sql, pool);
  return assembleStore({
    name: 'postgres',
    sql,
    mode,
    sealer: secretSealer(options.sealingKeyFile),
    dataVersion: () => version.current(),
    referenceWrite: (write) => version.around(write),
    sharedRateLimitCounter: (name, limits, clock) => postgresRateLimitCounter(sql, name, limits, clock),
    // Old row versions are reclaimed by (auto)vacuum; nothing to force here.
    afterErasure: async () => undefined,
    async close() {
      await version.stop();
      await sql.close();
    },
  });
}
