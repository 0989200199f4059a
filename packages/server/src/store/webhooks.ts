import type { Db } from './database.js';
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

export function webhookQueries(db: Db, sealer: SecretSealer): WebhookQueries {
  const insert = db.prepare<[string, string, string, string, string]>(
    'INSERT INTO webhook_endpoints (id, organization_id, url, sealed_secret, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const one = db.prepare<[string], EndpointRow>(`${ENDPOINT_SELECT} WHERE w.id = ?`);
  const all = db.prepare<{ organizationId: string | null }, EndpointRow>(
    `${ENDPOINT_SELECT} WHERE (@organizationId IS NULL OR w.organization_id = @organizationId)
     ORDER BY w.organization_id, w.created_at, w.id`,
  );
  const secrets = db.prepare<
    [string],
    {
      sealed_secret: string;
      previous_sealed_secret: string | null;
      previous_secret_expires_ms: number | null;
    }
  >(
    'SELECT sealed_secret, previous_sealed_secret, previous_secret_expires_ms FROM webhook_endpoints WHERE id = ?',
  );
  const rotate = db.prepare<{ id: string; sealed: string; expiresMs: number; now: string }>(`
    UPDATE webhook_endpoints SET previous_sealed_secret = sealed_secret, previous_secret_expires_ms = @expiresMs,
      sealed_secret = @sealed, rotated_at = @now
    WHERE id = @id
  `);

  return {
    insertWebhookEndpoint(write) {
      insert.run(
        write.id,
        write.organizationId,
        write.url,
        sealer.seal(write.secret, write.id),
        write.now.toISOString(),
      );
      return toInfo(one.get(write.id)!, write.now.getTime());
    },

    webhookEndpoints: (filter) =>
      all.all({ organizationId: filter.organizationId ?? null }).map((row) => toInfo(row)),

    webhookEndpoint(id) {
      const row = one.get(id);
      return row ? toInfo(row) : undefined;
    },

    rotateWebhookSecret(id, secret, previousValidUntil, now) {
      const changed = rotate.run({
        id,
        sealed: sealer.seal(secret, id),
        expiresMs: previousValidUntil.getTime(),
        now: now.toISOString(),
      }).changes;
      return changed ? toInfo(one.get(id)!, now.getTime()) : undefined;
    },

    webhookSigningSecrets(id, now) {
      const row = secrets.get(id);
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
