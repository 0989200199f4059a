/**
 * Import of an iCalendar feed into one organization's events (eer-admin
 * `event import`). Idempotent by UID: an event already imported from the same
 * UID is updated when the feed changed it and left alone otherwise, so running
 * the same import twice creates nothing the second time.
 *
 * iCalendar knows nothing of Québec's region and municipal codes, so the
 * operator gives defaults (regions, type, format, municipality) and the
 * municipality is recognized from LOCATION when one of its comma-separated
 * parts is exactly a municipality's name.
 */
import ICAL from 'ical.js';
import { EVENT_TYPES } from '@emplois-en-regions/schemas';
import type {
  EventFormat,
  EventInput,
  EventType,
  FieldError,
  Language,
  Municipality,
} from '@emplois-en-regions/schemas';
import { TORONTO_VTIMEZONE } from '../ics/timezone.js';
import { foldForSearch } from '../store/normalize.js';
import type { Store, StoredEvent } from '../store/types.js';
import { TORONTO } from '../time/toronto.js';
import { formatWithOffset, instantAt } from '../time/zone.js';
import { isOperationError } from './errors.js';
import { cancelEvent, createEvent, eventAsInput, normalizeEvent, updateEvent } from './events.js';

export interface IcsImportOptions {
  organizationId: string;
  /** Regions of every imported event; default: the region of the event's municipality. */
  regionCodes?: readonly string[] | undefined;
  /** Type when CATEGORIES names none of EVENT_TYPES; default `info-session`. */
  type?: EventType | undefined;
  /** Forces the format; default: online when there is a URL and no LOCATION, in person otherwise. */
  format?: EventFormat | undefined;
  /** Municipality of in-person events whose LOCATION names none. */
  municipalityCode?: string | undefined;
  /** Languages the events are held in; default `["fr"]`. */
  languages?: readonly Language[] | undefined;
}

/** Why a VEVENT was not imported; the caller words it in its language. */
export type SkipReason =
  | { code: 'no_uid' | 'recurring' | 'recurrence_exception' | 'no_start' | 'no_end' | 'no_title' }
  | { code: 'no_region' | 'no_url' | 'cancelled_not_imported' | 'duplicate_uid' }
  | { code: 'no_municipality'; location: string }
  | { code: 'ambiguous_municipality'; name: string }
  | { code: 'invalid'; errors: (lang: Language) => FieldError[] };

export type ImportOutcome = 'created' | 'updated' | 'cancelled' | 'unchanged' | 'skipped';

export interface ImportedItem {
  uid: string | null;
  title: string | null;
  outcome: ImportOutcome;
  /** The event in the store (absent when skipped). */
  eventId?: string;
  reason?: SkipReason;
}

export interface ImportReport {
  items: ImportedItem[];
  counts: Record<ImportOutcome, number>;
}

/** The feed cannot be read as iCalendar at all. */
export class IcsParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IcsParseError';
  }
}

class Skip extends Error {
  constructor(readonly reason: SkipReason) {
    super(reason.code);
  }
}

