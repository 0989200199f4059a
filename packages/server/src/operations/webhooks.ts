import type { DeliveryInfo, Store, StoreMode, WebhookEndpointInfo } from '../store/types.js';
import { OperationError } from './errors.js';
import { newId, randomBase62 } from './ids.js';
import { findOrganization } from './organizations.js';

/** 190 random bits. */
const SECRET_LENGTH = 32;
/** How long a rotated-out secret keeps signing (both signatures are sent meanwhile). */
export const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A webhook URL the server may POST to: `https://` with a host, no user name or
 * password (a secret in a URL ends up in logs) and no fragment. The demo also accepts
 * `http://localhost` and `http://127.0.0.1` (a receiver on the developer's machine).
 * Returns the normalized URL.
 */
export function validateWebhookUrl(input: string, mode: StoreMode): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw OperationError.field('invalid', 'url', 'invalid_url');
  }
  const loopbackHttp = mode === 'demo' && url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
  if (
    (url.protocol !== 'https:' && !loopbackHttp) ||
    !url.hostname ||
    url.username ||
    url.password ||
    url.hash ||
    url.href.length > 2048
  ) {
    throw OperationError.field('invalid', 'url', 'invalid_url');
  }
  return url.href;
}

export interface AddedWebhook {
  endpoint: WebhookEndpointInfo;
  /** The signing secret (`whsec_…`): shown once, stored sealed. */
  secret: string;
}

const newSecret = () => `whsec_${randomBase62(SECRET_LENGTH)}`;

/** Adds a webhook endpoint to an organization (id or slug); its requests are POSTed there from now on. */
export function addWebhook(
  store: Store,
  input: { organization: string; url: string },
  now: Date,
): AddedWebhook {
  const organization = findOrganization(store, input.organization);
  const url = validateWebhookUrl(input.url, store.mode);
  if (store.webhookEndpoints({ organizationId: organization.id }).some((e) => e.url === url)) {
    throw OperationError.field('conflict', 'url', 'already_exists');
  }
  const secret = newSecret();
  const endpoint = store.insertWebhookEndpoint({
    id: newId('whk'),
    organizationId: organization.id,
    url,
    secret,
    now,
  });
  return { endpoint, secret };
}

export function findWebhook(store: Store, id: string): WebhookEndpointInfo {
  const endpoint = store.webhookEndpoint(id);
  if (!endpoint) throw OperationError.field('not_found', 'id', 'not_found');
  return endpoint;
}

/**
 * A new signing secret, shown once. The previous one keeps signing for 24 h —
 * every delivery meanwhile carries both signatures — so the receiver can switch
 * to the new secret at its own pace without rejecting anything.
 */
export function rotateWebhookSecret(store: Store, id: string, now: Date): AddedWebhook {
  findWebhook(store, id);
  const secret = newSecret();
  const endpoint = store.rotateWebhookSecret(id, secret, new Date(now.getTime() + ROTATION_OVERLAP_MS), now);
  if (!endpoint) throw OperationError.field('not_found', 'id', 'not_found');
  return { endpoint, secret };
}

/** Endpoints (of one organization, or all) with their backlog and last error. */
export function listWebhooks(store: Store, organization?: string): WebhookEndpointInfo[] {
  const organizationId = organization === undefined ? undefined : findOrganization(store, organization).id;
  return store.webhookEndpoints({ organizationId });
}

/** Deliveries given up on (`failed`), newest first: what `redeliver` would send again. */
export function failedDeliveries(store: Store, endpointId?: string): DeliveryInfo[] {
  if (endpointId !== undefined) findWebhook(store, endpointId);
  return store.deliveries({ status: 'failed', endpointId, limit: 1000 });
}

/**
 * Sends failed deliveries again — one (`delivery`), one endpoint's, or all — with a
 * fresh 24 h retry window. Returns how many were queued.
 */
export function redeliver(
  store: Store,
  target: { delivery?: string | undefined; endpoint?: string | undefined },
  now: Date,
): number {
  if (target.endpoint !== undefined) findWebhook(store, target.endpoint);
  const count = store.retryFailedDeliveries({ id: target.delivery, endpointId: target.endpoint }, now);
  if (target.delivery !== undefined && count === 0) {
    throw OperationError.field('not_found', 'delivery', 'not_found');
  }
  return count;
}
