import { ContactRequestInput, ContactRequestQuery } from '@emplois-en-regions/schemas';
import { Id } from '@emplois-en-regions/schemas';
import { bodyHash, idempotentAnswer, readIdempotencyKey } from '../http/idempotency.js';
import { readJsonBody } from '../http/json-body.js';
import { NO_QUERY, validateBody, validateParam, validateQuery } from '../http/validation.js';
import { updateContactRequest } from '../operations/contact-requests.js';
import type { ContactInput } from '../store/types.js';
import { decoyReceipt, honeypotFilled } from './honeypot.js';
import type { RouteDeps } from './deps.js';
import { DEFAULT_PAGE_SIZE, withCursor } from './paging.js';
import type { AppContext } from '../http/env.js';

/** The advisor contact form, and its requests as their organization reads and follows them up. */
export function contactRequestHandlers({ store, clock }: RouteDeps) {
  return {
    async create(c: AppContext) {
      const idempotencyKey = readIdempotencyKey(c);
      validateQuery(c, NO_QUERY, ['key']);
      const raw = await readJsonBody(c);
      if (honeypotFilled(raw)) {
        // Validated like any body (a bot gets the same field errors as a person), then not kept.
        const { website: _honeypot, ...rest } = raw as Record<string, unknown>;
        const input: ContactInput = validateBody(c, ContactRequestInput, rest);
        return c.json(await decoyReceipt(store, input, clock()), 201);
      }
      const input: ContactInput = validateBody(c, ContactRequestInput, raw);
      const hash = bodyHash(raw);
      // The store makes concurrent duplicates safe (one transaction with a lock on the key,
      // across processes): exactly one of them creates the request, the others replay it.
      const { apiKey, origin } = c.var.access;
      const outcome = await store.createContactRequest(idempotencyKey, hash, input, {
        apiKeyId: apiKey!.id,
        origin,
        now: clock(),
      });
      return c.json(idempotentAnswer(c, outcome).receipt, 201);
    },

    async list(c: AppContext) {
      const query = validateQuery(c, ContactRequestQuery, ['key']);
      const organizationId = c.var.access.apiKey!.organizationId;
      const page = await withCursor(c, () =>
        store.listContactRequests(organizationId, {
          status: query.status,
          limit: query.limit ?? DEFAULT_PAGE_SIZE,
          cursor: query.cursor,
        }),
      );
      return c.json(page);
    },

    /** `{"status": …}` on one of the key's organization's requests (another's: 404). */
    async update(c: AppContext) {
      const id = validateParam(c, 'id', c.req.param('id') ?? '', Id);
      validateQuery(c, NO_QUERY, ['key']);
      const raw = await readJsonBody(c);
      const organizationId = c.var.access.apiKey!.organizationId;
      return c.json(await updateContactRequest(store, organizationId, id, raw, clock()));
    },
  };
}
