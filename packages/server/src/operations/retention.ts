import type { ContactRequest } from '@emplois-en-regions/schemas';
import type { DeliveryInfo, Store } from '../store/types.js';
import { OperationError } from './errors.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A request by its reference (`EER-2026-000123`, any case) or id (`cr_…`). */
function requestByReference(store: Store, referenceOrId: string): ContactRequest {
  const key = referenceOrId.trim();
  const request = store.contactRequestByReference(key.toUpperCase()) ?? store.contactRequest(key);
  if (!request) throw OperationError.field('not_found', 'reference', 'not_found');
  return request;
}

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
export function purgeExpired(store: Store, retentionDays: number, now: Date): PurgeResult {
  if (!Number.isInteger(retentionDays) || retentionDays < 1) {
    throw OperationError.field('invalid', 'retentionDays', 'too_small', 1);
  }
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);
  return { cutoff, erased: store.eraseContactRequests({ createdBefore: cutoff }, now).length };
}

/** Right to erasure: one request's personal fields, at once. Erasing twice is harmless. */
export function eraseContactRequest(store: Store, referenceOrId: string, now: Date): ContactRequest {
  const request = requestByReference(store, referenceOrId);
  store.eraseContactRequests({ id: request.id }, now);
  return store.contactRequest(request.id)!;
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
export function exportContactRequest(store: Store, referenceOrId: string): ContactRequestExport {
  const request = requestByReference(store, referenceOrId);
  const deliveries = store
    .deliveries({ contactRequestId: request.id, limit: 1000 })
    .map(({ eventType, channel, recipient, status, createdAt, deliveredAt }) => ({
      eventType,
      channel,
      recipient,
      status,
      createdAt,
      deliveredAt,
    }));
  return { request, deliveries };
}
