import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Event, EventList } from '@emplois-en-regions/schemas';
import { startTestServer, type TestServer } from '@emplois-en-regions/server/testing';
import { allPages, assertProblem, assertSchema, request, useTestServer } from './helpers.js';

/** A fixed "now" so the sample events sit at known places around it. */
const NOW = new Date('2026-03-02T15:00:00Z');
const server = useTestServer({ now: NOW });

const CANCELLED_ID = 'evt_webinaire-chaudiere-appalaches';

describe('GET /v1/events', () => {
  test('lists upcoming events by start time, each with an absolute icsUrl', async () => {
    const res = await request(`${server().url}/v1/events?limit=100`);
    assert.equal(res.status, 200);
    assertSchema(EventList, res.body);
    const events: Event[] = res.body.data;
    assert.ok(events.length > 5);
    for (const event of events) {
      assert.ok(new Date(event.end) >= NOW, `${event.id} has not ended`);
      assert.equal(event.icsUrl, `${server().url}/v1/events/${event.id}.ics`);
    }
    const starts = events.map((event) => new Date(event.start).getTime());
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
  });

  test('from= in the past includes past events', async () => {
    const upcoming = await allPages<Event>(`${server().url}/v1/events?limit=100`);
    const withPast = await allPages<Event>(`${server().url}/v1/events?from=2020-01-01&limit=100`);
    assert.ok(withPast.length > upcoming.length);
  });

  test('filters by region, type and to=', async () => {
    const byRegion = await request(`${server().url}/v1/events?region=04&limit=100`);
    assert.ok(byRegion.body.data.length > 0);
    assert.ok(byRegion.body.data.every((e: Event) => e.regionCodes.includes('04')));
    const byType = await request(`${server().url}/v1/events?type=webinar&limit=100`);
    assert.ok(byType.body.data.length > 0);
    assert.ok(byType.body.data.every((e: Event) => e.type === 'webinar'));
    const all = await allPages<Event>(`${server().url}/v1/events?limit=100`);
    const last = all.at(-1)!;
    const bounded = await allPages<Event>(
      `${server().url}/v1/events?to=${encodeURIComponent(last.start)}&limit=100`,
    );
    assert.ok(bounded.length < all.length);
    assert.ok(bounded.every((e) => new Date(e.start) < new Date(last.start)));
  });

  test('paginates with cursors, without repeating or skipping events', async () => {
    const all = await request(`${server().url}/v1/events?limit=100`);
    const paged = await allPages<Event>(`${server().url}/v1/events?limit=2`);
    assert.deepEqual(
      paged.map((e) => e.id),
      all.body.data.map((e: Event) => e.id),
    );
  });

  test('bad filters are 400 naming the parameter', async () => {
    assertProblem(await request(`${server().url}/v1/events?type=concert`), 400, 'invalid_query', 'type');
    assertProblem(await request(`${server().url}/v1/events?from=2026-02-30`), 400, 'invalid_query', 'from');
    assertProblem(await request(`${server().url}/v1/events?to=tomorrow`), 400, 'invalid_query', 'to');
    assertProblem(await request(`${server().url}/v1/events?limit=0`), 400, 'invalid_query', 'limit');
  });
});

describe('GET /v1/events/{id}', () => {
  test('returns one event', async () => {
    const list = await request(`${server().url}/v1/events?limit=1`);
    const id = list.body.data[0].id;
    const res = await request(`${server().url}/v1/events/${id}`);
    assert.equal(res.status, 200);
    assertSchema(Event, res.body);
    assert.equal(res.body.id, id);
    assert.equal(res.body.icsUrl, `${server().url}/v1/events/${id}.ics`);
  });

  test('an unknown but well-formed id is 404 not_found', async () => {
    assertProblem(await request(`${server().url}/v1/events/evt_nope`), 404, 'not_found');
    assertProblem(await request(`${server().url}/v1/events/evt_nope.ics`), 404, 'not_found');
  });

  test('a malformed id is 400 naming id', async () => {
    assertProblem(await request(`${server().url}/v1/events/NOPE`), 400, 'invalid_query', 'id');
    assertProblem(
      await request(`${server().url}/v1/events/${encodeURIComponent('<script>')}`),
      400,
      'invalid_query',
      'id',
    );
  });
});

/** Unfolds RFC 5545 lines (CRLF + space continues the previous line). */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}

function assertValidCalendar(ics: string): void {
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n'));
  assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
  assert.equal(ics.replace(/\r\n/g, '').includes('\n'), false, 'every line ends with CRLF');
  assert.equal(ics.replace(/\r\n/g, '').includes('\r'), false, 'no lone CR');
  for (const line of ics.split('\r\n')) {
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `line over 75 octets: ${line}`);
  }
  const lines = unfold(ics);
  assert.ok(lines.includes('VERSION:2.0'));
  assert.ok(lines.some((line) => line.startsWith('PRODID:')));
  assert.ok(lines.includes('BEGIN:VTIMEZONE'));
  assert.ok(lines.includes('TZID:America/Toronto'));
  assert.equal(
    lines.filter((line) => line === 'BEGIN:VEVENT').length,
    lines.filter((line) => line === 'END:VEVENT').length,
  );
  for (const line of lines.filter((l) => l.startsWith('DTSTART;') || l.startsWith('DTEND;'))) {
    assert.match(line, /^DT(START|END);TZID=America\/Toronto:\d{8}T\d{6}$/);
  }
  for (const line of lines.filter((l) => /^(SUMMARY|DESCRIPTION|LOCATION)[;:]/.test(l))) {
    const value = line.slice(line.indexOf(':') + 1);
    assert.doesNotMatch(value.replace(/\\\\/g, ''), /(?<!\\)[,;]/, `unescaped , or ; in ${line}`);
  }
}

