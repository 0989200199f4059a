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
export async function addWebhook(
  store: Store,
  input: { organization: string; url: string },
  now: Date,
): Promise<AddedWebhook> {
  const organization = await findOrganization(store, input.organization);
  const url = validateWebhookUrl(input.url, store.mode);
  if ((await store.webhookEndpoints({ organizationId: organization.id })).some((e) => e.url === url)) {
    throw OperationError.field('conflict', 'url', 'already_exists');
  }
  const secret = newSecret();
  const endpoint = await store.insertWebhookEndpoint({
    id: newId('whk'),
    organizationId: organization.id,
    url,
    secret,
    now,
  });
  return { endpoint, secret };
}

export async function findWebhook(store: Store, id: string): Promise<WebhookEndpointInfo> {
  const endpoint = await store.webhookEndpoint(id);
  if (!endpoint) throw OperationError.field('not_found', 'id', 'not_found');
  return endpoint;
}

/**
 * A new signing secret, shown once. The previous one keeps signing for 24 h —
 * every delivery meanwhile carries both signatures — so the receiver can switch
 * to the new secret at its own pace without rejecting anything.
 */
export async function rotateWebhookSecret(store: Store, id: string, now: Date): Promise<AddedWebhook> {
  await findWebhook(store, id);
  const secret = newSecret();
  const endpoint = await store.rotateWebhookSecret(
    id,
    secret,
    new Date(now.getTime() + ROTATION_OVERLAP_MS),
    now,
  );
  if (!endpoint) throw OperationError.field('not_found', 'id', 'not_found');
  return { endpoint, secret };
}

/** Endpoints (of one organization, or all) with their backlog and last error. */
export async function listWebhooks(store: Store, organization?: string): Promise<WebhookEndpointInfo[]> {
  const organizationId =
    organization === undefined ? undefined : (await findOrganization(store, organization)).id;
  return await store.webhookEndpoints({ organizationId });
}

/** Deliveries given up on (`failed`), newest first: what `redeliver` would send again. */
export async function failedDeliveries(store: Store, endpointId?: string): Promise<DeliveryInfo[]> {
  if (endpointId !== undefined) await findWebhook(store, endpointId);
  return await store.deliveries({ status: 'failed', endpointId, limit: 1000 });
}

/**
 * Sends failed deliveries again — one (`delivery`), one endpoint's, or all — with a
 * fresh 24 h retry window. Returns how many were queued.
 */
export async function redeliver(
  store: Store,
  target: { delivery?: string | undefined; endpoint?: string | undefined },
  now: Date,
): Promise<number> {
  if (target.endpoint !== undefined) await findWebhook(store, target.endpoint);
  const count = await store.retryFailedDeliveries({ id: target.delivery, endpointId: target.endpoint }, now);
  if (target.delivery !== undefined && count === 0) {
    throw OperationError.field('not_found', 'delivery', 'not_found');
  }
  return count;
}
