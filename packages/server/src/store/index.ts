import { openPostgresStore } from './postgres/index.js';
import { openSqliteStore } from './sqlite/index.js';
import type { Store, StoreOptions } from './types.js';

export * from './types.js';

/**
 * Opens the database — PostgreSQL when `options.url` is set, otherwise the embedded
 * SQLite file at `options.path` — applies pending migrations, checks its mode (demo or
 * production, see claimMode), runs the idempotent seed of that mode (sample events placed
 * relative to `options.now`), and returns the Store over it.
 */
export function openStore(options: StoreOptions): Promise<Store> {
  return options.url ? openPostgresStore(options) : openSqliteStore(options);
}
