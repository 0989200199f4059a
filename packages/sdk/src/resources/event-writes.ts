import { ALL_FIELD_MESSAGES, EventInput, EventPatch } from '@emplois-en-regions/schemas';
import { Event, Id } from '@emplois-en-regions/schemas/wire';
import type { CallOptions, CoreRequest, EerCore } from '../core.js';
import { PreconditionFailedError, isHttpError } from '../errors.js';
import { idempotencyKeyOf } from '../idempotency.js';
import { refusedOption, validateInput } from '../validation.js';
import { pathParameter } from './list-request.js';

/**
 * An event with its ETag (`"<id>.v<version>"`): what {@link EventWritesResource.update}
 * and {@link EventWritesResource.cancel} send in `If-Match`, so a change made by
 * someone else in between is refused instead of overwritten.
 *
 * @example
 * ```ts
 * const { event, etag } = await admin.events.getVersioned('evt_3kT9…');
 * ```
 */
export interface VersionedEvent {
  /** The event as the API answered it. */
  readonly event: Event;
  /** Its version, as the API's `ETag` header gave it. */
  readonly etag: string;
}

/**
 * Options of {@link EventWritesResource.create}.
 *
 * @example
 * ```ts
 * const options: CreateEventOptions = { idempotencyKey: `cms-${post.id}` };
 * ```
 */
export interface CreateEventOptions {
  /**
   * The call's `Idempotency-Key` (8–255 visible ASCII characters), sent on every
   * attempt. Default: a new UUID per call. Pass a key derived from your own record
   * (e.g. your CMS post id) so that a sync run again never publishes it twice.
   */
  idempotencyKey?: string | undefined;
  /** Aborts the call (and its retries); it then rejects with an error of kind `aborted`. */
  signal?: AbortSignal | undefined;
}

/**
 * Options of {@link EventWritesResource.update} and {@link EventWritesResource.cancel}.
 *
 * @example
 * ```ts
 * const options: EventChangeOptions = { ifMatch: savedEtag };
 * ```
 */
export interface EventChangeOptions {
  /**
   * The ETag of the version you read. Default: the one of the {@link VersionedEvent}
   * passed as target. Required by `update`; optional for `cancel`.
   */
  ifMatch?: string | undefined;
  /** Aborts the call; it then rejects with an error of kind `aborted`. */
  signal?: AbortSignal | undefined;
}

/**
 * Publishing events with your organization's secret key (server-side only): create,
 * change, cancel. Part of {@link createAdminClient}'s `events`.
 *
 * @example
 * ```ts
 * const created = await admin.events.create(input);
 * const moved = await admin.events.update(created, { start, end });
 * await admin.events.cancel(moved);
 * ```
 */
export interface EventWritesResource {
  /**
   * One event with its ETag, read fresh from the API (never from the cache).
   *
   * @example
   * ```ts
   * const current = await admin.events.getVersioned(id);
   * ```
   */
  getVersioned(id: string, options?: CallOptions): Promise<VersionedEvent>;
  /**
   * Publishes an event of your organization. The input is checked first (refused
   * input rejects with an `InvalidRequestError` of kind `validation`, nothing sent);
   * one `Idempotency-Key` is used for every attempt, so a retry never creates two events.
   *
   * @example
   * ```ts
   * const { event, etag } = await admin.events.create({
   *   title: { fr: 'Séance d’information', en: 'Information session' },
   *   summary: { fr: 'S’installer en Mauricie.', en: 'Settling in Mauricie.' },
   *   type: 'info-session',
   *   format: 'online',
   *   start: '2027-03-04T13:30:00-05:00',
   *   end: '2027-03-04T15:00:00-05:00',
   *   regionCodes: ['04'],
   *   onlineUrl: 'https://example.org/webinaire',
   * });
   * ```
   */
  create(input: EventInput, options?: CreateEventOptions): Promise<VersionedEvent>;
  /**
   * Changes the fields given, if the event is still at the version you read: pass the
   * {@link VersionedEvent} you hold, or an id with `ifMatch`. A newer version on the
   * server rejects with a {@link PreconditionFailedError} and changes nothing. Sent
   * once (never retried: a repeat would find the version changed by the first).
   *
   * @example
   * ```ts
   * const updated = await admin.events.update(current, { registrationUrl: 'https://example.org/inscription' });
   * ```
   */
  update(
    target: string | VersionedEvent,
    patch: EventPatch,
    options?: EventChangeOptions,
  ): Promise<VersionedEvent>;
  /**
   * Cancels the event: it stays listed with `status: 'cancelled'`. With an ETag
   * (the target's or `ifMatch`), only if nothing changed since. Cancelling twice is harmless.
   *
   * @example
   * ```ts
   * const { event } = await admin.events.cancel('evt_3kT9…');
   * console.log(event.status); // 'cancelled'
   * ```
   */
  cancel(target: string | VersionedEvent, options?: EventChangeOptions): Promise<VersionedEvent>;
}

