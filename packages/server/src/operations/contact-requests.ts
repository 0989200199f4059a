import type { ContactRequest } from '@emplois-en-regions/schemas';
import { ContactRequestPatch } from '@emplois-en-regions/schemas';
import type { Store } from '../store/types.js';
import { OperationError, parseInput } from './errors.js';

/**
 * An organization follows up a request: `new` → `in_progress` → `closed` (any
 * order is allowed: a request closed by mistake can be reopened). Another
 * organization's request is `not_found`.
 */
export async function updateContactRequest(
  store: Store,
  organizationId: string | undefined,
  id: string,
  patch: unknown,
  now: Date,
): Promise<ContactRequest> {
  const current = await store.contactRequest(id);
  if (!current || (organizationId !== undefined && current.organization.id !== organizationId)) {
    throw OperationError.field('not_found', 'id', 'not_found');
  }
  const { status } = parseInput(ContactRequestPatch, patch);
  if (status === current.status) return current;
  const updated = await store.setContactRequestStatus(id, status, now);
  if (!updated) throw OperationError.field('not_found', 'id', 'not_found');
  return updated;
}
