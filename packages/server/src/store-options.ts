import type { DatabaseConfig } from './config.js';
import type { StoreMode, StoreOptions } from './store/types.js';

/** The store the configuration names: PostgreSQL when DATABASE_URL is set, else the SQLite file. */
export function storeOptions(
  databasePath: string,
  database: DatabaseConfig | undefined,
  mode: StoreMode,
): StoreOptions {
  return database
    ? {
        path: databasePath,
        url: database.url,
        poolSize: database.poolSize,
        statementTimeoutMs: database.statementTimeoutMs,
        sealingKeyFile: database.webhookKeyFile,
        mode,
      }
    : { path: databasePath, mode };
}
