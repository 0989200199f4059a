import { statement, type Sql } from './sql.js';
import { findOne } from './lookup.js';
import type { SecretSealer } from './sealed-secrets.js';
import type { Store, WebhookEndpointInfo } from './types.js';

interface EndpointRow {
  id: string;
  organization_id: string;
  url: string;
  created_at: string;
  rotated_at: string | null;
  previous_secret_expires_ms: number | null;
  pending: number;
  failed: number;
  last_error: string | null;
  last_error_ms: number | null;
  last_delivered_ms: number | null;
}

// Backlog and last error come from the endpoint's deliveries (index deliveries_by_endpoint).
const ENDPOINT_SELECT = `
  SELECT w.id, w.organization_id, w.url, w.created_at, w.rotated_at, w.previous_secret_expires_ms,
    (SELECT count(*) FROM deliveries d WHERE d.endpoint_id = w.id AND d.status = 'pending') AS pending,
    (SELECT count(*) FROM deliveries d WHERE d.endpoint_id = w.id AND d.status = 'failed') AS failed,
    e.last_error, e.last_attempt_ms AS last_error_ms,
    (SELECT max(delivered_ms) FROM deliveries d WHERE d.endpoint_id = w.id AND d.status = 'delivered')
      AS last_delivered_ms
  FROM webhook_endpoints w
  LEFT JOIN deliveries e ON e.seq = (
    SELECT seq FROM deliveries d WHERE d.endpoint_id = w.id AND d.last_error IS NOT NULL
    ORDER BY d.last_attempt_ms DESC, d.seq DESC LIMIT 1)
`;

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function toInfo(row: EndpointRow, nowMs = Date.now()): WebhookEndpointInfo {
  const rotating = row.previous_secret_expires_ms !== null && row.previous_secret_expires_ms > nowMs;
  return {
    id: row.id,
    organizationId: row.organization_id,
    url: row.url,
    createdAt: row.created_at,
    rotatedAt: row.rotated_at,
    previousSecretExpiresAt: rotating ? iso(row.previous_secret_expires_ms) : null,
    backlog: { pending: row.pending, failed: row.failed },
    lastError:
      row.last_error !== null && row.last_error_ms !== null
        ? { at: new Date(row.last_error_ms).toISOString(), message: row.last_error }
        : null,
    lastDeliveredAt: iso(row.last_delivered_ms),
  };
}

type WebhookQueries = Pick<
  Store,
  | 'insertWebhookEndpoint'
  | 'webhookEndpoints'
  | 'webhookEndpoint'
  | 'rotateWebhookSecret'
  | 'webhookSigningSecrets'
>;

export function webhookQueries(db: Sql, sealer: SecretSealer): WebhookQueries {
  const insert = statement<[string, string, string, string, string]>(
    db,
    'INSERT INTO webhook_endpoints (id, organization_id, url, sealed_secret, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const one = statement<[string], EndpointRow>(db, `${ENDPOINT_SELECT} WHERE w.id = ?`);
  const all = statement<{ organizationId: string | null }, EndpointRow>(
    db,
    `${ENDPOINT_SELECT} WHERE (CAST(@organizationId AS TEXT) IS NULL OR w.organization_id = @organizationId)
     ORDER BY w.organization_id, w.created_at, w.id`,
  );
  const secrets = statement<
    [string],
    {
      sealed_secret: string;
      previous_sealed_secret: string | null;
      previous_secret_expires_ms: number | null;
    }
  >(
    db,
    'SELECT sealed_secret, previous_sealed_secret, previous_secret_expires_ms FROM webhook_endpoints WHERE id = ?',
  );
  const rotate = statement<{ id: string; sealed: string; expiresMs: number; now: string }>(
    db,
    `
    UPDATE webhook_endpoints SET previous_sealed_secret = sealed_secret, previous_secret_expires_ms = @expiresMs,
      sealed_secret = @sealed, rotated_at = @now
    WHERE id = @id
  `,
  );

  return {
    async insertWebhookEndpoint(write) {
      await insert.run(
        write.id,
        write.organizationId,
        write.url,
        sealer.seal(write.secret, write.id),
        write.now.toISOString(),
      );
      return toInfo((await one.get(write.id))!, write.now.getTime());
    },

    webhookEndpoints: async (filter) =>
      (await all.all({ organizationId: filter.organizationId ?? null })).map((row) => toInfo(row)),

    webhookEndpoint: findOne(one, (row) => toInfo(row)),

    async rotateWebhookSecret(id, secret, previousValidUntil, now) {
      const { changes: changed } = await rotate.run({
        id,
        sealed: sealer.seal(secret, id),
        expiresMs: previousValidUntil.getTime(),
        now: now.toISOString(),
      });
      return changed ? toInfo((await one.get(id))!, now.getTime()) : undefined;
    },

    async webhookSigningSecrets(id, now) {
      const row = await secrets.get(id);
      if (!row) return [];
      const current = sealer.unseal(row.sealed_secret, id);
      const previousValid =
        row.previous_sealed_secret !== null &&
        row.previous_secret_expires_ms !== null &&
        row.previous_secret_expires_ms > now.getTime();
      return previousValid ? [current, sealer.unseal(row.previous_sealed_secret!, id)] : [current];
    },
  };
}
