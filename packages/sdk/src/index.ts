/**
 * Typed client of the Emplois en régions API v1, for browsers and Node ≥ 22.
 *
 * - {@link createClient}: every resource on one object (`client.events.list()`…).
 * - {@link createAdminClient}: the same plus the write API, server-side with a secret key.
 * - {@link createCore} + `…Resource(core)` factories: only what you import is bundled.
 * - Errors: {@link EerError} with a `kind`, subclasses and cross-realm guards.
 * - {@link verifyWebhook}: checks a webhook's `Eer-Signature` (Web Crypto: Node and edge runtimes).
 * - The zod/mini schemas and their types, re-exported from `@emplois-en-regions/schemas`.
 *
 * @example
 * ```ts
 * import { createClient, isEerError } from '@emplois-en-regions/sdk';
 *
 * const client = createClient({ baseUrl: 'https://eer.example.org', key: 'pk_live_…' });
 * for await (const event of client.events.list({ region: '04' })) console.log(event.title.fr);
 * ```
 *
 * @packageDocumentation
 */
export { createClient, type EerClient } from './client.js';
export { createAdminClient, type AdminClientOptions, type EerAdminClient } from './admin-client.js';
export {
  createCore,
  type CallOptions,
  type ClientOptions,
  type CoreRequest,
  type EerCore,
  type Query,
} from './core.js';
export type { CacheOptions } from './cache.js';
export type { RetryOptions } from './retry.js';
export { PagedList, type PageOf } from './pagination.js';
export { randomId } from './environment.js';
export {
  AuthError,
  EerError,
  InvalidRequestError,
  NotFoundError,
  PreconditionFailedError,
  RateLimitedError,
  ValidationError,
  isAbortedError,
  isApiError,
  isAuthError,
  isEerError,
  isHttpError,
  isInvalidRequestError,
  isNetworkError,
  isNotFoundError,
  isPreconditionFailedError,
  isRateLimitedError,
  isTimeoutError,
  isValidationError,
  type EerErrorInit,
  type EerErrorKind,
} from './errors.js';
export { listRegions, regionsResource, type RegionsResource } from './resources/regions.js';
export { mrcsResource, type MrcsResource } from './resources/mrcs.js';
export {
  municipalitiesResource,
  type MunicipalitiesResource,
  type MunicipalitySearch,
} from './resources/municipalities.js';
export { organizationsResource, type OrganizationsResource } from './resources/organizations.js';
export { advisorsResource, type AdvisorsResource } from './resources/advisors.js';
export {
  eventsResource,
  listEvents,
  type EventFeedQuery,
  type EventSearch,
  type EventsResource,
} from './resources/events.js';
export {
  contactRequestsResource,
  createContactRequest,
  type ContactRequestSearch,
  type ContactRequestsResource,
  type CreateContactRequestOptions,
} from './resources/contact-requests.js';
export {
  eventWritesResource,
  type CreateEventOptions,
  type EventChangeOptions,
  type EventWritesResource,
  type VersionedEvent,
} from './resources/event-writes.js';
export {
  contactRequestWritesResource,
  type ContactRequestWritesResource,
} from './resources/contact-request-writes.js';
export type { WithLimit } from './resources/list-request.js';
export type { Validator } from './validation.js';
export {
  verifyWebhook,
  isWebhookVerificationError,
  WebhookVerificationError,
  type VerifyWebhookOptions,
  type WebhookVerificationReason,
} from './webhooks.js';
export * from '@emplois-en-regions/schemas';
