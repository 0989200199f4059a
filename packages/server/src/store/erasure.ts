import type { Db } from './database.js';
import type { Store } from './types.js';

/**
 * Law 25 erasure. The personal fields of a request are blanked (reference, dates,
 * regions, organization and status stay for statistics), its outbox payloads are
 * dropped and its idempotency entry (a hash of the submitted body) is deleted.
 *
 * "Erased" must mean the bytes are gone, not merely unreachable: the connection runs
 * with `secure_delete` (store/index.ts), so SQLite zeroes the space the old values
 * occupied, and the WAL — which still holds the pages as they were before the change —
 * is checkpointed into the database file and truncated after the commit.
 */
export function erasureQueries(db: Db): Pick<Store, 'eraseContactRequests'> {
  const blank = `SET name = '', email = '', phone = NULL, municipality_code = NULL, message = '',
      privacy_policy_url = NULL, origin = NULL, erased_at = @now, updated_at = @now`;
  const eraseOne = db.prepare<{ id: string; now: string }, { id: string }>(
    `UPDATE contact_requests ${blank} WHERE id = @id AND erased_at IS NULL RETURNING id`,
  );
  const eraseOlder = db.prepare<{ before: number; now: string }, { id: string }>(
    `UPDATE contact_requests ${blank} WHERE created_ms < @before AND erased_at IS NULL RETURNING id`,
  );
  const cancelDeliveries = db.prepare<[string]>(`
    UPDATE deliveries SET status = 'cancelled', last_error = 'erased', lease_owner = NULL, lease_until_ms = NULL
    WHERE status IN ('pending', 'failed')
      AND event_id IN (SELECT id FROM outbox_events WHERE contact_request_id = ?)
  `);
  const dropPayloads = db.prepare<[string]>(
    'UPDATE outbox_events SET payload = NULL WHERE contact_request_id = ?',
  );
  const forgetIdempotency = db.prepare<[string]>('DELETE FROM idempotency_keys WHERE contact_request_id = ?');

  const erase = db.transaction((filter: { id: string } | { createdBefore: Date }, now: Date) => {
    const at = now.toISOString();
    const erased =
      'id' in filter
        ? eraseOne.all({ id: filter.id, now: at })
        : eraseOlder.all({ before: filter.createdBefore.getTime(), now: at });
    for (const { id } of erased) {
      cancelDeliveries.run(id);
      dropPayloads.run(id);
      forgetIdempotency.run(id);
    }
    return erased.map(({ id }) => id);
  });

  return {
    eraseContactRequests(filter, now) {
      const ids = erase.immediate(filter, now);
      // TRUNCATE waits (busy_timeout) for readers of older snapshots, copies every page
      // into the database file and empties the WAL.
      if (ids.length > 0) db.pragma('wal_checkpoint(TRUNCATE)');
      return ids;
    },
  };
}
