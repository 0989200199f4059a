import { EVENT_TIME_ZONE, eventSeeds } from '../data/events.js';
import type { EventSchedule, RelativeLocalTime } from '../data/events.js';
import type { Db } from './database.js';
import { addDays, formatWithOffset, instantAt, localDateOf } from './time-zone.js';
import type { LocalDate } from './time-zone.js';

interface ResolvedSchedule {
  start: Date;
  end: Date;
}

function atLocalTime(today: LocalDate, moment: RelativeLocalTime): Date {
  const match = /^(\d{2}):(\d{2})$/.exec(moment.time);
  if (!match) throw new Error(`event time must be HH:MM, got ${moment.time}`);
  return instantAt(addDays(today, moment.day), Number(match[1]), Number(match[2]), EVENT_TIME_ZONE);
}

/** Fixed schedules as given; relative ones on the calendar of `now` in Québec. */
export function resolveSchedule(schedule: EventSchedule, now: Date): ResolvedSchedule {
  if (schedule.kind === 'fixed') return { start: new Date(schedule.start), end: new Date(schedule.end) };
  const today = localDateOf(now, EVENT_TIME_ZONE);
  return { start: atLocalTime(today, schedule.start), end: atLocalTime(today, schedule.end) };
}

/**
 * Deletes events the seed no longer has (events only come from the seed), then
 * upserts every seeded event by its stable id, with sample dates recomputed from `now`.
 */
export function syncEvents(db: Db, now: Date): void {
  db.prepare('DELETE FROM events WHERE id NOT IN (SELECT value FROM json_each(?))').run(
    JSON.stringify(eventSeeds.map((event) => event.id)),
  );
  const upsertEvent = db.prepare(`
    INSERT INTO events (id, type, format, status, title_fr, title_en, summary_fr, summary_en, start_at, end_at,
      start_ms, end_ms, time_zone, venue, address, municipality_code, online_url, registration_url,
      organization_id, languages, sample)
    VALUES (@id, @type, @format, @status, @titleFr, @titleEn, @summaryFr, @summaryEn, @startAt, @endAt,
      @startMs, @endMs, @timeZone, @venue, @address, @municipalityCode, @onlineUrl, @registrationUrl,
      @organizationId, @languages, @sample)
    ON CONFLICT (id) DO UPDATE SET
      type = excluded.type, format = excluded.format, status = excluded.status,
      title_fr = excluded.title_fr, title_en = excluded.title_en,
      summary_fr = excluded.summary_fr, summary_en = excluded.summary_en,
      start_at = excluded.start_at, end_at = excluded.end_at, start_ms = excluded.start_ms, end_ms = excluded.end_ms,
      time_zone = excluded.time_zone, venue = excluded.venue, address = excluded.address,
      municipality_code = excluded.municipality_code, online_url = excluded.online_url,
      registration_url = excluded.registration_url, organization_id = excluded.organization_id,
      languages = excluded.languages, sample = excluded.sample
  `);
  const clearRegions = db.prepare('DELETE FROM event_regions WHERE event_id = ?');
  const insertRegion = db.prepare(
    'INSERT INTO event_regions (event_id, region_code, position) VALUES (?, ?, ?)',
  );

  for (const event of eventSeeds) {
    const { start, end } = resolveSchedule(event.schedule, now);
    upsertEvent.run({
      id: event.id,
      type: event.type,
      format: event.format,
      status: event.status,
      titleFr: event.title.fr,
      titleEn: event.title.en,
      summaryFr: event.summary.fr,
      summaryEn: event.summary.en,
      startAt: formatWithOffset(start, EVENT_TIME_ZONE),
      endAt: formatWithOffset(end, EVENT_TIME_ZONE),
      startMs: start.getTime(),
      endMs: end.getTime(),
      timeZone: EVENT_TIME_ZONE,
      venue: event.venue?.name ?? null,
      address: event.venue?.address ?? null,
      municipalityCode: event.venue?.municipalityCode ?? null,
      onlineUrl: event.onlineUrl,
      registrationUrl: event.registrationUrl,
      organizationId: event.organizationId,
      languages: JSON.stringify(event.languages),
      sample: event.sample ? 1 : 0,
    });
    clearRegions.run(event.id);
    event.regionCodes.forEach((regionCode, index) => insertRegion.run(event.id, regionCode, index));
  }
}
