import type { ContactRequest } from '@emplois-en-regions/schemas';
import { ContactRequestPatch } from '@emplois-en-regions/schemas';
import { ContactRequest as ContactRequestSchema, Id } from '@emplois-en-regions/schemas/wire';
import type { EerCore } from '../core.js';
import { validateInput } from '../validation.js';
import { pathParameter } from './list-request.js';

/**
 * Following up the contact requests of your organization with its secret key
 * (server-side only). Part of {@link createAdminClient}'s `contactRequests`.
 *
 * @example
 * ```ts
 * await admin.contactRequests.update(request.id, { status: 'in_progress' });
 * ```
 */
export interface ContactRequestWritesResource {
  /**
   * Sets the follow-up status of one of your organization's requests: `new`,
   * `in_progress` or `closed` (a closed request can be reopened). Another
   * organization's request rejects with a `NotFoundError`.
   *
   * @example
   * ```ts
   * const request = await admin.contactRequests.update('cr_Xy3k…', { status: 'closed' });
   * console.log(request.updatedAt);
   * ```
   */
  update(
    id: string,
    patch: ContactRequestPatch,
    options?: { signal?: AbortSignal | undefined },
  ): Promise<ContactRequest>;
}

/**
 * The contact request write methods on a core (whose key must be a secret key);
 * {@link createAdminClient} adds them to `contactRequests`.
 *
 * @example
 * ```ts
 * const followUp = contactRequestWritesResource(createCore({ baseUrl, key: process.env.EER_SECRET_KEY }));
 * ```
 */
export function contactRequestWritesResource(core: EerCore): ContactRequestWritesResource {
  return {
    update: async (id, patch, { signal } = {}) =>
      core.request({
        method: 'PATCH',
        path: `contact-requests/${pathParameter(core, Id, 'id', id)}`,
        body: validateInput(ContactRequestPatch, patch, core.lang, 'invalid_body'),
        schema: ContactRequestSchema,
        // Setting the same status twice changes nothing more: safe to retry.
        retryable: true,
        signal,
      }),
  };
}
