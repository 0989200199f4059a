import { addDays, instantAt, parseLocalDate } from './zone.js';

/** Québec's time zone: the program's events, reference years and answer dates all follow it. */
export const TORONTO = 'America/Toronto';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An instant from a validated `from`/`to` query value. A date alone means a
 * whole day in Québec: `from=2026-12-03` starts at its midnight and
 * `to=2026-12-03` includes events starting that day (until the next midnight;
 * DST changes happen at 2 a.m., never at midnight).
 */
export function boundFromQuery(value: string, edge: 'from' | 'to'): Date {
  if (!DATE_ONLY.test(value)) return new Date(value);
  const date = parseLocalDate(value);
  return instantAt(edge === 'from' ? date : addDays(date, 1), 0, 0, TORONTO);
}
