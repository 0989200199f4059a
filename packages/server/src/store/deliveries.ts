import { statement, type Sql } from './sql.js';
import type { Outbox } from './outbox.js';
import type { ClaimedDelivery, DeliveryInfo, DeliveryStatus, NotificationEventType, Store } from './types.js';

interface ClaimedRow {
  id: string;
  event_id: string;
  type: NotificationEventType;
  channel: 'email' | 'webhook';
  endpoint_id: string | null;
  recipient: string;
  language: 'fr' | 'en';
  payload: string | null;
  attempts: number;
  retry_from_ms: number;
  created_ms: number;
}

interface InfoRow {
  id: string;
  event_id: string;
  type: NotificationEventType;
  contact_request_id: string;
  reference: string;
  channel: 'email' | 'webhook';
  endpoint_id: string | null;
  recipient: string;
  status: DeliveryStatus;
  attempts: number;
  next_attempt_ms: number;
  last_error: string | null;
  last_attempt_ms: number | null;
  delivered_ms: number | null;
  created_ms: number;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

type DeliveryQueries = Pick<
  Store,
  | 'claimDeliveries'
  | 'completeDelivery'
  | 'failDelivery'
  | 'releaseDeliveries'
  | 'retryFailedDeliveries'
  | 'deliveries'
>;

/** The sending half of the outbox: what the notification worker and the operator use. */
export function deliveryQueries(db: Sql, outbox: Outbox): DeliveryQueries {
  // One UPDATE takes the write lock, so two workers (processes) claiming at the same
  // moment are serialized: the second one no longer sees the rows the first leased.
  // On PostgreSQL the inner SELECT locks the rows it picks and skips rows another
  // worker is claiming at the same moment (FOR UPDATE SKIP LOCKED): each due row goes
  // to one worker. The lease then keeps it out of every other claim while it is sent.
  const lease = statement<{ owner: string; now: number; until: number; limit: number }, { seq: number }>(
    db,
    `
    UPDATE deliveries SET lease_owner = @owner, lease_until_ms = @until
    WHERE seq IN (
      SELECT seq FROM deliveries
      WHERE status = 'pending' AND next_attempt_ms <= @now
        AND (lease_until_ms IS NULL OR lease_until_ms <= @now)
      ORDER BY next_attempt_ms, seq
      LIMIT @limit${db.dialect.skipLocked})
    RETURNING seq
  `,
  );
  const claimed = statement<[number], ClaimedRow>(
    db,
    `
    SELECT d.id, d.event_id, e.type, d.channel, d.endpoint_id, d.recipient, d.language, e.payload,
      d.attempts, d.retry_from_ms, d.created_ms
    FROM deliveries d JOIN outbox_events e ON e.id = d.event_id
    WHERE d.seq = ?
  `,
  );
  const claim = (owner: string, now: number, leaseMs: number, limit: number) =>
    db.transaction(async () => {
      const rows: ClaimedRow[] = [];
      for (const { seq } of await lease.all({ owner, now, until: now + leaseMs, limit })) {
        rows.push((await claimed.get(seq))!);
      }
      return rows.sort((a, b) => a.created_ms - b.created_ms);
    });
  const complete = statement<{ id: string; owner: string; now: number }>(
    db,
    `
    UPDATE deliveries SET status = 'delivered', delivered_ms = @now, last_attempt_ms = @now,
      attempts = attempts + 1, lease_owner = NULL, lease_until_ms = NULL
    WHERE id = @id AND lease_owner = @owner AND status = 'pending'
  `,
  );
  const fail = statement<{ id: string; owner: string; now: number; error: string; retryAt: number | null }>(
    db,
    `
    UPDATE deliveries SET attempts = attempts + 1, last_error = @error, last_attempt_ms = @now,
      lease_owner = NULL, lease_until_ms = NULL,
      status = CASE WHEN CAST(@retryAt AS BIGINT) IS NULL THEN 'failed' ELSE 'pending' END,
      next_attempt_ms = coalesce(@retryAt, next_attempt_ms)
    WHERE id = @id AND lease_owner = @owner AND status = 'pending'
  `,
  );
  const release = statement<[string]>(
    db,
    "UPDATE deliveries SET lease_owner = NULL, lease_until_ms = NULL WHERE lease_owner = ? AND status = 'pending'",
  );
  // An erased request's deliveries have nothing left to send.
  const retry = statement<{ id: string | null; endpointId: string | null; now: number }>(
    db,
    `
    UPDATE deliveries SET status = 'pending', next_attempt_ms = @now, retry_from_ms = @now,
      lease_owner = NULL, lease_until_ms = NULL
    WHERE status = 'failed' AND (CAST(@id AS TEXT) IS NULL OR id = @id)
      AND (CAST(@endpointId AS TEXT) IS NULL OR endpoint_id = @endpointId)
      AND event_id IN (SELECT id FROM outbox_events WHERE payload IS NOT NULL)
  `,
  );
  const list = statement<
    {
      contactRequestId: string | null;
      endpointId: string | null;
      status: DeliveryStatus | null;
      limit: number;
    },
    InfoRow
  >(
    db,
    `
    SELECT d.id, d.event_id, e.type, e.contact_request_id, c.reference, d.channel, d.endpoint_id, d.recipient,
      d.status, d.attempts, d.next_attempt_ms, d.last_error, d.last_attempt_ms, d.delivered_ms, d.created_ms
    FROM deliveries d
    JOIN outbox_events e ON e.id = d.event_id
    JOIN contact_requests c ON c.id = e.contact_request_id
    WHERE (CAST(@contactRequestId AS TEXT) IS NULL OR e.contact_request_id = @contactRequestId)
      AND (CAST(@endpointId AS TEXT) IS NULL OR d.endpoint_id = @endpointId)
      AND (CAST(@status AS TEXT) IS NULL OR d.status = @status)
    ORDER BY d.seq DESC
    LIMIT @limit
  `,
  );

  return {
    claimDeliveries: async (owner, now, leaseMs, limit) =>
      (await claim(owner, now.getTime(), leaseMs, limit)).map((row): ClaimedDelivery => ({
        id: row.id,
        eventId: row.event_id,
        eventType: row.type,
        channel: row.channel,
        endpointId: row.endpoint_id,
        recipient: row.recipient,
        language: row.language,
        payload: row.payload,
        attempts: row.attempts,
        retryFromMs: row.retry_from_ms,
        createdMs: row.created_ms,
      })),

    completeDelivery: async (id, owner, now) =>
      (await complete.run({ id, owner, now: now.getTime() })).changes === 1,

    failDelivery: async (id, owner, error, retryAt, now) =>
      (
        await fail.run({
          id,
          owner,
          now: now.getTime(),
          error: error.slice(0, 500),
          retryAt: retryAt?.getTime() ?? null,
        })
      ).changes === 1,

    async releaseDeliveries(owner) {
      await release.run(owner);
    },

    async retryFailedDeliveries(filter, now) {
      const { changes: count } = await retry.run({
        id: filter.id ?? null,
        endpointId: filter.endpointId ?? null,
        now: now.getTime(),
      });
      if (count > 0) outbox.notify();
      return count;
    },

    deliveries: async (filter) =>
      (
        await list.all({
          contactRequestId: filter.contactRequestId ?? null,
          endpointId: filter.endpointId ?? null,
          status: filter.status ?? null,
          limit: filter.limit ?? 100,
        })
      ).map((row): DeliveryInfo => ({
        id: row.id,
        eventId: row.event_id,
        eventType: row.type,
        contactRequestId: row.contact_request_id,
        reference: row.reference,
        channel: row.channel,
        endpointId: row.endpoint_id,
        recipient: row.recipient,
        status: row.status,
        attempts: row.attempts,
        nextAttemptAt: row.status === 'pending' ? iso(row.next_attempt_ms) : null,
        lastError: row.last_error,
        lastAttemptAt: iso(row.last_attempt_ms),
        deliveredAt: iso(row.delivered_ms),
        createdAt: new Date(row.created_ms).toISOString(),
      })),
  };
}