/** A 412 answer as the typed error a caller can act on; anything else unchanged. */
function asPreconditionFailed(error: unknown): unknown {
  if (!isHttpError(error) || error.status !== 412) return error;
  return new PreconditionFailedError(error.message, { ...error, kind: 'http', cause: error });
}

/**
 * The event write methods on a core (whose key must be a secret key), for
 * tree-shaken server code; {@link createAdminClient} adds them to `events`.
 *
 * @example
 * ```ts
 * const writes = eventWritesResource(createCore({ baseUrl, key: process.env.EER_SECRET_KEY }));
 * ```
 */
export function eventWritesResource(core: EerCore): EventWritesResource {
  const path = (id: string) => `events/${pathParameter(core, Id, 'id', id)}`;

  async function versioned(
    request: Omit<CoreRequest<Event>, 'schema' | 'onHeaders'>,
  ): Promise<VersionedEvent> {
    let etag = '';
    try {
      const event = await core.request({
        ...request,
        schema: Event,
        onHeaders: (headers) => void (etag = headers.get('etag') ?? ''),
      });
      return { event, etag };
    } catch (error) {
      throw asPreconditionFailed(error);
    }
  }

  const idOf = (target: string | VersionedEvent) => (typeof target === 'string' ? target : target.event.id);
  const etagOf = (target: string | VersionedEvent, ifMatch: string | undefined) =>
    ifMatch ?? (typeof target === 'string' ? undefined : target.etag || undefined);

  return {
    getVersioned: (id, { signal } = {}) =>
      versioned({ method: 'GET', path: path(id), retryable: true, signal }),

    create: async (input, { idempotencyKey, signal } = {}) => {
      const body = validateInput(EventInput, input, core.lang, 'invalid_body', undefined, ALL_FIELD_MESSAGES);
      return versioned({
        method: 'POST',
        path: 'events',
        body,
        idempotencyKey: idempotencyKeyOf(idempotencyKey, core.lang),
        signal,
      });
    },

    update: async (target, patch, { ifMatch, signal } = {}) => {
      const id = path(idOf(target));
      const body = validateInput(EventPatch, patch, core.lang, 'invalid_body', undefined, ALL_FIELD_MESSAGES);
      const etag = etagOf(target, ifMatch);
      if (etag === undefined) throw refusedOption(core.lang, 'ifMatch', 'required', 'precondition_required');
      return versioned({ method: 'PATCH', path: id, body, headers: { 'if-match': etag }, signal });
    },

    cancel: async (target, { ifMatch, signal } = {}) => {
      const etag = etagOf(target, ifMatch);
      return versioned({
        method: 'DELETE',
        path: path(idOf(target)),
        headers: etag === undefined ? {} : { 'if-match': etag },
        // Cancelling twice gives the same cancelled event: safe to retry.
        retryable: true,
        signal,
      });
    },
  };
}