/** ical.js keeps its time zones in one process-wide registry: Toronto is added once, from the rules we serve. */
function registerToronto(): void {
  if (ICAL.TimezoneService.has(TORONTO)) return;
  const component = new ICAL.Component(ICAL.parse(TORONTO_VTIMEZONE.join('\r\n')) as unknown[]);
  ICAL.TimezoneService.register(component);
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * The instant of a DTSTART/DTEND: exact for UTC and for zones the feed (or
 * Toronto) defines; a floating time, or a TZID the feed does not define, is read
 * as wall-clock time in that IANA zone when it is one, else in Québec's zone.
 * A date without time (all-day) starts at midnight in Québec.
 */
function instantOf(time: ICAL.Time, tzid: string | null): Date {
  const zone = time.zone?.tzid;
  if (!time.isDate && zone && zone !== 'floating') return new Date(time.toUnixTime() * 1000);
  const timeZone = tzid && isTimeZone(tzid) ? tzid : TORONTO;
  const date = { year: time.year, month: time.month, day: time.day };
  return time.isDate ? instantAt(date, 0, 0, timeZone) : instantAt(date, time.hour, time.minute, timeZone);
}

function text(component: ICAL.Component, name: string): string | null {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

const isWebUrl = (value: string | null): value is string => value !== null && /^https?:\/\/\S+$/i.test(value);

/**
 * The municipality a LOCATION names: one comma-separated part equal to a
 * municipality's name; the regions given tell apart namesakes in several regions.
 */
async function municipalityIn(
  store: Store,
  location: string,
  regionCodes: readonly string[] | undefined,
): Promise<Municipality | 'ambiguous' | undefined> {
  const parts = location
    .split(/[,\n]/)
    .map((part) => part.replace(/\b(QC|Québec|Quebec|Canada)\b|[A-Z]\d[A-Z] ?\d[A-Z]\d/gi, '').trim())
    .filter(Boolean);
  // From the end: addresses read venue, street, municipality, province.
  for (const part of parts.reverse()) {
    const folded = foldForSearch(part);
    const matches = (await store.searchMunicipalities({ q: part, limit: 20 })).data.filter(
      (municipality) => foldForSearch(municipality.name) === folded,
    );
    const inRegions = regionCodes?.length
      ? matches.filter((municipality) => regionCodes.includes(municipality.regionCode))
      : [];
    if (matches.length === 1) return matches[0];
    if (inRegions.length === 1) return inRegions[0];
    if (matches.length > 1) return 'ambiguous';
  }
  return undefined;
}

function typeOf(component: ICAL.Component, fallback: EventType): EventType {
  for (const property of component.getAllProperties('categories')) {
    for (const value of property.getValues()) {
      const category = String(value).trim().toLowerCase();
      if ((EVENT_TYPES as readonly string[]).includes(category)) return category as EventType;
    }
  }
  return fallback;
}

/** The EventInput a VEVENT stands for, or a Skip saying why it cannot be one. */
async function toInput(store: Store, vevent: ICAL.Component, options: IcsImportOptions): Promise<EventInput> {
  const event = new ICAL.Event(vevent);
  // Occurrence overrides (RECURRENCE-ID) are skipped before: importOne.
  if (vevent.hasProperty('rrule') || vevent.hasProperty('rdate')) throw new Skip({ code: 'recurring' });
  const title = text(vevent, 'summary');
  if (!title) throw new Skip({ code: 'no_title' });
  const startProperty = vevent.getFirstProperty('dtstart');
  if (!startProperty) throw new Skip({ code: 'no_start' });
  const endProperty = vevent.getFirstProperty('dtend');
  if (!endProperty && !vevent.hasProperty('duration')) throw new Skip({ code: 'no_end' });
  const start = instantOf(event.startDate, startProperty.getParameter('tzid') as string | null);
  const end = endProperty
    ? instantOf(event.endDate, endProperty.getParameter('tzid') as string | null)
    : new Date(start.getTime() + event.duration.toSeconds() * 1000);

  const locationText = text(vevent, 'location');
  const url = text(vevent, 'url');
  // A LOCATION that is a link (a videoconference) is where to join, not a place.
  const place = locationText && !isWebUrl(locationText) ? locationText : null;
  const joinUrl = locationText && isWebUrl(locationText) ? locationText : url;
  const format: EventFormat = options.format ?? (place ? 'in-person' : 'online');

  let location: EventInput['location'] = null;
  let municipalityRegion: string | undefined;
  if (format !== 'online') {
    if (!place && !options.municipalityCode) throw new Skip({ code: 'no_municipality', location: '' });
    const found = place ? await municipalityIn(store, place, options.regionCodes) : undefined;
    if (found === 'ambiguous' && !options.municipalityCode) {
      throw new Skip({ code: 'ambiguous_municipality', name: place ?? '' });
    }
    const municipality =
      found && found !== 'ambiguous'
        ? found
        : options.municipalityCode
          ? await store.municipality(options.municipalityCode)
          : undefined;
    if (!municipality) {
      if (options.municipalityCode) {
        // The operation names the unknown code (location.municipalityCode) below.
        location = { venue: place ?? title, municipalityCode: options.municipalityCode };
      } else {
        throw new Skip({ code: 'no_municipality', location: place ?? '' });
      }
    } else {
      const [venue, ...rest] = (place ?? municipality.name).split(',').map((part) => part.trim());
      const address = rest.join(', ');
      location = {
        venue: venue || municipality.name,
        // "Bibliothèque, Rimouski": the municipality alone is not an address.
        address: address && foldForSearch(address) !== foldForSearch(municipality.name) ? address : null,
        municipalityCode: municipality.code,
      };
      municipalityRegion = municipality.regionCode;
    }
  }
  if (format !== 'in-person' && !joinUrl) throw new Skip({ code: 'no_url' });
  const regionCodes = options.regionCodes?.length
    ? [...options.regionCodes]
    : municipalityRegion
      ? [municipalityRegion]
      : [];
  if (regionCodes.length === 0) throw new Skip({ code: 'no_region' });

  const summary = text(vevent, 'description') ?? title;
  return {
    title: { fr: title, en: title },
    summary: { fr: summary, en: summary },
    type: typeOf(vevent, options.type ?? 'info-session'),
    format,
    start: formatWithOffset(start, TORONTO),
    end: formatWithOffset(end, TORONTO),
    regionCodes,
    location,
    onlineUrl: format === 'in-person' ? null : joinUrl,
    registrationUrl: isWebUrl(url) ? url : null,
    languages: options.languages?.length ? [...options.languages] : ['fr'],
  };
}

/** Compares what an import would write with what is stored, instants by value. */
function sameEvent(stored: StoredEvent, input: EventInput): boolean {
  const canonical = (event: EventInput) => JSON.stringify(normalizeEvent(event));
  return canonical(eventAsInput(stored.event)) === canonical(input);
}

function readCalendar(feed: string): ICAL.Component {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(feed);
  } catch (error) {
    throw new IcsParseError(error instanceof Error ? error.message : String(error));
  }
  // A file holding several VCALENDARs parses to a list of them; the first is the feed.
  const jcal = Array.isArray(parsed) && Array.isArray(parsed[0]) ? (parsed[0] as unknown[]) : parsed;
  const calendar = new ICAL.Component(jcal as unknown[]);
  if (calendar.name !== 'vcalendar') throw new IcsParseError('no VCALENDAR');
  return calendar;
}

export async function importIcs(
  store: Store,
  feed: string,
  options: IcsImportOptions,
  now: Date,
): Promise<ImportReport> {
  registerToronto();
  const calendar = readCalendar(feed);
  const items: ImportedItem[] = [];
  const seen = new Set<string>();
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const uid = text(vevent, 'uid');
    const title = text(vevent, 'summary');
    items.push(await importOne(store, vevent, uid, title, options, now, seen));
  }
  const counts: Record<ImportOutcome, number> = {
    created: 0,
    updated: 0,
    cancelled: 0,
    unchanged: 0,
    skipped: 0,
  };
  for (const item of items) counts[item.outcome] += 1;
  return { items, counts };
}

