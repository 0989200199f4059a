import type { ContactRequest } from '@emplois-en-regions/schemas';
import {
  ContactRequestInput,
  ContactRequestList,
  ContactRequestQuery,
  ContactRequestReceipt,
} from '@emplois-en-regions/schemas/wire';
import type { CallOptions, EerCore } from '../core.js';
import { idempotencyKeyOf } from '../idempotency.js';
import type { PagedList } from '../pagination.js';
import { validateInput } from '../validation.js';
import { listRequest, type WithLimit } from './list-request.js';

/**
 * Options of {@link ContactRequestsResource.create}.
 *
 * @example
 * ```ts
 * const options: CreateContactRequestOptions = { idempotencyKey: draft.id, signal: AbortSignal.timeout(30_000) };
 * ```
 */
export interface CreateContactRequestOptions {
  /**
   * The submission's `Idempotency-Key` (8–255 visible ASCII characters). Default: a
   * new UUID per call. Pass your own to make a submission retried *by your code*
   * (e.g. after a reload) idempotent too.
   */
  idempotencyKey?: string | undefined;
  /** Aborts the call (and its retries); it then rejects with an error of kind `aborted`. */
  signal?: AbortSignal | undefined;
}

/**
 * Filter and page options of the contact request list.
 *
 * @example
 * ```ts
 * const query: ContactRequestSearch = { status: 'new', limit: 50 };
 * ```
 */
export type ContactRequestSearch = WithLimit<ContactRequestQuery>;

/**
 * The advisor contact form: a visitor's request, and — with a secret key — the
 * requests assigned to your organization.
 *
 * @example
 * ```ts
 * const receipt = await client.contactRequests.create(input);
 * console.log(receipt.reference); // EER-2026-000123
 * ```
 */
export interface ContactRequestsResource {
  /**
   * Sends a contact request. The input is checked first: refused input rejects with
   * an `InvalidRequestError` of kind `validation` (messages in the client's `lang`)
   * and nothing is sent. One `Idempotency-Key` is used for every attempt of the
   * call, so retries after a dropped connection or a 5xx never create a duplicate.
   *
   * @example
   * ```ts
   * const receipt = await client.contactRequests.create({
   *   name: 'Ana Souza',
   *   email: 'ana@example.com',
   *   regionCodes: ['04'],
   *   message: 'Je cherche un emploi en soins infirmiers à Trois-Rivières.',
   *   preferredLanguage: 'fr',
   *   consent: true,
   * });
   * ```
   */
  create(input: ContactRequestInput, options?: CreateContactRequestOptions): Promise<ContactRequestReceipt>;
  /**
   * The requests assigned to your organization, newest first; `status` keeps one stage
   * of their follow-up (`new`, `in_progress`, `closed`). Needs a secret key
   * (server-side only); otherwise rejects with an `AuthError`.
   *
   * @example
   * ```ts
   * for await (const request of client.contactRequests.list({ status: 'new' })) await crm.upsert(request);
   * ```
   */
  list(query?: ContactRequestSearch, options?: CallOptions): PagedList<ContactRequestList, ContactRequest>;
}

/**
 * The contact requests resource on a core, for tree-shaken bundles.
 *
 * @example
 * ```ts
 * const contactRequests = contactRequestsResource(createCore({ key: 'pk_test_demo' }));
 * ```
 */
export function contactRequestsResource(core: EerCore): ContactRequestsResource {
  return {
    create: (input, options) => createContactRequest(core, input, options),
    list: (query, options) =>
      listRequest(core, 'contact-requests', ContactRequestList, options, {
        schema: ContactRequestQuery,
        value: query,
      }),
  };
}

/**
 * {@link ContactRequestsResource.create} alone, on a core: a contact form needs nothing
 * else of the resource (the list, for secret keys, stays out of its bundle).
 *
 * @example
 * ```ts
 * const receipt = await createContactRequest(createCore({ key: 'pk_test_demo' }), input);
 * ```
 */
export async function createContactRequest(
  core: EerCore,
  input: ContactRequestInput,
  { idempotencyKey, signal }: CreateContactRequestOptions = {},
): Promise<ContactRequestReceipt> {
  const body = validateInput(ContactRequestInput, input, core.lang, 'invalid_body');
  return core.request({
    method: 'POST',
    path: 'contact-requests',
    body,
    schema: ContactRequestReceipt,
    idempotencyKey: idempotencyKeyOf(idempotencyKey, core.lang),
    signal,
  });
}
