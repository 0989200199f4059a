import type { Sql } from './sql.js';

/**
 * Versioned schema changes. A migration is never edited once released: a change
 * to the schema is a new entry with the next version. Each backend has its own list
 * (store/sqlite/migrations.ts, store/postgres/migrations.ts) with the same versions
 * and names: one history, two dialects.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Applies every migration not yet recorded in schema_migrations, each in its own
 * write transaction (joined to the caller's when there is one) so two processes
 * opening the same database cannot both apply it. Returns the versions applied.
 */
export async function migrate(db: Sql, migrations: readonly Migration[]): Promise<number[]> {
  await db.exec(`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL
    )
  `);
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    await db.transaction(async () => {
      const done = await db.get('SELECT version FROM schema_migrations WHERE version = ?', [
        migration.version,
      ]);
      if (done) return;
      await db.exec(migration.sql);
      await db.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
      applied.push(migration.version);
    });
  }
  return applied;
}
