import { ContactRequestInput, ContactRequestQuery } from '@emplois-en-regions/schemas';
import { bodyHash, readIdempotencyKey } from '../http/idempotency.js';
import { readJsonBody } from '../http/json-body.js';
import { fieldError, problem } from '../http/problem.js';
import { requestLanguage } from '../http/language.js';
import { NO_QUERY, validateBody, validateQuery } from '../http/validation.js';
import type { ContactInput } from '../store/types.js';
import type { RouteDeps } from './deps.js';
import { DEFAULT_PAGE_SIZE, withCursor } from './paging.js';
import type { AppContext } from '../http/env.js';

/** The advisor contact form, and its requests as their organization reads them. */
export function contactRequestHandlers({ store, clock }: RouteDeps) {
  return {
    async create(c: AppContext) {
      const idempotencyKey = readIdempotencyKey(c);
      validateQuery(c, NO_QUERY, ['key']);
      const raw = await readJsonBody(c);
      const input: ContactInput = validateBody(c, ContactRequestInput, raw);
      const hash = bodyHash(raw);
      // From here on, nothing awaits: the store call runs to completion before any
      // concurrent duplicate gets its turn, so exactly one of them creates the request.
      const { apiKey, origin } = c.var.access;
      const outcome = store.createContactRequest(idempotencyKey, hash, input, {
        apiKeyId: apiKey!.id,
        origin,
        now: clock(),
      });
      if (outcome.kind === 'conflict') {
        throw problem(409, 'idempotency_key_conflict', {
          errors: [fieldError('Idempotency-Key', 'invalid_value', requestLanguage(c))],
        });
      }
      if (outcome.kind === 'replayed') c.header('Idempotent-Replayed', 'true');
      return c.json(outcome.receipt, 201);
    },

    list(c: AppContext) {
      const query = validateQuery(c, ContactRequestQuery, ['key']);
      const organizationId = c.var.access.apiKey!.organizationId;
      const page = withCursor(c, () =>
        store.listContactRequests(organizationId, {
          limit: query.limit ?? DEFAULT_PAGE_SIZE,
          cursor: query.cursor,
        }),
      );
      return c.json(page);
    },
  };
}
