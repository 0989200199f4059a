import { createClient, type EerClient } from './client.js';
import type { ClientOptions } from './core.js';
import { isBrowser } from './environment.js';
import {
  contactRequestWritesResource,
  type ContactRequestWritesResource,
} from './resources/contact-request-writes.js';
import type { ContactRequestsResource } from './resources/contact-requests.js';
import { eventWritesResource, type EventWritesResource } from './resources/event-writes.js';
import type { EventsResource } from './resources/events.js';

/**
 * Options of {@link createAdminClient}: those of {@link createClient}, with your
 * organization's secret key required.
 *
 * @example
 * ```ts
 * const options: AdminClientOptions = { baseUrl: 'https://eer.example.org', key: process.env.EER_SECRET_KEY! };
 * ```
 */
export interface AdminClientOptions extends ClientOptions {
  /** Your organization's secret key (`sk_…`): keep it on the server, in an environment variable. */
  key: string;
}

/**
 * Everything {@link EerClient} has, plus the write API of your organization:
 * `events.create/update/cancel/getVersioned` and `contactRequests.update`.
 *
 * @example
 * ```ts
 * const admin: EerAdminClient = createAdminClient({ baseUrl, key: process.env.EER_SECRET_KEY! });
 * ```
 */
export interface EerAdminClient extends Omit<EerClient, 'events' | 'contactRequests'> {
  /** Events: read them, and publish, change or cancel your organization's. */
  readonly events: EventsResource & EventWritesResource;
  /** Contact requests: list your organization's (`status` filter) and follow them up. */
  readonly contactRequests: ContactRequestsResource & ContactRequestWritesResource;
}

/**
 * Creates a client for server-side code with your organization's secret key: every
 * resource of {@link createClient}, plus writes. It lives in its own module so that
 * browser bundles, which use `createClient`, never contain the write methods. Refused
 * (before any request) in a browser, where anyone could read the key, and without a
 * secret key.
 *
 * @example
 * ```ts
 * import { createAdminClient, isPreconditionFailedError } from '@emplois-en-regions/sdk';
 *
 * const admin = createAdminClient({ baseUrl: 'https://eer.example.org', key: process.env.EER_SECRET_KEY! });
 * const created = await admin.events.create(input, { idempotencyKey: `cms-${post.id}` });
 * try {
 *   await admin.events.update(created, { title: { fr: 'Nouveau titre', en: 'New title' } });
 * } catch (error) {
 *   if (isPreconditionFailedError(error)) console.warn('Changed meanwhile: read it again.');
 *   else throw error;
 * }
 * for await (const request of admin.contactRequests.list({ status: 'new' })) {
 *   await admin.contactRequests.update(request.id, { status: 'in_progress' });
 * }
 * ```
 */
export function createAdminClient(options: AdminClientOptions): EerAdminClient {
  if (isBrowser()) {
    throw new TypeError(
      'createAdminClient runs on servers only: a secret key (sk_…) must never reach a browser, where anyone can read it. In a page, use createClient with your publishable key (pk_…).',
    );
  }
  if (typeof options.key !== 'string' || !options.key.startsWith('sk_')) {
    throw new TypeError(
      'createAdminClient needs your organization’s secret key (sk_…): a publishable key (pk_…) cannot write.',
    );
  }
  const client = createClient(options);
  return {
    ...client,
    events: { ...client.events, ...eventWritesResource(client.core) },
    contactRequests: { ...client.contactRequests, ...contactRequestWritesResource(client.core) },
  };
}
