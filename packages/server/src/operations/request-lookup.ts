import type { ContactRequest } from '@emplois-en-regions/schemas';
import type { Store } from '../store/types.js';
import { OperationError } from './errors.js';

/**
 * A contact request by its human reference (`EER-2026-000123`, any case as people
 * type it) or its id (`cr_…`), optionally only among one organization's requests;
 * otherwise `not_found` on `reference`.
 */
export async function findContactRequest(
  store: Store,
  referenceOrId: string,
  organizationId?: string,
): Promise<ContactRequest> {
  const wanted = referenceOrId.trim();
  const found =
    (await store.contactRequestByReference(wanted.toUpperCase())) ?? (await store.contactRequest(wanted));
  if (!found || (organizationId !== undefined && found.organization.id !== organizationId)) {
    throw OperationError.field('not_found', 'reference', 'not_found');
  }
  return found;
}
