/** Québec's time zone; every event of the program is in it. */
export const TORONTO = 'America/Toronto';

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: TORONTO,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Wall-clock date and time in America/Toronto of an instant. */
export function torontoParts(instant: Date): ZonedParts {
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** Offset of America/Toronto from UTC at an instant, in milliseconds (−4 h or −5 h). */
function offsetAt(instant: Date): number {
  const p = torontoParts(instant);
  const wallClockAsUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wallClockAsUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** Midnight in America/Toronto of a `YYYY-MM-DD` date (DST changes happen at 2 a.m., never at midnight). */
export function torontoMidnight(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(year, month - 1, day);
  const guess = new Date(utcMidnight - offsetAt(new Date(utcMidnight)));
  return new Date(utcMidnight - offsetAt(guess));
}

/** The day after a `YYYY-MM-DD` date, as `YYYY-MM-DD`. */
export function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An instant from a validated `from`/`to` query value. A date alone means a
 * whole day in Québec: `from=2026-12-03` starts at its midnight and
 * `to=2026-12-03` includes events starting that day.
 */
export function boundFromQuery(value: string, edge: 'from' | 'to'): Date {
  if (!DATE_ONLY.test(value)) return new Date(value);
  return torontoMidnight(edge === 'from' ? value : nextDay(value));
}
