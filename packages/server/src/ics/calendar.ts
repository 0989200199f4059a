import type { Language } from '@emplois-en-regions/schemas';
import type { EventRecord } from '../store/types.js';
import { TORONTO } from '../time/toronto.js';
import { wallClock } from '../time/zone.js';
import { EVENT_TYPE_LABELS, ICS_LABELS } from './labels.js';
import { escapeText, localStamp, serializeLines, utcStamp } from './text.js';
import { TORONTO_VTIMEZONE } from './timezone.js';

export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8';

export interface CalendarOptions {
  lang: Language;
  /**
   * DTSTAMP: when the events were last revised in the store. A fixed value
   * (not "now") keeps the file byte-identical between requests, so its ETag holds.
   */
  revisedAt: Date;
  /** A feed gets a calendar name and a refresh interval; a single event does not. */
  feed?: boolean;
}

/** Stable across servers, so re-importing an event updates it instead of duplicating it. */
export function eventUid(id: string): string {
  return `${id}@emplois-en-regions.example`;
}

const isWebUrl = (value: string | null): value is string => value !== null && /^https?:\/\/\S+$/i.test(value);

function locationText(event: EventRecord, lang: Language): string | undefined {
  if (event.location) {
    const { venue, address, municipalityName } = event.location;
    return [venue, address, municipalityName].filter((part): part is string => Boolean(part)).join(', ');
  }
  return event.format === 'online' ? ICS_LABELS[lang].onlineLocation : undefined;
}

function descriptionText(event: EventRecord, lang: Language): string {
  const labels = ICS_LABELS[lang];
  const paragraphs = [event.summary[lang]];
  if (isWebUrl(event.registrationUrl)) paragraphs.push(`${labels.registration} ${event.registrationUrl}`);
  if (isWebUrl(event.onlineUrl)) paragraphs.push(`${labels.online} ${event.onlineUrl}`);
  return paragraphs.join('\n\n');
}

function eventLines(event: EventRecord, options: CalendarOptions): string[] {
  const { lang } = options;
  const cancelled = event.status === 'cancelled';
  const title = cancelled ? `${ICS_LABELS[lang].cancelled} ${event.title[lang]}` : event.title[lang];
  const language = lang === 'fr' ? 'fr-CA' : 'en-CA';
  const lines = [
    'BEGIN:VEVENT',
    `UID:${eventUid(event.id)}`,
    `DTSTAMP:${utcStamp(options.revisedAt)}`,
    `DTSTART;TZID=${TORONTO}:${localStamp(wallClock(new Date(event.start), TORONTO))}`,
    `DTEND;TZID=${TORONTO}:${localStamp(wallClock(new Date(event.end), TORONTO))}`,
    `SUMMARY;LANGUAGE=${language}:${escapeText(title)}`,
    `DESCRIPTION;LANGUAGE=${language}:${escapeText(descriptionText(event, lang))}`,
    `CATEGORIES:${escapeText(EVENT_TYPE_LABELS[event.type][lang])}`,
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    // Clients update a known UID only when SEQUENCE grows; a cancellation is a revision.
    `SEQUENCE:${cancelled ? 1 : 0}`,
  ];
  const location = locationText(event, lang);
  if (location) lines.push(`LOCATION:${escapeText(location)}`);
  const url = isWebUrl(event.registrationUrl) ? event.registrationUrl : event.onlineUrl;
  if (isWebUrl(url)) lines.push(`URL:${url}`);
  lines.push('END:VEVENT');
  return lines;
}

/** An iCalendar (RFC 5545) stream of events, in America/Toronto time, CRLF lines folded at 75 octets. */
export function renderCalendar(events: readonly EventRecord[], options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Emplois en régions//API v1//${options.lang.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (options.feed) {
    lines.push(
      `X-WR-CALNAME:${escapeText(ICS_LABELS[options.lang].calendarName)}`,
      `X-WR-TIMEZONE:${TORONTO}`,
      'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
      'X-PUBLISHED-TTL:PT1H',
    );
  }
  lines.push(...TORONTO_VTIMEZONE);
  for (const event of events) lines.push(...eventLines(event, options));
  lines.push('END:VCALENDAR');
  return serializeLines(lines);
}