async function importOne(
  store: Store,
  vevent: ICAL.Component,
  uid: string | null,
  title: string | null,
  options: IcsImportOptions,
  now: Date,
  seen: Set<string>,
): Promise<ImportedItem> {
  const skipped = (reason: SkipReason): ImportedItem => ({ uid, title, outcome: 'skipped', reason });
  if (!uid) return skipped({ code: 'no_uid' });
  // Occurrence overrides share their series' UID: report them as such, not as duplicates.
  if (vevent.hasProperty('recurrence-id')) return skipped({ code: 'recurrence_exception' });
  if (seen.has(uid)) return skipped({ code: 'duplicate_uid' });
  seen.add(uid);
  const existing = await store.eventBySourceUid(options.organizationId, uid);
  const status = text(vevent, 'status')?.toUpperCase();
  try {
    if (status === 'CANCELLED') {
      if (!existing) return skipped({ code: 'cancelled_not_imported' });
      if (existing.event.status === 'cancelled')
        return { uid, title, outcome: 'unchanged', eventId: existing.event.id };
      await cancelEvent(store, options.organizationId, existing.event.id, now, existing.version);
      return { uid, title, outcome: 'cancelled', eventId: existing.event.id };
    }
    const input = await toInput(store, vevent, options);
    if (!existing) {
      const created = await createEvent(store, options.organizationId, input, now, { sourceUid: uid });
      return { uid, title, outcome: 'created', eventId: created.event.id };
    }
    if (sameEvent(existing, input)) return { uid, title, outcome: 'unchanged', eventId: existing.event.id };
    await updateEvent(store, options.organizationId, existing.event.id, input, existing.version, now);
    return { uid, title, outcome: 'updated', eventId: existing.event.id };
  } catch (error) {
    if (error instanceof Skip) return skipped(error.reason);
    if (isOperationError(error)) return skipped({ code: 'invalid', errors: error.errors });
    throw error;
  }
}
