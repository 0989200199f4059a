import { assembleStore } from '../assemble.js';
import { migrate } from '../migrations.js';
import { claimMode } from '../mode.js';
import { sealingKeyPath, secretSealer } from '../sealed-secrets.js';
import { seed } from '../seed.js';
import type { Store, StoreOptions } from '../types.js';
import { openDatabase } from './connection.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import { sqliteSql } from './sql.js';

/** The embedded store: one SQLite file (or ':memory:'), the default. */
export async function openSqliteStore(options: StoreOptions): Promise<Store> {
  const mode = options.mode ?? 'demo';
  const db = openDatabase(options.path);
  // Deleted and overwritten content is zeroed, not just unlinked (Law 25 erasure, store/erasure.ts).
  db.pragma('secure_delete = ON');
  const sql = sqliteSql(db);
  try {
    await migrate(sql, SQLITE_MIGRATIONS);
    await claimMode(sql, mode, options.path);
    await seed(sql, options.now ?? new Date(), mode);
  } catch (error) {
    db.close();
    throw error;
  }
  // PRAGMA data_version changes when another connection (another process: eer-admin,
  // a second server) commits; this connection's own writes are counted here.
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  let ownWrites = 0;
  return assembleStore({
    name: 'sqlite',
    sql,
    mode,
    sealer: secretSealer(options.sealingKeyFile ?? sealingKeyPath(options.path)),
    sharedRateLimitCounter: () => undefined,
    dataVersion: () => `${dataVersion.get()}.${ownWrites}`,
    referenceWrite: (write) =>
      sql.transaction(async () => {
        const written = await write();
        sql.afterCommit(() => {
          ownWrites += 1;
        });
        return written;
      }),
    // TRUNCATE waits (busy_timeout) for readers of older snapshots, copies every page
    // into the database file and empties the WAL.
    afterErasure: async () => {
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
    close: () => sql.close(),
  });
}
