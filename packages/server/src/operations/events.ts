import { EventInput, EventPatch } from '@emplois-en-regions/schemas';
import type { EventRecord, EventWrite, Store, StoredEvent } from '../store/types.js';
import { OperationError, parseInput } from './errors.js';
import { newId } from './ids.js';

/** The strong ETag of an event's current version (`If-Match` on PATCH compares it). */
export function eventEtag(stored: Pick<StoredEvent, 'event' | 'version'>): string {
  return `"${stored.event.id}.v${stored.version}"`;
}

/** An event as input again: what a PATCH merges into. */
export function eventAsInput(event: EventRecord): EventInput {
  return {
    title: { fr: event.title.fr, en: event.title.en },
    summary: { fr: event.summary.fr, en: event.summary.en },
    type: event.type,
    format: event.format,
    start: event.start,
    end: event.end,
    regionCodes: [...event.regionCodes],
    location: event.location
      ? {
          venue: event.location.venue,
          address: event.location.address,
          municipalityCode: event.location.municipalityCode ?? '',
        }
      : null,
    onlineUrl: event.onlineUrl,
    registrationUrl: event.registrationUrl,
    languages: [...event.languages] as EventInput['languages'],
  };
}

/**
 * A valid event as it is stored: defaults filled in (languages), what its format excludes
 * dropped (an online event's place, an in-person event's link), instants as Dates.
 */
export function normalizeEvent(
  data: EventInput,
): Omit<EventWrite, 'id' | 'organizationId' | 'status' | 'sourceUid'> {
  const location = data.format === 'online' ? null : (data.location ?? null);
  return {
    title: data.title,
    summary: data.summary,
    type: data.type,
    format: data.format,
    start: new Date(data.start),
    end: new Date(data.end),
    regionCodes: data.regionCodes,
    location: location
      ? {
          venue: location.venue,
          address: location.address || null,
          municipalityCode: location.municipalityCode,
        }
      : null,
    onlineUrl: data.format === 'in-person' ? null : (data.onlineUrl ?? null),
    registrationUrl: data.registrationUrl ?? null,
    languages: data.languages ?? ['fr'],
  };
}

/** Validates a complete event and turns it into a write: the municipality must exist. */
async function toWrite(
  store: Store,
  input: unknown,
  base: Pick<EventWrite, 'id' | 'organizationId' | 'status' | 'sourceUid'>,
): Promise<EventWrite> {
  const event = normalizeEvent(parseInput(EventInput, input));
  if (event.location && !(await store.municipality(event.location.municipalityCode))) {
    throw OperationError.field('invalid', 'location.municipalityCode', 'unknown_code');
  }
  return { ...base, ...event };
}

/** The event if it belongs to the organization; another organization's event is `not_found`, never revealed. */
export async function findOwnEvent(
  store: Store,
  organizationId: string | undefined,
  id: string,
): Promise<StoredEvent> {
  const stored = await store.storedEvent(id);
  if (!stored || (organizationId !== undefined && stored.event.organizationId !== organizationId)) {
    throw OperationError.field('not_found', 'id', 'not_found');
  }
  return stored;
}

export interface CreateEventOptions {
  /** UID of the iCalendar event it comes from (import). */
  sourceUid?: string | null;
}

export async function createEvent(
  store: Store,
  organizationId: string,
  input: unknown,
  now: Date,
  options: CreateEventOptions = {},
): Promise<StoredEvent> {
  const write = await toWrite(store, input, {
    id: newId('evt'),
    organizationId,
    status: 'scheduled',
    sourceUid: options.sourceUid ?? null,
  });
  return await store.insertEvent(write, now);
}

/**
 * Replaces a stored event with `input` (validated whole) and `status`, unless it changed
 * since `expectedVersion` (If-Match; default: the version just read) → `stale`.
 */
async function rewrite(
  store: Store,
  current: StoredEvent,
  input: unknown,
  status: EventWrite['status'],
  expectedVersion: number | undefined,
  now: Date,
): Promise<StoredEvent> {
  const write = await toWrite(store, input, {
    id: current.event.id,
    organizationId: current.event.organizationId,
    status,
    sourceUid: current.sourceUid,
  });
  const result = await store.replaceEvent(write, expectedVersion ?? current.version, now);
  if (result === 'stale') throw OperationError.field('stale', 'If-Match', 'invalid_value');
  return result;
}

/**
 * Applies a partial change: the patch is validated alone (unknown fields refused),
 * then the event after the change is validated whole. `expectedVersion` is the
 * version the caller last saw (If-Match); another one → `stale`.
 */
export async function updateEvent(
  store: Store,
  organizationId: string | undefined,
  id: string,
  patch: unknown,
  expectedVersion: number | undefined,
  now: Date,
): Promise<StoredEvent> {
  const current = await findOwnEvent(store, organizationId, id);
  const changes = parseInput(EventPatch, patch);
  const merged = { ...eventAsInput(current.event), ...changes };
  return await rewrite(store, current, merged, current.event.status, expectedVersion, now);
}

/** Cancels an event: it stays listed with `status: cancelled` (announced events must not vanish). */
export async function cancelEvent(
  store: Store,
  organizationId: string | undefined,
  id: string,
  now: Date,
  expectedVersion?: number,
): Promise<StoredEvent> {
  const current = await findOwnEvent(store, organizationId, id);
  if (current.event.status === 'cancelled') return current;
  return await rewrite(store, current, eventAsInput(current.event), 'cancelled', expectedVersion, now);
}
