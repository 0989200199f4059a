// The secret-key write API over real HTTP: POST/PATCH/DELETE /v1/events and
// PATCH /v1/contact-requests/{id}, scoped to the key's organization, with
// If-Match versions, idempotent creation and malformed input refused by name.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { Event } from '@emplois-en-regions/schemas';
import { startTestServer } from '@emplois-en-regions/server/testing';
import { EXAMPLE_EVENT } from '../src/openapi/routes.js';
import {
  assertProblem,
  assertSchema,
  invalidBody,
  malformedJson,
  newIdempotencyKey,
  postContact,
  request,
  useTestServer,
  type JsonResponse,
  type MalformedCase,
} from './helpers.js';

const server = useTestServer({ rateLimit: false });

const PROMIS = 'sk_test_promis';
const CARREFOUR = 'sk_test_carrefour-bsl';
/** A sample event of Carrefour d'accueil du Bas-Saint-Laurent (src/data/events.ts). */
const CARREFOUR_EVENT = 'evt_seance-info-rimouski';

type Json = Record<string, unknown>;

/** A valid new event (the documented example), with changes. */
function eventBody(overrides: Json = {}): Json {
  return { ...structuredClone(EXAMPLE_EVENT), ...overrides } as Json;
}

function send(
  method: string,
  path: string,
  options: { key?: string | null; body?: unknown; headers?: Record<string, string> } = {},
): Promise<JsonResponse> {
  const key = options.key === undefined ? PROMIS : options.key;
  const headers: Record<string, string> = { ...(key ? { Authorization: `Bearer ${key}` } : {}) };
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  }
  return request(`${server().url}${path}`, { method, headers: { ...headers, ...options.headers }, body });
}

function postEvent(body: unknown, options: { key?: string | null; headers?: Record<string, string> } = {}) {
  return send('POST', '/v1/events', {
    ...options,
    body,
    headers: { 'Idempotency-Key': newIdempotencyKey(), ...options.headers },
  });
}

async function createEvent(overrides: Json = {}, key = PROMIS): Promise<{ id: string; etag: string }> {
  const res = await postEvent(eventBody(overrides), { key });
  assert.equal(res.status, 201, res.text);
  return { id: res.body.id, etag: res.headers.get('etag')! };
}

/** Everything a write could change: every event with its version, and every request of the demo's organizations. */
async function snapshot(): Promise<string> {
  const { store } = server();
  const events = (await store.eventsOf({})).map(({ event, version }) => ({ event, version }));
  const requests = ['org_promis', 'org_carrefour-bsl', 'org_passerelle-mauricie'].map(
    async (organization) => (await store.listContactRequests(organization, { limit: 100 })).data,
  );
  return JSON.stringify({ events, requests, count: await store.countContactRequests() });
}

async function newContactRequest(regionCode = '01'): Promise<{ id: string; secretKey: string }> {
  const receipt = await postContact(server().url, {
    name: 'Amélie Côté',
    email: 'amelie@example.com',
    regionCodes: [regionCode],
    message: 'Bonjour, je souhaite m’installer dans la région avec ma famille.',
    preferredLanguage: 'fr',
    consent: true,
  });
  assert.equal(receipt.status, 201, receipt.text);
  const slug = (receipt.body.organization.id as string).replace(/^org_/, '');
  const { data } = await server().store.listContactRequests(receipt.body.organization.id, { limit: 100 });
  const stored = data.find((item) => item.reference === receipt.body.reference);
  assert.ok(stored);
  return { id: stored.id, secretKey: `sk_test_${slug}` };
}

