import { eventSeeds } from '../data/events.js';
import type { EventSchedule, RelativeLocalTime } from '../data/events.js';
import type { Sql } from './sql.js';
import { deleteRowsNotIn, replaceRegionLinks, upsertRows } from './seed-rows.js';
import { addDays, formatWithOffset, instantAt, localDateOf } from '../time/zone.js';
import type { LocalDate } from '../time/zone.js';
import { TORONTO } from '../time/toronto.js';

interface ResolvedSchedule {
  start: Date;
  end: Date;
}

function atLocalTime(today: LocalDate, moment: RelativeLocalTime): Date {
  const match = /^(\d{2}):(\d{2})$/.exec(moment.time);
  if (!match) throw new Error(`event time must be HH:MM, got ${moment.time}`);
  return instantAt(addDays(today, moment.day), Number(match[1]), Number(match[2]), TORONTO);
}

/** Fixed schedules as given; relative ones on the calendar of `now` in Québec. */
export function resolveSchedule(schedule: EventSchedule, now: Date): ResolvedSchedule {
  if (schedule.kind === 'fixed') return { start: new Date(schedule.start), end: new Date(schedule.end) };
  const today = localDateOf(now, TORONTO);
  return { start: atLocalTime(today, schedule.start), end: atLocalTime(today, schedule.end) };
}

/**
 * Deletes seeded events the seed no longer has (the operator's events stay), then
 * upserts every seeded event by its stable id, with sample dates recomputed from `now`.
 */
export async function syncEvents(db: Sql, now: Date): Promise<void> {
  await deleteRowsNotIn(
    db,
    'events',
    'id',
    eventSeeds.map((event) => event.id),
    { seededOnly: true },
  );
  await upsertRows(
    db,
    'events',
    'id',
    eventSeeds.map((event) => {
      const { start, end } = resolveSchedule(event.schedule, now);
      return {
        id: event.id,
        type: event.type,
        format: event.format,
        status: event.status,
        title_fr: event.title.fr,
        title_en: event.title.en,
        summary_fr: event.summary.fr,
        summary_en: event.summary.en,
        start_at: formatWithOffset(start, TORONTO),
        end_at: formatWithOffset(end, TORONTO),
        start_ms: start.getTime(),
        end_ms: end.getTime(),
        time_zone: TORONTO,
        venue: event.venue?.name ?? null,
        address: event.venue?.address ?? null,
        municipality_code: event.venue?.municipalityCode ?? null,
        online_url: event.onlineUrl,
        registration_url: event.registrationUrl,
        organization_id: event.organizationId,
        languages: JSON.stringify(event.languages),
        sample: event.sample ? 1 : 0,
      };
    }),
  );
  await replaceRegionLinks(
    db,
    { table: 'event_regions', ownerColumn: 'event_id', ordered: true },
    eventSeeds,
  );
  // Rewritten (new dates, a demo PATCH undone): a new version, so no ETag handed out before still matches.
  await db.run("UPDATE events SET version = version + 1 WHERE managed_by = 'seed'");
}
