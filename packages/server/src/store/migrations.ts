import type { Sql } from './sql.js';

/**
 * Versioned schema changes: one history, written in each backend's dialect
 * (store/sqlite/migrations.ts, store/postgres/migrations.ts). A migration is never
 * edited once released: a change to the schema is a new entry with the next version,
 * here and in both dialects (a dialect without it does not compile).
 */
export const MIGRATIONS = {
  1: 'initial schema',
  2: 'operator: mode, organization contacts, managed keys, writable events, request status',
  3: 'write API: idempotency keys of POST /v1/events',
  4: 'notifications: webhook endpoints, transactional outbox of e-mails and webhooks',
  5: 'contact requests counted per organization',
  6: 'rate limit windows shared by processes',
} as const;

export type MigrationVersion = keyof typeof MIGRATIONS;

/** One dialect's SQL for every version of MIGRATIONS. */
export type MigrationScripts = Readonly<Record<MigrationVersion, string>>;

/** Every version, in the order they are applied. */
export const MIGRATION_VERSIONS = (Object.keys(MIGRATIONS).map(Number) as MigrationVersion[]).sort(
  (a, b) => a - b,
);

/**
 * Applies every migration not yet recorded in schema_migrations, each in its own
 * write transaction (joined to the caller's when there is one) so two processes
 * opening the same database cannot both apply it. Returns the versions applied.
 */
export async function migrate(db: Sql, scripts: MigrationScripts): Promise<number[]> {
  await db.exec(`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL
    )
  `);
  const applied: number[] = [];
  for (const version of MIGRATION_VERSIONS) {
    await db.transaction(async () => {
      const done = await db.get('SELECT version FROM schema_migrations WHERE version = ?', [version]);
      if (done) return;
      await db.exec(scripts[version]);
      await db.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        version,
        MIGRATIONS[version],
        new Date().toISOString(),
      ]);
      applied.push(version);
    });
  }
  return applied;
}
