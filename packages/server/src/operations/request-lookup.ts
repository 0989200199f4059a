import type { ContactRequest } from '@emplois-en-regions/schemas';
import type { Store } from '../store/types.js';
import { OperationError } from './errors.js';

/** `EER-2026-000123`, the number a visitor is given (case-insensitive as people type it). */
const REFERENCE = /^EER-\d{4}-\d{6}$/i;
const PAGE = 100;

/**
 * A contact request by its human reference or its id, optionally only among one
 * organization's requests; otherwise `not_found` on `field`. A reference is found
 * by reading the organizations' lists (newest first): the operator's tool asks
 * rarely, and the lists are what the store indexes.
 */
export async function findContactRequest(
  store: Store,
  referenceOrId: string,
  organizationId?: string,
  field = 'reference',
): Promise<ContactRequest> {
  const wanted = referenceOrId.trim();
  let found: ContactRequest | undefined;
  if (REFERENCE.test(wanted)) {
    const reference = wanted.toUpperCase();
    const organizations =
      organizationId === undefined ? (await store.organizationAccounts()).map((o) => o.id) : [organizationId];
    for (const id of organizations) {
      let cursor: string | undefined;
      do {
        const page = await store.listContactRequests(id, { limit: PAGE, cursor });
        found = page.data.find((request) => request.reference === reference);
        cursor = page.nextCursor ?? undefined;
      } while (!found && cursor);
      if (found) break;
    }
  } else {
    found = await store.contactRequest(wanted);
  }
  if (!found || (organizationId !== undefined && found.organization.id !== organizationId)) {
    throw OperationError.field('not_found', field, 'not_found');
  }
  return found;
}
