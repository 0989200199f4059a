import { eventSeeds } from '../data/events.js';
import type { EventSchedule, RelativeLocalTime } from '../data/events.js';
import type { Sql } from './sql.js';
import { eventRow } from './events.js';
import { EVENT_REGIONS, deleteRowsNotIn, replaceRegionLinks, upsertRows } from './seed-rows.js';
import { addDays, instantAt, localDateOf } from '../time/zone.js';
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
    eventSeeds.map((event) => ({
      ...eventRow({
        ...event,
        ...resolveSchedule(event.schedule, now),
        location: event.venue && {
          venue: event.venue.name,
          address: event.venue.address,
          municipalityCode: event.venue.municipalityCode,
        },
      }),
      sample: event.sample ? 1 : 0,
    })),
  );
  await replaceRegionLinks(db, EVENT_REGIONS, eventSeeds);
  // Rewritten (new dates, a demo PATCH undone): a new version, so no ETag handed out before still matches.
  await db.run("UPDATE events SET version = version + 1 WHERE managed_by = 'seed'");
}
