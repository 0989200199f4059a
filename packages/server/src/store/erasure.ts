import { statement, type Sql } from './sql.js';
import type { Store } from './types.js';

/**
 * Law 25 erasure. The personal fields of a request are blanked (reference, dates,
 * regions, organization and status stay for statistics), its outbox payloads are
 * dropped and its idempotency entry (a hash of the submitted body) is deleted.
 *
 * "Erased" must mean the bytes are gone, not merely unreachable: the connection runs
 * with `secure_delete` (store/sqlite/index.ts), so SQLite zeroes the space the old values
 * occupied, and the WAL — which still holds the pages as they were before the change —
 * is checkpointed into the database file and truncated after the commit (`afterErasure`).
 * On PostgreSQL the old row versions are left to VACUUM (autovacuum, or the operator's).
 */
export function erasureQueries(
  db: Sql,
  afterErasure: () => Promise<void>,
): Pick<Store, 'eraseContactRequests'> {
  const blank = `SET name = '', email = '', phone = NULL, municipality_code = NULL, message = '',
      privacy_policy_url = NULL, origin = NULL, erased_at = @now, updated_at = @now`;
  const eraseOne = statement<{ id: string; now: string }, { id: string }>(
    db,
    `UPDATE contact_requests ${blank} WHERE id = @id AND erased_at IS NULL RETURNING id`,
  );
  const eraseOlder = statement<{ before: number; now: string }, { id: string }>(
    db,
    `UPDATE contact_requests ${blank} WHERE created_ms < @before AND erased_at IS NULL RETURNING id`,
  );
  const cancelDeliveries = statement<[string]>(
    db,
    `
    UPDATE deliveries SET status = 'cancelled', last_error = 'erased', lease_owner = NULL, lease_until_ms = NULL
    WHERE status IN ('pending', 'failed')
      AND event_id IN (SELECT id FROM outbox_events WHERE contact_request_id = ?)
  `,
  );
  const dropPayloads = statement<[string]>(
    db,
    'UPDATE outbox_events SET payload = NULL WHERE contact_request_id = ?',
  );
  const forgetIdempotency = statement<[string]>(
    db,
    'DELETE FROM idempotency_keys WHERE contact_request_id = ?',
  );

  const erase = (filter: { id: string } | { createdBefore: Date }, now: Date) =>
    db.transaction(async () => {
      const at = now.toISOString();
      const erased =
        'id' in filter
          ? await eraseOne.all({ id: filter.id, now: at })
          : await eraseOlder.all({ before: filter.createdBefore.getTime(), now: at });
      for (const { id } of erased) {
        await cancelDeliveries.run(id);
        await dropPayloads.run(id);
        await forgetIdempotency.run(id);
      }
      return erased.map(({ id }) => id);
    });

  return {
    async eraseContactRequests(filter, now) {
      const ids = await erase(filter, now);
      if (ids.length > 0) await afterErasure();
      return ids;
    },
  };
}
