import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { get as httpGet } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  createApp,
  openStore,
  readConfig,
  startServer,
  type RunningServer,
  type Store,
} from '@emplois-en-regions/server';
import { startTestServer } from '@emplois-en-regions/server/testing';
import { Problem } from '@emplois-en-regions/schemas';
import { LruCache } from '../src/http/lru-cache.js';
import { assertProblem, assertSchema, contactBody, postContact, request, useTestServer } from './helpers.js';

const server = useTestServer({ rateLimit: false });
const DEMO_ORIGIN = 'http://localhost:5173';

describe('X-Request-Id', () => {
  test('is on every answer: success, error and 304', async () => {
    const ok = await fetch(`${server().url}/v1/regions`);
    assert.match(ok.headers.get('x-request-id')!, /^[0-9a-f-]{36}$/);
    const notModified = await fetch(`${server().url}/v1/regions`, {
      headers: { 'If-None-Match': ok.headers.get('etag')! },
    });
    assert.equal(notModified.status, 304);
    assert.ok(notModified.headers.get('x-request-id'));
    assertProblem(await request(`${server().url}/v1/nowhere`), 404, 'route_not_found');
  });

  test('echoes a well-formed incoming id, replaces a malformed one', async () => {
    const echoed = await fetch(`${server().url}/healthz`, { headers: { 'X-Request-Id': 'abc-123_DEF' } });
    assert.equal(echoed.headers.get('x-request-id'), 'abc-123_DEF');
    const replaced = await fetch(`${server().url}/healthz`, {
      headers: { 'X-Request-Id': 'bad id\twith spaces' },
    });
    assert.notEqual(replaced.headers.get('x-request-id'), 'bad id\twith spaces');
    const tooLong = await fetch(`${server().url}/healthz`, { headers: { 'X-Request-Id': 'a'.repeat(500) } });
    assert.notEqual(tooLong.headers.get('x-request-id'), 'a'.repeat(500));
  });
});