describe('POST /v1/events', () => {
  test('creates an event of the key’s organization, listed at once, with its ETag and Location', async () => {
    const res = await postEvent(eventBody());
    assert.equal(res.status, 201, res.text);
    assertSchema(Event, res.body);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.equal(res.body.organizationId, 'org_promis');
    assert.equal(res.body.status, 'scheduled');
    assert.equal(res.body.location.municipalityName, 'Trois-Rivières');
    assert.equal(res.body.start, EXAMPLE_EVENT.start);
    assert.match(res.body.id, /^evt_/);
    assert.equal(res.headers.get('etag'), `"${res.body.id}.v1"`);
    assert.equal(res.headers.get('location'), `/v1/events/${res.body.id}`);
    assert.equal(res.headers.get('idempotent-replayed'), null);

    const one = await request(`${server().url}/v1/events/${res.body.id}`);
    assert.equal(one.status, 200);
    assert.deepEqual(one.body, res.body);
    assert.equal(one.headers.get('etag'), res.headers.get('etag'));
    const list = await request(`${server().url}/v1/events?region=04&from=2027-03-04&to=2027-03-04&limit=100`);
    assert.ok(list.body.data.some((event: Event) => event.id === res.body.id));
  });

  test('same Idempotency-Key and body: the same event, replayed; another body: 409 and nothing created', async () => {
    const key = newIdempotencyKey();
    const body = eventBody({ regionCodes: ['04', '17'] });
    const first = await postEvent(body, { headers: { 'Idempotency-Key': key } });
    assert.equal(first.status, 201);
    const before = await snapshot();
    // The same data in another key order is the same body.
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const again = await postEvent(reordered, { headers: { 'Idempotency-Key': key } });
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(again.body.id, first.body.id);
    assert.equal(again.headers.get('etag'), first.headers.get('etag'));
    const conflict = await postEvent(eventBody({ regionCodes: ['17'] }), {
      headers: { 'Idempotency-Key': key },
    });
    assertProblem(conflict, 409, 'idempotency_key_conflict', 'Idempotency-Key');
    assert.equal(await snapshot(), before);
  });

  test('a key is remembered per API key: another organization’s same key creates its own event', async () => {
    const key = newIdempotencyKey();
    const mine = await postEvent(eventBody(), { headers: { 'Idempotency-Key': key } });
    const theirs = await postEvent(eventBody(), { key: CARREFOUR, headers: { 'Idempotency-Key': key } });
    assert.equal(theirs.status, 201);
    assert.notEqual(theirs.body.id, mine.body.id);
    assert.equal(theirs.body.organizationId, 'org_carrefour-bsl');
  });

  test('concurrent retries on two servers sharing one database file create exactly one event', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'eer-write-'));
    const databasePath = join(folder, 'shared.sqlite');
    const first = await startTestServer({ databasePath, rateLimit: false });
    const second = await startTestServer({ databasePath, rateLimit: false });
    try {
      const before = (await first.store.eventsOf({ organizationId: 'org_promis' })).length;
      const key = newIdempotencyKey();
      const body = JSON.stringify(eventBody());
      const post = (url: string) =>
        request(`${url}/v1/events`, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${PROMIS}`,
            'Content-Type': 'application/json',
            'Idempotency-Key': key,
          },
          body,
        });
      const answers = await Promise.all([first.url, second.url, first.url, second.url].map(post));
      assert.deepEqual(
        answers.map((answer) => answer.status),
        [201, 201, 201, 201],
      );
      assert.equal(new Set(answers.map((answer) => answer.body.id)).size, 1);
      assert.equal(answers.filter((answer) => answer.headers.get('idempotent-replayed') === null).length, 1);
      assert.equal((await second.store.eventsOf({ organizationId: 'org_promis' })).length, before + 1);
    } finally {
      await second.close();
      await first.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('PATCH /v1/events/{id}', () => {
  test('with the ETag of GET: changes only the fields sent and answers the new ETag', async () => {
    const { id } = await createEvent();
    const read = await request(`${server().url}/v1/events/${id}`);
    const etag = read.headers.get('etag')!;
    assert.equal(etag, `"${id}.v1"`);
    const res = await send('PATCH', `/v1/events/${id}`, {
      body: { title: { fr: 'Séance reportée', en: 'Postponed session' }, end: '2027-03-04T16:00:00-05:00' },
      headers: { 'If-Match': etag },
    });
    assert.equal(res.status, 200, res.text);
    assertSchema(Event, res.body);
    assert.equal(res.headers.get('etag'), `"${id}.v2"`);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.equal(res.body.title.fr, 'Séance reportée');
    assert.equal(res.body.end, '2027-03-04T16:00:00-05:00');
    assert.equal(res.body.summary.fr, EXAMPLE_EVENT.summary.fr);
    assert.deepEqual(res.body.regionCodes, ['04']);

    const after = await request(`${server().url}/v1/events/${id}`, { headers: { 'If-None-Match': etag } });
    assert.equal(after.status, 200, 'the old ETag no longer answers 304');
    assert.equal(after.body.title.fr, 'Séance reportée');
    const unchanged = await request(`${server().url}/v1/events/${id}`, {
      headers: { 'If-None-Match': `"${id}.v2"` },
    });
    assert.equal(unchanged.status, 304);
  });

  test('a stale If-Match answers 412 and changes nothing; a missing one 428; * matches any version', async () => {
    const { id, etag } = await createEvent();
    const moved = await send('PATCH', `/v1/events/${id}`, {
      body: { regionCodes: ['04', '17'] },
      headers: { 'If-Match': etag },
    });
    assert.equal(moved.status, 200);
    const before = await snapshot();
    const stale = await send('PATCH', `/v1/events/${id}`, {
      body: { regionCodes: ['17'] },
      headers: { 'If-Match': etag },
    });
    assertProblem(stale, 412, 'precondition_failed', 'If-Match');
    assert.equal(stale.headers.get('cache-control'), 'no-store');
    const weakStale = await send('PATCH', `/v1/events/${id}`, {
      body: { regionCodes: ['17'] },
      headers: { 'If-Match': `W/"${id}.v1"` },
    });
    assertProblem(weakStale, 412, 'precondition_failed', 'If-Match');
    const missing = await send('PATCH', `/v1/events/${id}`, { body: { regionCodes: ['17'] } });
    assertProblem(missing, 428, 'precondition_required', 'If-Match');
    assert.equal(await snapshot(), before);

    const listed = await send('PATCH', `/v1/events/${id}`, {
      body: { regionCodes: ['17'] },
      headers: { 'If-Match': `"other", "${id}.v2"` },
    });
    assert.equal(listed.status, 200, 'one tag of a list matches');
    // The tag as a compressed answer marks it (weak) still names that version.
    const weak = await send('PATCH', `/v1/events/${id}`, {
      body: { regionCodes: ['17', '04'] },
      headers: { 'If-Match': `W/"${id}.v3"` },
    });
    assert.equal(weak.status, 200, weak.text);
    const any = await send('PATCH', `/v1/events/${id}`, {
      body: { regionCodes: ['04'] },
      headers: { 'If-Match': '*' },
    });
    assert.equal(any.status, 200);
    assert.equal(any.headers.get('etag'), `"${id}.v5"`);
  });

  test('a partner edits its own sample event', async () => {
    const read = await request(`${server().url}/v1/events/${CARREFOUR_EVENT}`);
    const res = await send('PATCH', `/v1/events/${CARREFOUR_EVENT}`, {
      key: CARREFOUR,
      body: { registrationUrl: 'https://carrefour-bsl.example/inscription' },
      headers: { 'If-Match': read.headers.get('etag')! },
    });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.registrationUrl, 'https://carrefour-bsl.example/inscription');
  });
});

describe('DELETE /v1/events/{id}', () => {
  test('cancels: 200 with the event, status cancelled, still listed; again: unchanged', async () => {
    const { id } = await createEvent();
    const res = await send('DELETE', `/v1/events/${id}`);
    assert.equal(res.status, 200, res.text);
    assertSchema(Event, res.body);
    assert.equal(res.body.status, 'cancelled');
    assert.equal(res.headers.get('etag'), `"${id}.v2"`);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const read = await request(`${server().url}/v1/events/${id}`);
    assert.equal(read.body.status, 'cancelled');
    const list = await request(`${server().url}/v1/events?region=04&from=2027-03-04&to=2027-03-04&limit=100`);
    assert.equal(list.body.data.find((event: Event) => event.id === id)?.status, 'cancelled');
    const again = await send('DELETE', `/v1/events/${id}`, { headers: { 'If-Match': `"${id}.v2"` } });
    assert.equal(again.status, 200);
    assert.equal(again.headers.get('etag'), `"${id}.v2"`);
  });

  test('with a stale If-Match: 412 and the event stays scheduled', async () => {
    const { id, etag } = await createEvent();
    await send('PATCH', `/v1/events/${id}`, { body: { languages: ['en'] }, headers: { 'If-Match': etag } });
    const res = await send('DELETE', `/v1/events/${id}`, { headers: { 'If-Match': etag } });
    assertProblem(res, 412, 'precondition_failed', 'If-Match');
    assert.equal((await server().store.storedEvent(id))?.event.status, 'scheduled');
  });
});

describe('PATCH /v1/contact-requests/{id} and GET /v1/contact-requests?status=', () => {
  test('the organization follows a request up; the list filters by status', async () => {
    const { id, secretKey } = await newContactRequest('01');
    const res = await send('PATCH', `/v1/contact-requests/${id}`, {
      key: secretKey,
      body: { status: 'in_progress' },
    });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.id, id);
    assert.equal(res.body.status, 'in_progress');
    assert.equal(res.body.name, 'Amélie Côté');
    assert.equal(res.headers.get('cache-control'), 'no-store');

    const list = (status: string, key = secretKey) =>
      send('GET', `/v1/contact-requests?status=${status}&limit=100`, { key });
    const inProgress = await list('in_progress');
    assert.equal(inProgress.status, 200);
    assert.ok(inProgress.body.data.some((item: { id: string }) => item.id === id));
    assert.ok(inProgress.body.data.every((item: { status: string }) => item.status === 'in_progress'));
    const fresh = await list('new');
    assert.ok(!fresh.body.data.some((item: { id: string }) => item.id === id));
    assert.ok(fresh.body.data.every((item: { status: string }) => item.status === 'new'));

    const closed = await send('PATCH', `/v1/contact-requests/${id}`, {
      key: secretKey,
      body: { status: 'closed' },
    });
    assert.equal(closed.body.status, 'closed');
    assert.ok((await list('closed')).body.data.some((item: { id: string }) => item.id === id));
    assertProblem(await list('done'), 400, 'invalid_query', 'status');
  });

  test('a cursor is bound to its status filter', async () => {
    const { secretKey } = await newContactRequest('01');
    await newContactRequest('01');
    const first = await send('GET', '/v1/contact-requests?status=new&limit=1', { key: secretKey });
    assert.equal(first.status, 200);
    const cursor = first.body.nextCursor as string;
    assert.ok(cursor);
    const next = await send('GET', `/v1/contact-requests?status=new&limit=1&cursor=${cursor}`, {
      key: secretKey,
    });
    assert.equal(next.status, 200);
    assert.notEqual(next.body.data[0].id, first.body.data[0].id);
    const other = await send('GET', `/v1/contact-requests?status=closed&limit=1&cursor=${cursor}`, {
      key: secretKey,
    });
    assertProblem(other, 400, 'invalid_query', 'cursor');
    const unfiltered = await send('GET', `/v1/contact-requests?limit=1&cursor=${cursor}`, { key: secretKey });
    assertProblem(unfiltered, 400, 'invalid_query', 'cursor');
  });
});

describe('who may write', () => {
  /** Every write route, on a target of org_promis (an event) or of its request's organization. */
  interface WriteCall {
    method: string;
    path: string;
    body?: unknown;
    headers: Record<string, string>;
  }

  async function writeCalls(): Promise<WriteCall[]> {
    const { id, etag } = await createEvent();
    const contact = await newContactRequest('04');
    return [
      {
        method: 'POST',
        path: '/v1/events',
        body: eventBody(),
        headers: { 'Idempotency-Key': newIdempotencyKey() },
      },
      {
        method: 'PATCH',
        path: `/v1/events/${id}`,
        body: { languages: ['en'] },
        headers: { 'If-Match': etag },
      },
      { method: 'DELETE', path: `/v1/events/${id}`, headers: {} },
      {
        method: 'PATCH',
        path: `/v1/contact-requests/${contact.id}`,
        body: { status: 'closed' },
        headers: {},
      },
    ];
  }

  test('another organization’s secret key gets 404, exactly as for an id that does not exist', async () => {
    const calls = await writeCalls();
    const before = await snapshot();
    // org_promis serves neither the event's nor the request's organization: use Carrefour's key.
    for (const call of calls.slice(1)) {
      const res = await send(call.method, call.path, {
        key: CARREFOUR,
        body: call.body,
        headers: call.headers,
      });
      assertProblem(res, 404, 'not_found');
      const missingPath = call.path.replace(/\/(evt|cr)_[^/]+$/, '/$1_doesnotexist');
      const missing = await send(call.method, missingPath, {
        key: CARREFOUR,
        body: call.body,
        headers: call.headers,
      });
      assertProblem(missing, 404, 'not_found');
      const { requestId: _a, instance: _b, ...shown } = res.body;
      const { requestId: _c, instance: _d, ...shownForMissing } = missing.body;
      assert.deepEqual(shown, shownForMissing, `${call.method} ${call.path}: nothing tells them apart`);
    }
    assert.equal(await snapshot(), before);
  });

  test('a publishable key gets 403 on every write route; no key 401; a secret key from a browser 403', async () => {
    const calls = await writeCalls();
    const before = await snapshot();
    for (const call of calls) {
      const publishable = await send(call.method, call.path, {
        key: 'pk_test_demo',
        body: call.body,
        headers: call.headers,
      });
      assertProblem(publishable, 403, 'forbidden');
      assert.match(publishable.body.detail, /clé secrète/);
      const keyless = await send(call.method, call.path, {
        key: null,
        body: call.body,
        headers: call.headers,
      });
      assertProblem(keyless, 401, 'unauthorized');
      const browser = await send(call.method, call.path, {
        body: call.body,
        headers: { ...call.headers, Origin: 'http://localhost:5173' },
      });
      assertProblem(browser, 403, 'forbidden');
    }
    assert.equal(await snapshot(), before);
  });
});

describe('malformed writes: 4xx problem+json naming the field, never 5xx, nothing stored', () => {
  const long = (n: number) => 'x'.repeat(n);
  const EVENT_CASES: (MalformedCase & { contentType?: string })[] = [
    malformedJson('not JSON', '{"title":'),
    malformedJson('empty body', ''),
    malformedJson('whitespace body', '  \n '),
    {
      name: 'wrong content type',
      body: JSON.stringify(eventBody()),
      contentType: 'text/plain',
      status: 415,
      code: 'unsupported_media_type',
      field: 'Content-Type',
    },
    {
      name: 'form content type',
      body: 'title=x',
      contentType: 'application/x-www-form-urlencoded',
      status: 415,
      code: 'unsupported_media_type',
      field: 'Content-Type',
    },
    invalidBody('an array', [eventBody()], 'body'),
    invalidBody('null', 'null', 'body'),
    invalidBody('a string', '"event"', 'body'),
    invalidBody('a number', '42', 'body'),
    {
      name: 'a huge body',
      body: JSON.stringify(eventBody({ summary: { fr: long(40_000), en: 'x' } })),
      status: 413,
      code: 'payload_too_large',
      field: 'body',
    },
    invalidBody('unknown field', eventBody({ color: 'red' }), 'color'),
    invalidBody('status is not writable', eventBody({ status: 'cancelled' }), 'status'),
    invalidBody('title missing', eventBody({ title: undefined }), 'title'),
    invalidBody('title as a string', eventBody({ title: 'Séance' }), 'title'),
    invalidBody('whitespace-only title', eventBody({ title: { fr: '   ', en: 'Session' } }), 'title.fr'),
    invalidBody('title too long', eventBody({ title: { fr: 'Séance', en: long(201) } }), 'title.en'),
    invalidBody(
      'title with an unknown language',
      eventBody({ title: { fr: 'a', en: 'b', de: 'c' } }),
      'title.de',
    ),
    invalidBody('summary too long', eventBody({ summary: { fr: long(2001), en: 'x' } }), 'summary.fr'),
    invalidBody(
      'nested object as text',
      eventBody({ summary: { fr: { text: 'x' }, en: 'x' } }),
      'summary.fr',
    ),
    invalidBody('unknown type', eventBody({ type: 'party' }), 'type'),
    invalidBody('unknown format', eventBody({ format: 'virtual' }), 'format'),
    invalidBody('start not a date', eventBody({ start: 'tomorrow' }), 'start'),
    invalidBody('start without offset', eventBody({ start: '2027-03-04T13:30:00' }), 'start'),
    invalidBody('start as a number', eventBody({ start: 1_800_000_000_000 }), 'start'),
    invalidBody('a day that does not exist', eventBody({ end: '2027-02-30T15:00:00-05:00' }), 'end'),
    invalidBody('end before start', eventBody({ end: '2027-03-04T12:00:00-05:00' }), 'end'),
    invalidBody('in person without location', eventBody({ format: 'in-person', location: null }), 'location'),
    invalidBody('online without URL', eventBody({ format: 'online', onlineUrl: null }), 'onlineUrl'),
    invalidBody(
      'unknown municipality 99999',
      eventBody({ location: { venue: 'Salle', municipalityCode: '99999' } }),
      'location.municipalityCode',
    ),
    invalidBody(
      'malformed municipality code',
      eventBody({ location: { venue: 'Salle', municipalityCode: '3706' } }),
      'location.municipalityCode',
    ),
    invalidBody(
      'whitespace-only venue',
      eventBody({ location: { venue: ' \t ', municipalityCode: '37067' } }),
      'location.venue',
    ),
    invalidBody(
      'address too long',
      eventBody({ location: { venue: 'Salle', address: long(301), municipalityCode: '37067' } }),
      'location.address',
    ),
    invalidBody('no region', eventBody({ regionCodes: [] }), 'regionCodes'),
    invalidBody('region "18"', eventBody({ regionCodes: ['18'] }), 'regionCodes.0'),
    invalidBody('region as a number', eventBody({ regionCodes: [4] }), 'regionCodes.0'),
    invalidBody('regions as a string', eventBody({ regionCodes: '04' }), 'regionCodes'),
    invalidBody('duplicate regions', eventBody({ regionCodes: ['04', '04'] }), 'regionCodes'),
    invalidBody('javascript: URL', eventBody({ onlineUrl: 'javascript:alert(1)' }), 'onlineUrl'),
    invalidBody('ftp: URL', eventBody({ registrationUrl: 'ftp://example.org/x' }), 'registrationUrl'),
    invalidBody('relative URL', eventBody({ registrationUrl: '/inscription' }), 'registrationUrl'),
    invalidBody(
      'URL too long',
      eventBody({ registrationUrl: `https://example.org/${long(2048)}` }),
      'registrationUrl',
    ),
    invalidBody('unknown language', eventBody({ languages: ['de'] }), 'languages.0'),
    invalidBody('no language', eventBody({ languages: [] }), 'languages'),
    invalidBody('duplicate languages', eventBody({ languages: ['fr', 'fr'] }), 'languages'),
    invalidBody(
      '__proto__ key',
      `{"__proto__":{"admin":true},${JSON.stringify(eventBody()).slice(1)}`,
      '__proto__',
    ),
  ];

  test(`POST /v1/events: ${EVENT_CASES.length} malformed bodies`, async () => {
    assert.ok(EVENT_CASES.length >= 30);
    const before = await snapshot();
    for (const item of EVENT_CASES) {
      const res = await request(`${server().url}/v1/events`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${PROMIS}`,
          'Content-Type': item.contentType ?? 'application/json',
          'Idempotency-Key': newIdempotencyKey(),
        },
        body: typeof item.body === 'string' ? item.body : JSON.stringify(item.body),
      });
      assert.ok(res.status < 500, `${item.name}: ${res.status}`);
      assertProblem(res, item.status, item.code, item.field);
      assert.equal(res.headers.get('cache-control'), 'no-store', item.name);
    }
    assert.equal(await snapshot(), before);
  });

  test('POST /v1/events: headers and query refused by name', async () => {
    const before = await snapshot();
    const noKey = await send('POST', '/v1/events', { body: eventBody() });
    assertProblem(noKey, 400, 'idempotency_key_required', 'Idempotency-Key');
    const shortKey = await send('POST', '/v1/events', {
      body: eventBody(),
      headers: { 'Idempotency-Key': 'abc' },
    });
    assertProblem(shortKey, 400, 'idempotency_key_invalid', 'Idempotency-Key');
    const query = await send('POST', '/v1/events?draft=1', {
      body: eventBody(),
      headers: { 'Idempotency-Key': newIdempotencyKey() },
    });
    assertProblem(query, 400, 'invalid_query', 'draft');
    assert.equal(await snapshot(), before);
  });

  test('PATCH /v1/events/{id}: malformed changes', async () => {
    const { id, etag } = await createEvent();
    const cases: MalformedCase[] = [
      malformedJson('not JSON', '{'),
      invalidBody('an array', [], 'body'),
      invalidBody('null', 'null', 'body'),
      invalidBody('unknown field', { venue: 'x' }, 'venue'),
      invalidBody('status', { status: 'cancelled' }, 'status'),
      invalidBody('end before the current start', { end: '2027-03-01T10:00:00-05:00' }, 'end'),
      invalidBody('online without URL', { format: 'online', onlineUrl: null }, 'onlineUrl'),
      invalidBody('in person without place', { format: 'in-person', location: null }, 'location'),
      invalidBody(
        'unknown municipality',
        { location: { venue: 'Salle', municipalityCode: '99999' } },
        'location.municipalityCode',
      ),
      invalidBody('whitespace title', { title: { fr: ' ', en: ' ' } }, 'title.fr'),
      invalidBody('region 18', { regionCodes: ['04', '18'] }, 'regionCodes.1'),
      invalidBody('bad URL', { registrationUrl: 'javascript:alert(1)' }, 'registrationUrl'),
    ];
    const before = await snapshot();
    for (const item of cases) {
      const res = await send('PATCH', `/v1/events/${id}`, { body: item.body, headers: { 'If-Match': etag } });
      assert.ok(res.status < 500, `${item.name}: ${res.status}`);
      assertProblem(res, item.status, item.code, item.field);
    }
    const wrongType = await request(`${server().url}/v1/events/${id}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${PROMIS}`, 'Content-Type': 'text/plain', 'If-Match': etag },
      body: '{}',
    });
    assertProblem(wrongType, 415, 'unsupported_media_type', 'Content-Type');
    const badId = await send('PATCH', '/v1/events/not-an-id', { body: {}, headers: { 'If-Match': etag } });
    assertProblem(badId, 400, 'invalid_query', 'id');
    assert.equal(await snapshot(), before);
    const noChange = await send('PATCH', `/v1/events/${id}`, { body: {}, headers: { 'If-Match': etag } });
    assert.equal(noChange.status, 200, 'an empty change is valid');
  });

  test('PATCH /v1/contact-requests/{id}: malformed follow-ups', async () => {
    const { id, secretKey } = await newContactRequest('01');
    const cases: MalformedCase[] = [
      invalidBody('unknown status', { status: 'done' }, 'status'),
      invalidBody('no status', {}, 'status'),
      invalidBody('unknown field', { status: 'closed', note: 'x' }, 'note'),
      invalidBody('null status', { status: null }, 'status'),
      invalidBody('an array', ['closed'], 'body'),
      malformedJson('not JSON', 'closed'),
      malformedJson('empty body', ''),
    ];
    const before = await snapshot();
    for (const item of cases) {
      const res = await send('PATCH', `/v1/contact-requests/${id}`, { key: secretKey, body: item.body });
      assertProblem(res, item.status, item.code, item.field);
    }
    assert.equal(await snapshot(), before);
  });
});

describe('OpenAPI', () => {
  test('documents every write route with its body, If-Match, security and error answers', async () => {
    const { body } = await request(`${server().url}/v1/openapi.json?lang=en`);
    const create = body.paths['/v1/events'].post;
    assert.deepEqual(create.security, [{ bearerKey: [] }]);
    assert.equal(
      create.requestBody.content['application/json'].schema.$ref,
      '#/components/schemas/EventInput',
    );
    assert.deepEqual(create.requestBody.content['application/json'].example, EXAMPLE_EVENT);
    for (const status of ['201', '400', '401', '403', '409', '413', '415', '422'])
      assert.ok(create.responses[status], status);
    const update = body.paths['/v1/events/{id}'].patch;
    const ifMatch = update.parameters.find((p: { name: string }) => p.name === 'If-Match');
    assert.equal(ifMatch.required, true);
    for (const status of ['200', '404', '412', '422', '428']) assert.ok(update.responses[status], status);
    assert.equal(update.responses['200'].headers.ETag.$ref, '#/components/headers/EventETag');
    const cancel = body.paths['/v1/events/{id}'].delete;
    assert.equal(cancel.parameters.find((p: { name: string }) => p.name === 'If-Match').required, false);
    const follow = body.paths['/v1/contact-requests/{id}'].patch;
    assert.equal(
      follow.requestBody.content['application/json'].schema.$ref,
      '#/components/schemas/ContactRequestPatch',
    );
    const list = body.paths['/v1/contact-requests'].get;
    assert.ok(list.parameters.some((p: { name: string }) => p.name === 'status'));
    assert.match(update['x-codeSamples'][0].source, /-X PATCH/);
  });
});
