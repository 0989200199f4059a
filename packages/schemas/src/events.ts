import * as z from 'zod/mini';
import {
  DateTime,
  Id,
  Language,
  LocalizedText,
  MunicipalityCode,
  RegionCode,
  page,
  safeText,
} from './common.js';

/** Kinds of program events, in their API spelling. */
export const EVENT_TYPES = ['forum', 'webinar', 'info-session', 'job-fair', 'exploratory-stay'] as const;
/** forum, webinaire, séance d'information, salon de l'emploi, séjour exploratoire. */
export const EventType = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventType>;

/** How an event is attended: in person, online or both. */
export const EVENT_FORMATS = ['in-person', 'online', 'hybrid'] as const;
/** How an event is attended: one of {@link EVENT_FORMATS}. */
export const EventFormat = z.enum(EVENT_FORMATS);
/** `in-person`, `online` or `hybrid`. */
export type EventFormat = z.infer<typeof EventFormat>;

/** Whether an event still takes place: `scheduled` or `cancelled` (kept in lists, shown as cancelled). */
export const EventStatus = z.enum(['scheduled', 'cancelled']);
/** `scheduled` or `cancelled`. */
export type EventStatus = z.infer<typeof EventStatus>;

/** Where an in-person or hybrid event takes place. */
export const EventLocation = z.looseObject({
  venue: z.string(),
  address: z.nullable(z.string()),
  municipalityCode: z.nullable(MunicipalityCode),
  municipalityName: z.string(),
  regionCode: RegionCode,
});
export type EventLocation = z.infer<typeof EventLocation>;

/** A program event: forum, webinar, information session, job fair or exploratory stay. */
export const Event = z.looseObject({
  id: Id,
  title: LocalizedText,
  summary: LocalizedText,
  type: EventType,
  format: EventFormat,
  status: EventStatus,
  /** Start and end with their UTC offset in `timeZone`. */
  start: DateTime,
  end: DateTime,
  /** IANA time zone of the event, always `America/Toronto` (Québec's zone) for now. */
  timeZone: z.string(),
  /** Regions the event is for; the first is the main one. */
  regionCodes: z.array(RegionCode),
  location: z.nullable(EventLocation),
  onlineUrl: z.nullable(z.string()),
  registrationUrl: z.nullable(z.string()),
  organizationId: Id,
  /** Languages the event is held in. */
  languages: z.array(z.string()),
  /** True for fictional demonstration events. */
  sample: z.boolean(),
  /** Absolute URL of this event's iCalendar file. */
  icsUrl: z.string(),
});
export type Event = z.infer<typeof Event>;
/** A page of events (`GET /v1/events`). */
export const EventList = page(Event);
/** A page of events. */
export type EventList = z.infer<typeof EventList>;

/** Length and count limits of an event written through the API. */
export const EVENT_LIMITS = {
  titleMax: 200,
  summaryMax: 2000,
  venueMax: 200,
  addressMax: 300,
  urlMax: 2048,
  regionsMax: 17,
} as const;

function requiredText(max: number) {
  return z.string().check(z.trim(), z.minLength(1), z.maxLength(max), safeText());
}

function bilingual(max: number) {
  return z.strictObject({ fr: requiredText(max), en: requiredText(max) });
}

function unique<T>(values: readonly T[]): boolean {
  return new Set(values).size === values.length;
}

const WebUrl = z.url({ protocol: /^https?$/ }).check(z.maxLength(EVENT_LIMITS.urlMax));

/** Where an in-person or hybrid event takes place: the name and region come from the municipal code. */
export const EventLocationInput = z.strictObject({
  venue: requiredText(EVENT_LIMITS.venueMax),
  address: z.optional(
    z.nullable(z.string().check(z.trim(), z.maxLength(EVENT_LIMITS.addressMax), safeText())),
  ),
  municipalityCode: MunicipalityCode,
});

const eventInputFields = {
  title: bilingual(EVENT_LIMITS.titleMax),
  summary: bilingual(EVENT_LIMITS.summaryMax),
  type: EventType,
  format: EventFormat,
  /** With the UTC offset, e.g. `2027-03-04T13:30:00-05:00`. */
  start: DateTime,
  end: DateTime,
  /** Regions the event is for, the main one first. */
  regionCodes: z
    .array(RegionCode)
    .check(
      z.minLength(1),
      z.maxLength(EVENT_LIMITS.regionsMax),
      z.refine(unique, { params: { code: 'duplicate_region' } }),
    ),
  /** Required for `in-person` and `hybrid` events. */
  location: z.optional(z.nullable(EventLocationInput)),
  /** Required for `online` and `hybrid` events. */
  onlineUrl: z.optional(z.nullable(WebUrl)),
  registrationUrl: z.optional(z.nullable(WebUrl)),
  /** Languages the event is held in; default `["fr"]`. */
  languages: z.optional(
    z.array(Language).check(z.minLength(1), z.refine(unique, { params: { code: 'duplicate_value' } })),
  ),
};

interface EventShape {
  start: string;
  end: string;
  format: EventFormat;
  location?: unknown;
  onlineUrl?: string | null | undefined;
}

/** The rules that tie fields together, shared by a new event and an event after a change. */
const eventCoherence = [
  z.refine<EventShape>((event) => Date.parse(event.end) >= Date.parse(event.start), {
    path: ['end'],
    params: { code: 'end_before_start' },
  }),
  z.refine<EventShape>(
    (event) => event.format === 'online' || (event.location !== undefined && event.location !== null),
    { path: ['location'], params: { code: 'location_required' } },
  ),
  z.refine<EventShape>((event) => event.format === 'in-person' || Boolean(event.onlineUrl), {
    path: ['onlineUrl'],
    params: { code: 'online_url_required' },
  }),
];

/** `POST /v1/events` (secret key) and `eer-admin event create --file`: a new event. Unknown fields are refused. */
export const EventInput = z.strictObject(eventInputFields).check(...eventCoherence);
export type EventInput = z.input<typeof EventInput>;

/**
 * `PATCH /v1/events/{id}`: the fields to change; the event after the change must
 * still satisfy EventInput (checked by the server on the merged event).
 */
export const EventPatch = z.strictObject({
  ...z.partial(z.strictObject(eventInputFields)).def.shape,
});
export type EventPatch = z.input<typeof EventPatch>;
