import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localStamp } from '../src/ics/text.js';
import { TORONTO, boundFromQuery } from '../src/time/toronto.js';
import {
  addBusinessDays,
  addDays,
  formatLocalDate,
  formatWithOffset,
  instantAt,
  localDateOf,
  utcOffsetMinutes,
  wallClock,
} from '../src/time/zone.js';

describe('time in America/Toronto', () => {
  it('takes EST and EDT offsets from the platform, switching at 2 a.m.', () => {
    assert.equal(utcOffsetMinutes(new Date('2026-01-15T12:00:00Z'), TORONTO), -300);
    assert.equal(utcOffsetMinutes(new Date('2026-07-15T12:00:00Z'), TORONTO), -240);
    // 8 March 2026, 2:00 EST is 07:00 UTC: one second before, still EST.
    assert.equal(utcOffsetMinutes(new Date('2026-03-08T06:59:59Z'), TORONTO), -300);
    assert.equal(utcOffsetMinutes(new Date('2026-03-08T07:00:00Z'), TORONTO), -240);
  });

  it('finds the instant of a wall-clock time on either side of a DST change', () => {
    const date = { year: 2026, month: 3, day: 8 };
    assert.equal(instantAt(date, 1, 30, TORONTO).toISOString(), '2026-03-08T06:30:00.000Z');
    assert.equal(instantAt(date, 18, 30, TORONTO).toISOString(), '2026-03-08T22:30:00.000Z');
    assert.equal(formatWithOffset(new Date('2026-12-03T23:30:00Z'), TORONTO), '2026-12-03T18:30:00-05:00');
  });

  it('reads a date-only query bound as whole days in Québec', () => {
    assert.equal(boundFromQuery('2026-12-03', 'from').toISOString(), '2026-12-03T05:00:00.000Z');
    assert.equal(boundFromQuery('2026-12-03', 'to').toISOString(), '2026-12-04T05:00:00.000Z');
    assert.equal(boundFromQuery('2026-07-01', 'from').toISOString(), '2026-07-01T04:00:00.000Z');
    // 1 November 2026, when clocks fall back, lasts 25 hours: from 4:00 UTC to 5:00 UTC the next day.
    assert.equal(boundFromQuery('2026-10-31', 'to').toISOString(), '2026-11-01T04:00:00.000Z');
    assert.equal(boundFromQuery('2026-11-01', 'to').toISOString(), '2026-11-02T05:00:00.000Z');
    assert.equal(
      boundFromQuery('2026-12-03T14:30:00-05:00', 'from').toISOString(),
      '2026-12-03T19:30:00.000Z',
    );
  });

  it('keeps years below 100 as they are written', () => {
    assert.equal(boundFromQuery('0050-01-01', 'from').getUTCFullYear(), 50);
    assert.equal(formatLocalDate(addDays({ year: 50, month: 12, day: 31 }, 1)), '0051-01-01');
  });

  it('counts calendar and business days', () => {
    const friday = { year: 2026, month: 2, day: 20 };
    assert.equal(formatLocalDate(addDays(friday, 10)), '2026-03-02');
    assert.equal(formatLocalDate(addDays(friday, -20)), '2026-01-31');
    assert.equal(formatLocalDate(addBusinessDays(friday, 2)), '2026-02-24');
    assert.deepEqual(localDateOf(new Date('2027-01-01T03:00:00Z'), TORONTO), {
      year: 2026,
      month: 12,
      day: 31,
    });
  });

  it('writes iCalendar local stamps from wall clocks', () => {
    assert.equal(localStamp(wallClock(new Date('2026-03-08T07:05:09Z'), TORONTO)), '20260308T030509');
  });
});
