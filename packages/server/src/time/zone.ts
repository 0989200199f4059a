/**
 * Wall-clock arithmetic in an IANA time zone with nothing but Intl, so EST/EDT
 * offsets always come from the platform's time-zone database, never from a table.
 */

/** A calendar date. */
export interface LocalDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/** A calendar date and the time its clocks show. */
export interface WallClock extends LocalDate {
  hour: number;
  minute: number;
  second: number;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Milliseconds since the epoch of a wall clock read as UTC (`Date.UTC` would move years 0–99 to 19xx). */
function utcMillis(clock: LocalDate & Partial<WallClock>): number {
  const date = new Date(0);
  date.setUTCFullYear(clock.year, clock.month - 1, clock.day);
  date.setUTCHours(clock.hour ?? 0, clock.minute ?? 0, clock.second ?? 0, 0);
  return date.getTime();
}

/** The wall-clock date and time of an instant in a time zone. */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? 0,
    month: fields.month ?? 0,
    day: fields.day ?? 0,
    hour: fields.hour ?? 0,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0,
  };
}

/** Milliseconds to add to UTC to get local time at that instant (−5 h for EST, −4 h for EDT). */
function utcOffsetMillis(instant: Date, timeZone: string): number {
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return utcMillis(wallClock(instant, timeZone)) - wholeSeconds;
}

/** Minutes to add to UTC to get local time at that instant (−300 for EST, −240 for EDT). */
export function utcOffsetMinutes(instant: Date, timeZone: string): number {
  return Math.round(utcOffsetMillis(instant, timeZone) / 60_000);
}

/** The calendar date of an instant in a time zone. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const { year, month, day } = wallClock(instant, timeZone);
  return { year, month, day };
}

/** The instant at which a time zone's clocks show this date and time. */
export function instantAt(date: LocalDate, hour: number, minute: number, timeZone: string): Date {
  const wall = utcMillis({ ...date, hour, minute });
  // Guess with the offset at the wall time read as UTC, then correct once with the
  // offset at the guess: exact except inside a DST gap, where no such local time exists.
  const guess = new Date(wall - utcOffsetMillis(new Date(wall), timeZone));
  return new Date(wall - utcOffsetMillis(guess, timeZone));
}

function pad(value: number, width = 2): string {
  return String(Math.abs(value)).padStart(width, '0');
}

/** ISO 8601 with the zone's offset at that instant, e.g. `2026-12-03T18:30:00-05:00`. */
export function formatWithOffset(instant: Date, timeZone: string): string {
  const local = wallClock(instant, timeZone);
  const offset = utcOffsetMinutes(instant, timeZone);
  const sign = offset < 0 ? '-' : '+';
  return (
    `${formatLocalDate(local)}T${pad(local.hour)}:${pad(local.minute)}:${pad(local.second)}` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

/** The date `days` calendar days after `date` (negative goes back). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(utcMillis({ ...date, day: date.day + days }));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** The date `count` business days after `date`, skipping Saturdays and Sundays (not public holidays). */
export function addBusinessDays(date: LocalDate, count: number): LocalDate {
  let current = date;
  let remaining = count;
  while (remaining > 0) {
    current = addDays(current, 1);
    const weekday = new Date(utcMillis(current)).getUTCDay();
    if (weekday !== 0 && weekday !== 6) remaining -= 1;
  }
  return current;
}

/** `YYYY-MM-DD`. */
export function formatLocalDate(date: LocalDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** A `YYYY-MM-DD` string (already validated) as a LocalDate. */
export function parseLocalDate(value: string): LocalDate {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}
