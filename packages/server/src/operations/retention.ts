import type { ContactRequest } from '@emplois-en-regions/schemas';
import type { DeliveryInfo, Store } from '../store/types.js';
import { OperationError } from './errors.js';
import { findContactRequest } from './request-lookup.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface PurgeResult {
  /** Requests created before this instant had their personal fields erased. */
  cutoff: Date;
  erased: number;
}

/**
 * Law 25 retention: erases the personal fields of every request older than
 * `retentionDays` (the daily job and `eer-admin requests purge`). Reference, dates,
 * regions, organization and status remain for statistics. Idempotent.
 */
export async function purgeExpired(store: Store, retentionDays: number, now: Date): Promise<PurgeResult> {
  if (!Number.isInteger(retentionDays) || retentionDays < 1) {
    throw OperationError.field('invalid', 'retentionDays', 'too_small', 1);
  }
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);
  return { cutoff, erased: (await store.eraseContactRequests({ createdBefore: cutoff }, now)).length };
}

/** Right to erasure: one request's personal fields, at once. Erasing twice is harmless. */
export async function eraseContactRequest(
  store: Store,
  referenceOrId: string,
  now: Date,
): Promise<ContactRequest> {
  const request = await findContactRequest(store, referenceOrId);
  await store.eraseContactRequests({ id: request.id }, now);
  return (await store.contactRequest(request.id))!;
}

export interface ContactRequestExport {
  request: ContactRequest;
  /** Who was told about it, how and when (no payloads). */
  deliveries: Pick<
    DeliveryInfo,
    'eventType' | 'channel' | 'recipient' | 'status' | 'createdAt' | 'deliveredAt'
  >[];
}

/** Right of access: everything stored about one person's request. */
export async function exportContactRequest(
  store: Store,
  referenceOrId: string,
): Promise<ContactRequestExport> {
  const request = await findContactRequest(store, referenceOrId);
  const deliveries = (await store.deliveries({ contactRequestId: request.id, limit: 1000 })).map(
    ({ eventType, channel, recipient, status, createdAt, deliveredAt }) => ({
      eventType,
      channel,
      recipient,
      status,
      createdAt,
      deliveredAt,
    }),
  );
  return { request, deliveries };
}