describe('caching', () => {
  test('reference data: strong ETag and Cache-Control max-age=300; events max-age=60', async () => {
    const regions = await fetch(`${server().url}/v1/regions`);
    assert.match(regions.headers.get('etag')!, /^"[0-9a-f]{32}"$/);
    assert.equal(regions.headers.get('cache-control'), 'public, max-age=300');
    for (const path of ['/v1/mrcs', '/v1/municipalities', '/v1/organizations', '/v1/advisors']) {
      const res = await fetch(server().url + path);
      assert.equal(res.headers.get('cache-control'), 'public, max-age=300', path);
      assert.ok(res.headers.get('etag'), path);
    }
    // Without PUBLIC_BASE_URL the events' icsUrl comes from the Host header: never in a shared cache.
    const events = await fetch(`${server().url}/v1/events`);
    assert.equal(events.headers.get('cache-control'), 'private, max-age=60');
  });

  test('a forged Host never reaches what a shared cache keeps', async () => {
    // fetch will not send another Host: node:http does.
    const forged = (url: string) =>
      new Promise<{ text: string; headers: Headers }>((resolve, reject) => {
        const target = new URL(url);
        httpGet(
          {
            host: target.hostname,
            port: target.port,
            path: target.pathname,
            headers: { Host: 'collect.attacker.example' },
          },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (text += chunk));
            res.on('end', () => {
              const headers = new Headers();
              for (const [name, value] of Object.entries(res.headers))
                if (typeof value === 'string') headers.set(name, value);
              resolve({ text, headers });
            });
          },
        ).on('error', reject);
      });
    for (const path of ['/v1/events', '/v1/openapi.json', '/v1']) {
      const res = await forged(`${server().url}${path}`);
      assert.ok(
        res.text.includes('collect.attacker.example'),
        `${path} reflects the Host without PUBLIC_BASE_URL`,
      );
      assert.doesNotMatch(res.headers.get('cache-control') ?? '', /public/, path);
      assert.match(res.headers.get('vary') ?? '', /Host/, path);
    }
    const based = await startTestServer({ publicBaseUrl: 'https://api.emplois-en-regions.example' });
    try {
      for (const path of ['/v1/events', '/v1/openapi.json']) {
        const res = await forged(`${based.url}${path}`);
        assert.ok(!res.text.includes('collect.attacker.example'), path);
        assert.ok(res.text.includes('https://api.emplois-en-regions.example'), path);
        assert.match(res.headers.get('cache-control') ?? '', /^public/, path);
      }
    } finally {
      await based.close();
    }
  });

  test('the ETag is the same for the same body', async () => {
    const a = await fetch(`${server().url}/v1/regions`);
    const b = await fetch(`${server().url}/v1/regions`);
    assert.equal(a.headers.get('etag'), b.headers.get('etag'));
    const c = await fetch(`${server().url}/v1/mrcs`);
    assert.notEqual(a.headers.get('etag'), c.headers.get('etag'));
  });

  test('If-None-Match: matching tag, list of tags, weak form and * answer 304 without body', async () => {
    const etag = (await fetch(`${server().url}/v1/regions`)).headers.get('etag')!;
    for (const ifNoneMatch of [etag, `"other", ${etag}`, `W/${etag}`, '*']) {
      const res = await fetch(`${server().url}/v1/regions`, { headers: { 'If-None-Match': ifNoneMatch } });
      assert.equal(res.status, 304, ifNoneMatch);
      assert.equal(await res.text(), '');
      assert.equal(res.headers.get('etag'), etag);
      assert.equal(res.headers.get('cache-control'), 'public, max-age=300');
    }
    const stale = await fetch(`${server().url}/v1/regions`, { headers: { 'If-None-Match': '"stale"' } });
    assert.equal(stale.status, 200);
  });

  test('a 304 to an allowed origin keeps the CORS headers', async () => {
    const url = `${server().url}/v1/regions?key=pk_test_demo`;
    const first = await fetch(url, { headers: { Origin: DEMO_ORIGIN } });
    const res = await fetch(url, {
      headers: { Origin: DEMO_ORIGIN, 'If-None-Match': first.headers.get('etag')! },
    });
    assert.equal(res.status, 304);
    assert.equal(res.headers.get('access-control-allow-origin'), DEMO_ORIGIN);
    assert.match(res.headers.get('vary')!, /Origin/);
  });

  test('reference answers are computed once, then served from memory with the same bytes and headers', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'eer-memo-'));
    const store = await openStore({ path: join(folder, 'db.sqlite') });
    const calls = { regions: 0, search: 0 };
    const counting: Store = {
      ...store,
      regions: async () => {
        calls.regions += 1;
        return await store.regions();
      },
      searchMunicipalities: async (query) => {
        calls.search += 1;
        return await store.searchMunicipalities(query);
      },
    };
    const app = createApp({ store: counting, logger: false, rateLimit: false });
    const snapshot = async (path: string, headers: Record<string, string> = {}) => {
      const res = await app.request(path, { headers });
      const shown = [...res.headers].filter(([name]) => name !== 'x-request-id');
      return { status: res.status, headers: shown, body: await res.text() };
    };
    try {
      const first = await snapshot('/v1/regions');
      assert.deepEqual(await snapshot('/v1/regions'), first);
      // `key` and the order of parameters do not make another entry.
      assert.deepEqual(await snapshot('/v1/regions?key=pk_test_demo'), first);
      assert.equal(calls.regions, 1);
      const etag = first.headers.find(([name]) => name === 'etag')?.[1] ?? '';
      assert.equal((await snapshot('/v1/regions', { 'If-None-Match': etag })).status, 304);
      assert.equal(calls.regions, 1);
      // Another language or public origin is another entry (the bodies could differ one day).
      await snapshot('/v1/regions', { 'Accept-Language': 'en' });
      await app.request('http://api.example.org/v1/regions');
      assert.equal(calls.regions, 3);

      await snapshot('/v1/municipalities?q=lac&region=08');
      await snapshot('/v1/municipalities?region=08&q=lac');
      assert.equal(calls.search, 1);
      // Errors are never kept: a bad query is validated (and refused) every time.
      for (let i = 0; i < 2; i += 1) {
        const res = await app.request('/v1/municipalities?limit=0');
        const text = await res.text();
        const answer = { status: res.status, headers: res.headers, body: JSON.parse(text) as unknown, text };
        assertProblem(answer, 400, 'invalid_query', 'limit');
      }
      assert.equal(calls.search, 1);
    } finally {
      await store.close();
      await rm(folder, { recursive: true, force: true });
    }
  });

  test('the memory of reference answers is bounded (least recently used first out)', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    assert.equal(cache.get('a'), 1);
    cache.set('c', 3);
    assert.equal(cache.size, 2);
    assert.equal(cache.get('b'), undefined, 'b was the least recently used');
    assert.equal(cache.get('a'), 1);
    assert.equal(cache.get('c'), 3);
  });

  test('errors are never cached', async () => {
    const res = await fetch(`${server().url}/v1/regions/99`);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.equal(res.headers.get('etag'), null);
  });
});

