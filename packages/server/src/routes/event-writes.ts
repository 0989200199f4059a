import { Id } from '@emplois-en-regions/schemas';
import type { AppContext } from '../http/env.js';
import { bodyHash, idempotentAnswer, readIdempotencyKey } from '../http/idempotency.js';
import { readJsonBody } from '../http/json-body.js';
import { expectedVersion, readIfMatch } from '../http/preconditions.js';
import { NO_QUERY, validateParam, validateQuery } from '../http/validation.js';
import { cancelEvent, createEvent, eventEtag, findOwnEvent, updateEvent } from '../operations/events.js';
import type { StoredEvent } from '../store/types.js';
import { baseUrl, type RouteDeps } from './deps.js';
import { eventBody } from './events.js';

/**
 * The write API of events, with a secret key and for its own organization only
 * (another organization's event answers 404). Each answer carries the event's new
 * ETag, to send back in If-Match. The rules are in src/operations/events.ts.
 */
export function eventWriteHandlers(deps: RouteDeps) {
  const { store, clock } = deps;

  const answer = (c: AppContext, stored: StoredEvent, status: 200 | 201 = 200) => {
    c.header('ETag', eventEtag(stored));
    return c.json(eventBody(baseUrl(c, deps), stored.event), status);
  };

  const target = (c: AppContext) => ({
    id: validateParam(c, 'id', c.req.param('id') ?? '', Id),
    organizationId: c.var.access.apiKey!.organizationId,
  });

  return {
    /** One event per Idempotency-Key: a retry with the same body answers the same event. */
    async create(c: AppContext) {
      const idempotencyKey = readIdempotencyKey(c);
      validateQuery(c, NO_QUERY, ['key']);
      const raw = await readJsonBody(c);
      const apiKey = c.var.access.apiKey!;
      const now = clock();
      const { stored } = idempotentAnswer(
        c,
        await store.createEventOnce(
          { apiKeyId: apiKey.id, idempotencyKey, bodyHash: bodyHash(raw), now },
          async () => await createEvent(store, apiKey.organizationId, raw, now),
        ),
      );
      c.header('Location', `/v1/events/${encodeURIComponent(stored.event.id)}`);
      return answer(c, stored, 201);
    },

    /** A partial change; If-Match is required (428 without, 412 when stale). */
    async update(c: AppContext) {
      const { id, organizationId } = target(c);
      validateQuery(c, NO_QUERY, ['key']);
      const condition = readIfMatch(c, { required: true });
      const raw = await readJsonBody(c);
      const current = await findOwnEvent(store, organizationId, id);
      const version = expectedVersion(condition, eventEtag(current), current.version);
      return answer(c, await updateEvent(store, organizationId, id, raw, version, clock()));
    },

    /** Cancels: the event stays, with `status: cancelled`. If-Match is optional here. */
    async cancel(c: AppContext) {
      const { id, organizationId } = target(c);
      validateQuery(c, NO_QUERY, ['key']);
      const condition = readIfMatch(c, { required: false });
      const current = await findOwnEvent(store, organizationId, id);
      const version = expectedVersion(condition, eventEtag(current), current.version);
      return answer(c, await cancelEvent(store, organizationId, id, clock(), version));
    },
  };
}
