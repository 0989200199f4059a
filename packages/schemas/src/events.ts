import * as z from 'zod/mini';
import { DateTime, Id, LocalizedText, MunicipalityCode, RegionCode, page } from './common.js';

export const EVENT_TYPES = ['forum', 'webinar', 'info-session', 'job-fair', 'exploratory-stay'] as const;
/** forum, webinaire, séance d'information, salon de l'emploi, séjour exploratoire. */
export const EventType = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventType>;

export const EVENT_FORMATS = ['in-person', 'online', 'hybrid'] as const;
export const EventFormat = z.enum(EVENT_FORMATS);
export type EventFormat = z.infer<typeof EventFormat>;

export const EventStatus = z.enum(['scheduled', 'cancelled']);
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
export const EventList = page(Event);
export type EventList = z.infer<typeof EventList>;