describe('CORS', () => {
  test('the demo key from http://localhost:5173 gets Access-Control-Allow-Origin, Vary and exposed headers', async () => {
    const res = await fetch(`${server().url}/v1/regions?key=pk_test_demo`, {
      headers: { Origin: DEMO_ORIGIN },
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), DEMO_ORIGIN);
    assert.match(res.headers.get('vary')!, /\bOrigin\b/);
    assert.equal(
      res.headers.get('access-control-expose-headers'),
      'X-Request-Id, Retry-After, ETag, Idempotent-Replayed',
    );
    assert.equal(res.headers.get('access-control-allow-credentials'), null);
    assert.equal(res.headers.get('set-cookie'), null);
  });

  test('http://127.0.0.1:* and any localhost port work with the demo key', async () => {
    for (const origin of ['http://127.0.0.1:8000', 'http://localhost:8787', 'http://localhost']) {
      const res = await fetch(`${server().url}/v1/events?key=pk_test_demo`, { headers: { Origin: origin } });
      assert.equal(res.headers.get('access-control-allow-origin'), origin, origin);
    }
  });

  test('a widget GET is a simple request: only ?key= and safelisted headers, no preflight needed', async () => {
    const res = await fetch(`${server().url}/v1/municipalities?q=levis&key=pk_test_demo`, {
      headers: { Origin: DEMO_ORIGIN, Accept: 'application/json', 'Accept-Language': 'fr-CA' },
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), DEMO_ORIGIN);
  });

  test('refused: another origin (403 origin_not_allowed), unknown key (401), no key (401) — readable by the page', async () => {
    const evil = await request(`${server().url}/v1/regions?key=pk_test_demo`, {
      headers: { Origin: 'https://evil.example' },
    });
    assertProblem(evil, 403, 'origin_not_allowed');
    const lookalike = await request(`${server().url}/v1/regions?key=pk_test_demo`, {
      headers: { Origin: 'http://localhost.evil.example:5173' },
    });
    assertProblem(lookalike, 403, 'origin_not_allowed');
    const httpsLocal = await request(`${server().url}/v1/regions?key=pk_test_demo`, {
      headers: { Origin: 'https://localhost:5173' },
    });
    assertProblem(httpsLocal, 403, 'origin_not_allowed');
    const unknown = await request(`${server().url}/v1/regions?key=pk_test_nobody`, {
      headers: { Origin: DEMO_ORIGIN },
    });
    assertProblem(unknown, 401, 'unauthorized', 'key');
    const none = await request(`${server().url}/v1/regions`, { headers: { Origin: DEMO_ORIGIN } });
    assertProblem(none, 401, 'unauthorized', 'key');
    // The refusal itself is readable by the page, so a widget can name the cause (issue 12).
    const origins = [evil, lookalike, httpsLocal, unknown, none].map((res) => {
      assert.match(res.headers.get('vary') ?? '', /Origin/);
      return res.headers.get('access-control-allow-origin');
    });
    assert.deepEqual(origins, [
      'https://evil.example',
      'http://localhost.evil.example:5173',
      'https://localhost:5173',
      DEMO_ORIGIN,
      DEMO_ORIGIN,
    ]);
  });

  test('a partner’s publishable key works from its own site only', async () => {
    const own = await fetch(`${server().url}/v1/regions?key=pk_test_passerelle-mauricie`, {
      headers: { Origin: 'https://www.passerelle-mauricie.example' },
    });
    assert.equal(own.status, 200);
    assert.equal(own.headers.get('access-control-allow-origin'), 'https://www.passerelle-mauricie.example');
    const demo = await fetch(`${server().url}/v1/regions?key=pk_test_passerelle-mauricie`, {
      headers: { Origin: DEMO_ORIGIN },
    });
    assert.equal(demo.status, 403);
  });

  test('a secret key with an Origin is 403 forbidden, even on public data', async () => {
    const res = await request(`${server().url}/v1/regions`, {
      headers: { Origin: DEMO_ORIGIN, Authorization: 'Bearer sk_test_promis' },
    });
    assertProblem(res, 403, 'forbidden');
    assert.equal(res.headers.get('access-control-allow-origin'), DEMO_ORIGIN, 'the refusal is readable');
  });

  test('without Origin, public data needs no key; an unknown key is still 401', async () => {
    assert.equal((await fetch(`${server().url}/v1/regions`)).status, 200);
    assert.equal((await fetch(`${server().url}/v1/regions?key=pk_test_demo`)).status, 200);
    assertProblem(await request(`${server().url}/v1/regions?key=nope`), 401, 'unauthorized', 'key');
    assertProblem(
      await request(`${server().url}/v1/regions`, { headers: { Authorization: 'Basic Zm9vOmJhcg==' } }),
      401,
      'unauthorized',
      'Authorization',
    );
  });

  test('preflight for POST: 204 with the allowed methods, headers and max age', async () => {
    const res = await fetch(`${server().url}/v1/contact-requests?key=pk_test_demo`, {
      method: 'OPTIONS',
      headers: {
        Origin: DEMO_ORIGIN,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, idempotency-key',
      },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), DEMO_ORIGIN);
    assert.equal(res.headers.get('access-control-allow-methods'), 'GET, POST');
    assert.equal(
      res.headers.get('access-control-allow-headers'),
      'Content-Type, Idempotency-Key, Accept-Language',
    );
    assert.equal(res.headers.get('access-control-max-age'), '600');
    assert.equal(res.headers.get('access-control-allow-credentials'), null);
  });

  test('a preflight from a refused origin fails: 403, no allowed method or header', async () => {
    const res = await fetch(`${server().url}/v1/contact-requests?key=pk_test_demo`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(res.status, 403);
    assert.equal(res.headers.get('access-control-allow-methods'), null);
    assert.equal(res.headers.get('access-control-allow-headers'), null);
  });

  test('errors to an allowed origin carry CORS headers, so the widget can read them', async () => {
    const res = await request(`${server().url}/v1/contact-requests?key=pk_test_demo`, {
      method: 'POST',
      headers: {
        Origin: DEMO_ORIGIN,
        'Content-Type': 'application/json',
        'Idempotency-Key': 'widget-key-0001',
      },
      body: JSON.stringify(contactBody({ email: 'nope' })),
    });
    assertProblem(res, 422, 'invalid_body', 'email');
    assert.equal(res.headers.get('access-control-allow-origin'), DEMO_ORIGIN);
  });

  test('the OpenAPI document is readable from any origin without a key', async () => {
    const res = await fetch(`${server().url}/v1/openapi.json`, {
      headers: { Origin: 'https://editor.example' },
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
  });
});

describe('errors and routing', () => {
  test('unknown path: 404 route_not_found; unknown resource: 404 not_found', async () => {
    assertProblem(await request(`${server().url}/nope`), 404, 'route_not_found');
    assertProblem(await request(`${server().url}/v1/regions/`), 404, 'route_not_found');
    assertProblem(await request(`${server().url}/v2/regions`), 404, 'route_not_found');
    assertProblem(await request(`${server().url}/v1/events/evt_unknown`), 404, 'not_found');
  });

  test('wrong method: 405 method_not_allowed with Allow', async () => {
    const del = await request(`${server().url}/v1/regions`, { method: 'DELETE' });
    assertProblem(del, 405, 'method_not_allowed');
    assert.equal(del.headers.get('allow'), 'GET, HEAD');
    const put = await request(`${server().url}/v1/contact-requests`, { method: 'PUT' });
    assertProblem(put, 405, 'method_not_allowed');
    assert.equal(put.headers.get('allow'), 'POST, GET, HEAD');
    const post = await request(`${server().url}/v1/events/evt_x`, { method: 'POST' });
    assertProblem(post, 405, 'method_not_allowed');
  });

  test('HEAD answers the headers of GET', async () => {
    const res = await fetch(`${server().url}/v1/regions`, { method: 'HEAD' });
    assert.equal(res.status, 200);
    assert.ok(res.headers.get('etag'));
    assert.equal(await res.text(), '');
  });

  test('problems are in French by default and in English when Accept-Language prefers it', async () => {
    const fr = await request(`${server().url}/v1/regions/99`);
    assert.equal(fr.body.title, 'Paramètre invalide');
    assert.equal(fr.headers.get('content-language'), 'fr');
    assert.match(fr.headers.get('vary')!, /Accept-Language/);
    const en = await request(`${server().url}/v1/regions/99`, {
      headers: { 'Accept-Language': 'en-CA,en;q=0.9' },
    });
    assert.equal(en.body.title, 'Invalid parameter');
    assert.equal(en.body.errors[0].message, 'This value is not in a valid format.');
    const tie = await request(`${server().url}/v1/regions/99`, {
      headers: { 'Accept-Language': 'en;q=0.5, fr;q=0.5' },
    });
    assert.equal(tie.body.title, 'Paramètre invalide');
  });

  test('French texts follow OQLF typography (non-breaking space before the colon)', async () => {
    const res = await request(`${server().url}/nope`);
    assert.match(res.body.detail, /référence\u00a0: /);
    assert.doesNotMatch(res.body.detail, / :/);
  });

  test('an unexpected error is 500 internal_error problem+json, without the message or stack', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'eer-broken-'));
    const store = await openStore({ path: join(folder, 'db.sqlite') });
    const broken: Store = {
      ...store,
      regions: () => {
        throw new Error('secret detail at /home/someone/db.sqlite');
      },
    };
    const logged: string[] = [];
    const app = createApp({ store: broken, logger: (line) => logged.push(line) });
    try {
      const res = await app.request('/v1/regions');
      const text = await res.text();
      assert.equal(res.status, 500);
      assert.match(res.headers.get('content-type')!, /^application\/problem\+json/);
      const body = JSON.parse(text);
      assert.equal(body.code, 'internal_error');
      assert.equal(body.requestId, res.headers.get('x-request-id'));
      assert.doesNotMatch(text, /secret detail|someone|at /);
      assert.ok(logged.some((line) => line.startsWith(`internal error ${body.requestId}: Error`)));
      assert.ok(
        logged.every((line) => !line.includes('secret detail')),
        'the message is not logged either',
      );
    } finally {
      await store.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});

interface RawResponse {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: string;
}

/** Splits what a server sent on one connection into its responses (bodies framed by Content-Length). */
function parseResponses(raw: Buffer): RawResponse[] {
  const responses: RawResponse[] = [];
  let rest = raw;
  while (rest.length > 0) {
    const end = rest.indexOf('\r\n\r\n');
    assert.ok(end > 0, `incomplete response: ${rest.toString('latin1')}`);
    const [statusLine = '', ...lines] = rest.subarray(0, end).toString('latin1').split('\r\n');
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const length = Number(headers['content-length'] ?? 0);
    const body = rest.subarray(end + 4, end + 4 + length);
    assert.equal(body.length, length, `Content-Length ${length} but ${body.length} bytes`);
    responses.push({ status: Number(statusLine.split(' ')[1]), headers, body: body.toString('utf8') });
    rest = rest.subarray(end + 4 + length);
  }
  return responses;
}

/**
 * Writes raw bytes on a new connection — without closing our side, which would
 * abort requests in flight — and reads until the server closes it.
 */
function rawExchange(url: string, payload: string): Promise<RawResponse[]> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.setTimeout(5000, () => socket.destroy(new Error('the server kept the connection open')));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      try {
        resolve(parseResponses(Buffer.concat(chunks)));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    socket.write(payload);
  });
}

/** A problem+json answer written by the Node server for a request the app never saw. */
function assertRawProblem(response: RawResponse | undefined, status: number, code: string): void {
  assert.ok(response, 'no answer');
  assert.equal(response.status, status, response.body);
  assert.equal(response.headers['content-type'], 'application/problem+json');
  assert.equal(response.headers['connection'], 'close');
  assert.equal(response.headers['cache-control'], 'no-store');
  assert.equal(response.headers['content-language'], 'fr');
  const problem = JSON.parse(response.body) as Problem;
  assertSchema(Problem, problem, 'problem');
  assert.equal(problem.status, status);
  assert.equal(problem.code, code);
  assert.equal(problem.type, `https://emplois-en-regions.example/problems/${code}`);
  assert.equal(problem.requestId, response.headers['x-request-id']);
  assert.match(problem.detail, /requête/);
}

describe('requests Node’s HTTP parser refuses', () => {
  test('garbage instead of a request line: 400 bad_request problem+json, connection closed', async () => {
    const [answer, ...more] = await rawExchange(server().url, 'GARBAGE\r\n\r\n');
    assertRawProblem(answer, 400, 'bad_request');
    assert.equal(more.length, 0);
  });

  test('broken framing (a Content-Length that is not a number): 400 bad_request', async () => {
    const [answer] = await rawExchange(
      server().url,
      'POST /v1/contact-requests HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc\r\n\r\n{}',
    );
    assertRawProblem(answer, 400, 'bad_request');
  });

  test('20 KB of headers: 431 headers_too_large', async () => {
    const [answer] = await rawExchange(
      server().url,
      `GET /v1/regions HTTP/1.1\r\nHost: localhost\r\nX-Padding: ${'a'.repeat(20 * 1024)}\r\n\r\n`,
    );
    assertRawProblem(answer, 431, 'headers_too_large');
  });

  test('a request pipelined before the broken one still gets its own answer first', async () => {
    const answers = await rawExchange(
      server().url,
      'GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\nGARBAGE\r\n\r\n',
    );
    assert.equal(answers.length, 2);
    assert.equal(answers[0]?.status, 200);
    assert.deepEqual(JSON.parse(answers[0]?.body ?? ''), {
      status: 'ok',
      database: { engine: server().store.backend, status: 'ok' },
    });
    assertRawProblem(answers[1], 400, 'bad_request');
  });

  test('the server keeps serving other connections', async () => {
    await rawExchange(server().url, 'GARBAGE\r\n\r\n');
    assert.equal((await fetch(`${server().url}/healthz`)).status, 200);
  });
});

describe('logging', () => {
  test('one line per request: method, path without query, status, duration, request id — no key, no body', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'eer-log-'));
    const store = await openStore({ path: join(folder, 'db.sqlite') });
    const lines: string[] = [];
    const app = createApp({ store, logger: (line) => lines.push(line), rateLimit: false });
    try {
      await app.request('/v1/municipalities?q=rimouski&key=pk_test_demo', {
        headers: { 'X-Request-Id': 'log-test-1' },
      });
      await app.request('/v1/contact-requests', {
        method: 'POST',
        headers: {
          Authorization: 'Bearer pk_test_demo',
          'Content-Type': 'application/json',
          'Idempotency-Key': 'log-test-key-1',
        },
        body: JSON.stringify(contactBody({ email: 'person@example.com' })),
      });
      assert.equal(lines.length, 2);
      assert.match(lines[0]!, /^GET \/v1\/municipalities 200 \d+\.\dms log-test-1$/);
      assert.match(lines[1]!, /^POST \/v1\/contact-requests 201 \d+\.\dms [0-9a-f-]{36}$/);
      const all = lines.join('\n');
      for (const secret of ['rimouski', 'pk_test_demo', 'person@example.com', 'Amina']) {
        assert.equal(all.includes(secret), false, `log mentions ${secret}`);
      }
    } finally {
      await store.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('test mode', () => {
  test('requests records what reached the server and can be reset', async () => {
    server().requests.reset();
    await fetch(`${server().url}/v1/regions?key=pk_test_demo`, { headers: { Origin: DEMO_ORIGIN } });
    await fetch(`${server().url}/v1/regions`);
    await fetch(`${server().url}/v1/mrcs`);
    assert.equal(server().requests.count(), 3);
    assert.equal(server().requests.count({ path: '/v1/regions' }), 2);
    assert.equal(server().requests.count({ method: 'GET', path: /^\/v1\/(regions|mrcs)$/ }), 3);
    const first = server().requests.entries[0]!;
    assert.equal(first.method, 'GET');
    assert.equal(first.path, '/v1/regions');
    assert.deepEqual(first.query, { key: 'pk_test_demo' });
    assert.equal(first.headers.origin, DEMO_ORIGIN);
    server().requests.reset();
    assert.equal(server().requests.count(), 0);
  });

  test('fault "status": 503 service_unavailable problem+json with Retry-After, then normal again', async () => {
    server().faults.add({ path: '/v1/regions', kind: 'status', status: 503, retryAfter: 2 });
    const res = await request(`${server().url}/v1/regions?key=pk_test_demo`, {
      headers: { Origin: DEMO_ORIGIN },
    });
    assertProblem(res, 503, 'service_unavailable');
    assert.equal(res.headers.get('retry-after'), '2');
    assert.equal(res.body.retryAfter, 2);
    assert.equal(res.headers.get('access-control-allow-origin'), DEMO_ORIGIN, 'a browser can read it');
    assert.equal((await fetch(`${server().url}/v1/regions`)).status, 200);
  });

  test('fault "delay" with times and method', async () => {
    server().faults.add({ method: 'GET', path: /^\/v1\/mrcs$/, kind: 'delay', ms: 150, times: 2 });
    const started = performance.now();
    await fetch(`${server().url}/v1/mrcs`);
    await fetch(`${server().url}/v1/mrcs`);
    const slow = performance.now() - started;
    const again = performance.now();
    await fetch(`${server().url}/v1/mrcs`);
    assert.ok(slow >= 290, `two delayed requests took ${slow} ms`);
    assert.ok(performance.now() - again < 150);
  });

  test('fault "drop-before": the connection closes and the handler never runs', async () => {
    const before = await server().store.countContactRequests();
    server().faults.add({ method: 'POST', path: '/v1/contact-requests', kind: 'drop-before' });
    await assert.rejects(postContact(server().url, contactBody()), TypeError);
    assert.equal(await server().store.countContactRequests(), before);
  });

  test('fault "drop-after": the request IS stored, the answer never arrives; a retry replays it', async () => {
    const before = await server().store.countContactRequests();
    server().faults.add({ method: 'POST', path: '/v1/contact-requests', kind: 'drop-after' });
    const key = 'drop-after-retry-key';
    await assert.rejects(postContact(server().url, contactBody(), { 'Idempotency-Key': key }), TypeError);
    assert.equal(await server().store.countContactRequests(), before + 1);
    const retry = await postContact(server().url, contactBody(), { 'Idempotency-Key': key });
    assert.equal(retry.status, 201);
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.equal(await server().store.countContactRequests(), before + 1);
  });

  test('fault "malformed": invalid JSON, or JSON that breaks the schemas', async () => {
    server().faults.add({ path: '/v1/regions', kind: 'malformed' });
    const invalid = await fetch(`${server().url}/v1/regions`);
    assert.equal(invalid.status, 200);
    assert.match(invalid.headers.get('content-type')!, /^application\/json/);
    await assert.rejects(invalid.json(), SyntaxError);
    server().faults.add({ path: '/v1/regions', kind: 'malformed', body: 'wrong-shape' });
    const wrong = await (await fetch(`${server().url}/v1/regions`)).json();
    assert.deepEqual(wrong, { data: [{ code: 42 }], nextCursor: null });
  });

  test('faults.clear() removes pending faults', async () => {
    server().faults.add({ path: '/v1/regions', kind: 'status', status: 500, times: Infinity });
    assert.equal(server().faults.pending.length, 1);
    server().faults.clear();
    assert.equal((await fetch(`${server().url}/v1/regions`)).status, 200);
  });
});

describe('configuration', () => {
  test('TRUST_PROXY and EER_LOG: off and on by default, read as true/false, refused otherwise', () => {
    const base = readConfig({}, '/srv');
    assert.equal(base.trustProxy, false);
    assert.equal(base.log, true);
    assert.equal(base.databasePath, '/srv/data/emplois-en-regions.db');
    const set = readConfig({ TRUST_PROXY: 'true', EER_LOG: 'off' }, '/srv');
    assert.equal(set.trustProxy, 1);
    assert.equal(set.log, false);
    assert.equal(readConfig({ TRUST_PROXY: '0', EER_LOG: 'ON' }).trustProxy, false);
    assert.equal(readConfig({ TRUST_PROXY: '2' }).trustProxy, 2);
    assert.deepEqual(readConfig({ TRUST_PROXY: '10.0.0.2, 10.0.0.3' }).trustProxy, ['10.0.0.2', '10.0.0.3']);
    assert.throws(() => readConfig({ TRUST_PROXY: 'maybe' }), /TRUST_PROXY must be true or false/);
    assert.throws(() => readConfig({ TRUST_PROXY: '10.0.0.2, proxy' }), /IP addresses/);
    assert.throws(() => readConfig({ EER_LOG: 'quiet' }), /EER_LOG must be true or false/);
  });
});

describe('a normally started server', () => {
  let normal: RunningServer;
  let folder: string;
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'eer-normal-'));
    normal = await startServer({ port: 0, databasePath: join(folder, 'db.sqlite'), logger: false });
  });
  after(async () => {
    await normal.close();
    await rm(folder, { recursive: true, force: true });
  });

  test('cannot be put into fault mode by any header, query or path', async () => {
    const attempts: [string, RequestInit][] = [
      ['/v1/regions?fault=drop-before', {}],
      ['/v1/regions?faults=status&status=503', {}],
      [
        '/v1/regions',
        { headers: { 'X-Fault': 'drop-before', 'X-Test-Fault': 'status=503', 'X-Faults': '503' } },
      ],
      ['/v1/regions', { headers: { 'X-Eer-Fault': 'malformed', Cookie: 'fault=drop-after' } }],
      ['/__faults', { method: 'POST', body: '{"path":"/v1/regions","kind":"status","status":503}' }],
      ['/v1/__faults', { method: 'POST', body: '{"path":"/v1/regions","kind":"status","status":503}' }],
      ['/testing/faults', { method: 'POST' }],
    ];
    for (const [path, init] of attempts) await fetch(normal.url + path, init).then((r) => r.arrayBuffer());
    // Each normal request still gets its normal answer.
    const res = await request(`${normal.url}/v1/regions`, { headers: { 'X-Fault': 'status' } });
    assert.equal(res.status, 200);
    assert.equal(res.body.data.length, 17);
    const query = await request(`${normal.url}/v1/regions?fault=malformed`);
    assertProblem(query, 400, 'invalid_query', 'fault');
    const path = await request(`${normal.url}/__faults`, { method: 'POST' });
    assertProblem(path, 404, 'route_not_found');
  });

  test('serves the API on its URL', async () => {
    assert.match(normal.url, /^http:\/\/localhost:\d+$/);
    assert.equal((await fetch(`${normal.url}/healthz`)).status, 200);
  });
});

describe('a server behind a trusted proxy', () => {
  let proxied: RunningServer;
  let folder: string;
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'eer-proxied-'));
    // As main.ts passes them: readConfig always fills maxConnectionsPerClient.
    proxied = await startServer({
      port: 0,
      databasePath: join(folder, 'db.sqlite'),
      logger: false,
      trustProxy: 1,
      limits: { maxConnectionsPerClient: 1 },
    });
  });
  after(async () => {
    await proxied.close();
    await rm(folder, { recursive: true, force: true });
  });

  test('caps no connections per address: every connection comes from the proxy', async () => {
    const port = Number(new URL(proxied.url).port);
    const held = connect({ host: '127.0.0.1', port });
    await new Promise((resolve) => held.once('connect', resolve));
    try {
      const second = connect({ host: '127.0.0.1', port });
      const text = await new Promise<string>((resolve) => {
        let received = '';
        second.on('data', (chunk) => (received += chunk.toString('utf8')));
        second.on('error', () => {});
        second.once('close', () => resolve(received));
        second.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
      });
      assert.match(text, /^HTTP\/1\.1 200 /);
    } finally {
      held.destroy();
    }
  });
});