describe('iCalendar', () => {
  test('one event: a valid calendar with its UID, DTSTAMP, times in America/Toronto and its URL', async () => {
    const list = await request(`${server().url}/v1/events?limit=100`);
    const event: Event = list.body.data.find((e: Event) => e.registrationUrl);
    const res = await fetch(event.icsUrl);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /^text\/calendar/);
    assert.ok(res.headers.get('etag'));
    const ics = await res.text();
    assertValidCalendar(ics);
    const lines = unfold(ics);
    assert.ok(lines.includes(`UID:${event.id}@emplois-en-regions.example`));
    assert.ok(lines.some((line) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(line)));
    assert.ok(lines.includes(`URL:${event.registrationUrl}`));
    // start "2026-…T…-04:00/-05:00" → the same wall-clock time with TZID.
    const wallClock = event.start.slice(0, 19).replace(/[-:]/g, '');
    assert.ok(lines.includes(`DTSTART;TZID=America/Toronto:${wallClock}`), `${wallClock} in ${ics}`);
    assert.ok(
      lines.some((line) => line === `SUMMARY;LANGUAGE=fr-CA:${event.title.fr.replace(/([,;])/g, '\\$1')}`),
    );
  });

  test('the file is byte-identical between requests (stable ETag)', async () => {
    const list = await request(`${server().url}/v1/events?limit=1`);
    const a = await fetch(list.body.data[0].icsUrl);
    const b = await fetch(list.body.data[0].icsUrl);
    assert.equal(await a.text(), await b.text());
    assert.equal(a.headers.get('etag'), b.headers.get('etag'));
  });

  test('English with ?lang=en or with Accept-Language preferring English', async () => {
    const list = await request(`${server().url}/v1/events?limit=1`);
    const event: Event = list.body.data[0];
    const byParam = unfold(await (await fetch(`${event.icsUrl}?lang=en`)).text());
    assert.ok(byParam.some((line) => line.startsWith('SUMMARY;LANGUAGE=en-CA:')));
    const byHeader = unfold(
      await (await fetch(event.icsUrl, { headers: { 'Accept-Language': 'en-CA,en;q=0.9,fr;q=0.5' } })).text(),
    );
    assert.ok(byHeader.some((line) => line.startsWith('SUMMARY;LANGUAGE=en-CA:')));
    const french = unfold(
      await (await fetch(event.icsUrl, { headers: { 'Accept-Language': 'fr-CA,en;q=0.8' } })).text(),
    );
    assert.ok(french.some((line) => line.startsWith('SUMMARY;LANGUAGE=fr-CA:')));
  });

  test('a cancelled event says STATUS:CANCELLED', async () => {
    const res = await fetch(`${server().url}/v1/events/${CANCELLED_ID}.ics`);
    assert.equal(res.status, 200);
    const lines = unfold(await res.text());
    assert.ok(lines.includes('STATUS:CANCELLED'));
  });

  test('the feed holds every matching event, with a calendar name and valid lines', async () => {
    const all = await allPages<Event>(`${server().url}/v1/events?limit=100`);
    const res = await fetch(`${server().url}/v1/events.ics`);
    assert.equal(res.status, 200);
    const ics = await res.text();
    assertValidCalendar(ics);
    const lines = unfold(ics);
    assert.equal(lines.filter((line) => line === 'BEGIN:VEVENT').length, all.length);
    assert.ok(lines.some((line) => line.startsWith('X-WR-CALNAME:')));
    assert.ok(lines.some((line) => line.startsWith('LOCATION:')));
    assert.ok(ics.includes('\\,'), 'commas in texts are escaped');
    assert.ok(
      ics.split('\r\n').some((line) => line.startsWith(' ')),
      'long lines are folded',
    );
  });

  test('the feed filters by region and type', async () => {
    const lines = unfold(
      await (await fetch(`${server().url}/v1/events.ics?region=04&type=info-session`)).text(),
    );
    const expected = await allPages<Event>(`${server().url}/v1/events?region=04&type=info-session&limit=100`);
    assert.equal(lines.filter((line) => line === 'BEGIN:VEVENT').length, expected.length);
  });

  test('bad feed parameters are 400 naming them (lang, limit is not a feed parameter)', async () => {
    assertProblem(await request(`${server().url}/v1/events.ics?lang=de`), 400, 'invalid_query', 'lang');
    assertProblem(await request(`${server().url}/v1/events.ics?limit=5`), 400, 'invalid_query', 'limit');
    assertProblem(await request(`${server().url}/v1/events.ics?region=06x`), 400, 'invalid_query', 'region');
  });
});

describe('PUBLIC_BASE_URL', () => {
  let proxied: TestServer;
  before(async () => {
    proxied = await startTestServer({ now: NOW, publicBaseUrl: 'https://api.emplois-en-regions.example/' });
  });
  after(() => proxied.close());

  test('icsUrl and links use the public base URL', async () => {
    const res = await request(`${proxied.url}/v1/events?limit=1`);
    assert.match(
      res.body.data[0].icsUrl,
      /^https:\/\/api\.emplois-en-regions\.example\/v1\/events\/evt_[^/]+\.ics$/,
    );
    const index = await request(`${proxied.url}/v1`);
    assert.equal(index.body.links.events, 'https://api.emplois-en-regions.example/v1/events');
  });
});
