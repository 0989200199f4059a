import { statement, type Sql } from './sql.js';
import type { IdempotencyClaim } from './types.js';

/** How long an Idempotency-Key is remembered (docs/http-api.md). */
const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** Where one kind of resource remembers its keys: the table and its column naming what was created. */
export interface IdempotencyTable {
  table: 'idempotency_keys' | 'event_idempotency_keys';
  createdColumn: 'contact_request_id' | 'event_id';
  /** Prefix of the lock key, so two kinds of resource never wait for each other. */
  lockScope: string;
}

export type Once<T> = { kind: 'created' | 'replayed'; value: T } | { kind: 'conflict' };

/**
 * Runs `create` at most once per (API key, Idempotency-Key), in one write transaction
 * holding a lock on that pair: two processes racing with the same key cannot both miss
 * the lookup; the second waits for the first to commit and then finds its entry (the
 * table's primary key backs it up). A repeat with the same body hash gives `replay` of
 * what was created first, another hash is a conflict. A `create` that throws stores
 * nothing, the key included. Entries older than 24 hours are forgotten.
 */
export function idempotentCreator(db: Sql, { table, createdColumn, lockScope }: IdempotencyTable) {
  const forgetExpired = statement<[number]>(db, `DELETE FROM ${table} WHERE created_ms < ?`);
  const find = statement<[string, string], { body_hash: string; created_id: string }>(
    db,
    `SELECT body_hash, ${createdColumn} AS created_id FROM ${table} WHERE api_key_id = ? AND idempotency_key = ?`,
  );
  const remember = statement<[string, string, string, string, number]>(
    db,
    `INSERT INTO ${table} (api_key_id, idempotency_key, body_hash, ${createdColumn}, created_ms)
     VALUES (?, ?, ?, ?, ?)`,
  );
  return <T>(
    claim: IdempotencyClaim,
    create: () => Promise<{ id: string; value: T }>,
    replay: (id: string) => Promise<T>,
  ): Promise<Once<T>> =>
    db.transaction(async () => {
      await db.lock(`${lockScope}:${claim.apiKeyId}:${claim.idempotencyKey}`);
      await forgetExpired.run(claim.now.getTime() - IDEMPOTENCY_TTL_MS);
      const previous = await find.get(claim.apiKeyId, claim.idempotencyKey);
      if (previous) {
        return previous.body_hash === claim.bodyHash
          ? { kind: 'replayed', value: await replay(previous.created_id) }
          : { kind: 'conflict' };
      }
      const { id, value } = await create();
      await remember.run(claim.apiKeyId, claim.idempotencyKey, claim.bodyHash, id, claim.now.getTime());
      return { kind: 'created', value };
    });
}
