import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ContactRequestList, ContactRequestReceipt } from '@emplois-en-regions/schemas';
import { startTestServer, type TestServer } from '@emplois-en-regions/server/testing';
import {
  assertProblem,
  assertSchema,
  contactBody,
  newIdempotencyKey,
  postContact,
  request,
  useTestServer,
} from './helpers.js';

const server = useTestServer({ rateLimit: false });

describe('POST /v1/contact-requests', () => {
  test('creates a request: 201 with a receipt (reference, organization, respondBy)', async () => {
    const before = await server().store.countContactRequests();
    const res = await postContact(server().url, contactBody());
    assert.equal(res.status, 201, res.text);
    assertSchema(ContactRequestReceipt, res.body);
    assert.match(res.body.reference, /^EER-\d{4}-\d{6}$/);
    assert.deepEqual(res.body.regionCodes, ['04']);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.equal(res.headers.get('idempotent-replayed'), null);
    assert.equal(await server().store.countContactRequests(), before + 1);
  });

  test('a retry with the same key and body replays the receipt (Idempotent-Replayed: true)', async () => {
    const key = newIdempotencyKey();
    const first = await postContact(server().url, contactBody(), { 'Idempotency-Key': key });
    const count = await server().store.countContactRequests();
    const second = await postContact(server().url, contactBody(), { 'Idempotency-Key': key });
    assert.equal(first.status, 201);
    assert.equal(second.status, 201);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(second.body, first.body);
    assert.equal(await server().store.countContactRequests(), count);
  });

  test('the same data in another key order is the same body', async () => {
    const key = newIdempotencyKey();
    const body = contactBody();
    const reversed = Object.fromEntries(Object.entries(body).reverse());
    const first = await postContact(server().url, body, { 'Idempotency-Key': key });
    const second = await postContact(server().url, JSON.stringify(reversed, null, 2), {
      'Idempotency-Key': key,
    });
    assert.equal(second.status, 201);
    assert.equal(second.body.reference, first.body.reference);
  });

  test('20 concurrent duplicates store exactly one request and all get the same receipt', async () => {
    const key = newIdempotencyKey();
    const before = await server().store.countContactRequests();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => postContact(server().url, contactBody(), { 'Idempotency-Key': key })),
    );
    assert.deepEqual(
      answers.map((a) => a.status),
      Array(20).fill(201),
    );
    assert.equal(new Set(answers.map((a) => a.body.reference)).size, 1);
    assert.equal(answers.filter((a) => a.headers.get('idempotent-replayed') === null).length, 1);
    assert.equal(await server().store.countContactRequests(), before + 1);
  });

  test('the same key with another body is 409 idempotency_key_conflict', async () => {
    const key = newIdempotencyKey();
    await postContact(server().url, contactBody(), { 'Idempotency-Key': key });
    const count = await server().store.countContactRequests();
    const res = await postContact(
      server().url,
      contactBody({ message: 'Un tout autre message, assez long.' }),
      {
        'Idempotency-Key': key,
      },
    );
    assertProblem(res, 409, 'idempotency_key_conflict', 'Idempotency-Key');
    assert.equal(await server().store.countContactRequests(), count);
  });

  test('needs a key (401) and works with a publishable key from an allowed origin', async () => {
    const noKey = await request(`${server().url}/v1/contact-requests`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': newIdempotencyKey() },
      body: JSON.stringify(contactBody()),
    });
    assertProblem(noKey, 401, 'unauthorized', 'key');
    const fromBrowser = await request(`${server().url}/v1/contact-requests?key=pk_test_demo`, {
      method: 'POST',
      headers: {
        Origin: 'http://localhost:5173',
        'Content-Type': 'application/json',
        'Idempotency-Key': newIdempotencyKey(),
      },
      body: JSON.stringify(contactBody()),
    });
    assert.equal(fromBrowser.status, 201, fromBrowser.text);
    assert.equal(fromBrowser.headers.get('access-control-allow-origin'), 'http://localhost:5173');
  });

  test('a script-like message that is valid is stored and returned verbatim, as text', async () => {
    const message = '<script>alert("hi")</script> & \' OR 1=1 -- bonjour à tous';
    const res = await postContact(server().url, contactBody({ regionCodes: ['01'], message }), {
      Authorization: 'Bearer sk_test_promis',
    });
    assert.equal(res.status, 201, res.text);
    const list = await request(`${server().url}/v1/contact-requests?limit=100`, {
      headers: { Authorization: `Bearer sk_test_${res.body.organization.id.replace(/^org_/, '')}` },
    });
    assert.equal(list.status, 200, list.text);
    const stored = list.body.data.find((r: { id: string }) => r.id === res.body.id);
    assert.ok(stored, 'the organization sees its request');
    assert.equal(stored.message, message);
    assert.match(list.headers.get('content-type')!, /^application\/json/);
  });
});

describe('GET /v1/contact-requests', () => {
  test('a secret key sees only its organization’s requests, newest first', async () => {
    const created = await postContact(server().url, contactBody({ regionCodes: ['04'] }));
    const owner = created.body.organization.id as string;
    const ownerKey = `sk_test_${owner.replace(/^org_/, '')}`;
    const mine = await request(`${server().url}/v1/contact-requests?limit=100`, {
      headers: { Authorization: `Bearer ${ownerKey}` },
    });
    assert.equal(mine.status, 200, mine.text);
    assertSchema(ContactRequestList, mine.body);
    assert.ok(mine.body.data.length > 0);
    assert.ok(mine.body.data.every((r: { organization: { id: string } }) => r.organization.id === owner));
    assert.equal(mine.body.data[0].id, created.body.id);
    assert.equal(mine.headers.get('cache-control'), 'no-store');

    const otherKey = owner === 'org_promis' ? 'sk_test_cfiq' : 'sk_test_promis';
    const theirs = await request(`${server().url}/v1/contact-requests?limit=100`, {
      headers: { Authorization: `Bearer ${otherKey}` },
    });
    assert.equal(theirs.status, 200);
    assert.equal(
      theirs.body.data.some((r: { id: string }) => r.id === created.body.id),
      false,
      'another organization does not see it',
    );
  });

  test('pages with cursors', async () => {
    for (let i = 0; i < 3; i += 1) await postContact(server().url, contactBody({ regionCodes: ['05'] }));
    const owner = (await postContact(server().url, contactBody({ regionCodes: ['05'] }))).body.organization
      .id;
    const headers = { Authorization: `Bearer sk_test_${owner.replace(/^org_/, '')}` };
    const first = await request(`${server().url}/v1/contact-requests?limit=2`, { headers });
    assert.equal(first.body.data.length, 2);
    assert.equal(typeof first.body.nextCursor, 'string');
    const second = await request(
      `${server().url}/v1/contact-requests?limit=2&cursor=${first.body.nextCursor}`,
      {
        headers,
      },
    );
    assert.equal(second.status, 200);
    assert.notEqual(second.body.data[0].id, first.body.data[0].id);
  });

  test('no key is 401; a publishable key is 403; a secret key from a browser is 403', async () => {
    assertProblem(await request(`${server().url}/v1/contact-requests`), 401, 'unauthorized');
    assertProblem(
      await request(`${server().url}/v1/contact-requests`, {
        headers: { Authorization: 'Bearer pk_test_demo' },
      }),
      403,
      'forbidden',
    );
    assertProblem(await request(`${server().url}/v1/contact-requests?key=pk_test_demo`), 403, 'forbidden');
    const fromBrowser = await request(`${server().url}/v1/contact-requests`, {
      headers: { Authorization: 'Bearer sk_test_promis', Origin: 'http://localhost:5173' },
    });
    assertProblem(fromBrowser, 403, 'forbidden');
    // Readable by the page (issue 12), but still a refusal.
    assert.equal(fromBrowser.headers.get('access-control-allow-origin'), 'http://localhost:5173');
  });

  test('an unknown secret key is 401 naming Authorization', async () => {
    const res = await request(`${server().url}/v1/contact-requests`, {
      headers: { Authorization: 'Bearer sk_test_nobody' },
    });
    assertProblem(res, 401, 'unauthorized', 'Authorization');
  });
});

describe('rate limit', () => {
  let limited: TestServer;
  before(async () => {
    limited = await startTestServer({ rateLimit: { limit: 3, windowMs: 60_000 } });
  });
  after(() => limited.close());

  test('over the limit per key and address: 429 rate_limited with Retry-After', async () => {
    for (let i = 0; i < 3; i += 1) {
      assert.equal((await postContact(limited.url, contactBody())).status, 201);
    }
    const res = await postContact(limited.url, contactBody());
    assertProblem(res, 429, 'rate_limited');
    const retryAfter = Number(res.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
    assert.equal(res.body.retryAfter, retryAfter);
    assert.equal(await limited.store.countContactRequests(), 3);
    // The budget is the client's, whatever key it uses: rotating public keys buys nothing.
    for (const key of ['sk_test_cfiq', 'pk_test_carrefour-bsl']) {
      const other = await postContact(limited.url, contactBody(), { Authorization: `Bearer ${key}` });
      assertProblem(other, 429, 'rate_limited');
    }
    assert.equal(await limited.store.countContactRequests(), 3);
  });

  test('by default X-Forwarded-For is ignored: a client cannot buy a new budget with it', async () => {
    const server = await startTestServer({ rateLimit: { limit: 2, windowMs: 60_000 } });
    try {
      for (const forwardedFor of ['203.0.113.1', '203.0.113.2']) {
        const res = await postContact(server.url, contactBody(), { 'X-Forwarded-For': forwardedFor });
        assert.equal(res.status, 201);
      }
      const res = await postContact(server.url, contactBody(), { 'X-Forwarded-For': '203.0.113.3' });
      assertProblem(res, 429, 'rate_limited');
    } finally {
      await server.close();
    }
  });

  test('with trustProxy, the address the proxy appended (right-most) is the client', async () => {
    const server = await startTestServer({ rateLimit: { limit: 2, windowMs: 60_000 }, trustProxy: true });
    const post = (forwardedFor: string) =>
      postContact(server.url, contactBody(), { 'X-Forwarded-For': forwardedFor });
    try {
      // The proxy appends the address it saw; what the client wrote on the left is not believed.
      assert.equal((await post('203.0.113.1')).status, 201);
      assert.equal((await post('198.51.100.9, 203.0.113.1')).status, 201);
      assertProblem(await post('198.51.100.10, 203.0.113.1'), 429, 'rate_limited');
      assertProblem(await post('10.0.0.1, 192.0.2.3, 203.0.113.1'), 429, 'rate_limited');
      // Another client behind the same proxy has its own budget; a /64 is one client.
      assert.equal((await post('2001:db8:0:1::7')).status, 201);
      assert.equal((await post('2001:db8:0:1:ffff::8')).status, 201);
      assertProblem(await post('2001:db8:0:1:abcd::9'), 429, 'rate_limited');
      assert.equal((await post('2001:db8:0:2::7')).status, 201);
      // Not an address: the socket's address counts, with its own budget.
      assert.equal((await post('not-an-address')).status, 201);
      assert.equal((await postContact(server.url, contactBody())).status, 201);
      assertProblem(await postContact(server.url, contactBody()), 429, 'rate_limited');
    } finally {
      await server.close();
    }
  });

  test('behind two trusted hops, or a list of proxy addresses, spoofed left entries change nothing', async () => {
    for (const trustProxy of [2, ['10.0.0.2', '10.0.0.3']] as const) {
      const server = await startTestServer({ rateLimit: { limit: 1, windowMs: 60_000 }, trustProxy });
      try {
        const post = (forwardedFor: string) =>
          postContact(server.url, contactBody(), { 'X-Forwarded-For': forwardedFor });
        assert.equal((await post('203.0.113.1, 10.0.0.2')).status, 201);
        for (let i = 0; i < 5; i += 1) {
          assertProblem(await post(`198.51.100.${i}, 203.0.113.1, 10.0.0.2`), 429, 'rate_limited');
        }
      } finally {
        await server.close();
      }
    }
  });

  test('the window ends: a moving clock lets requests through again', async () => {
    let now = Date.parse('2026-03-02T15:00:00Z');
    const server = await startTestServer({
      now: () => new Date(now),
      rateLimit: { limit: 1, windowMs: 10_000 },
    });
    try {
      assert.equal((await postContact(server.url, contactBody())).status, 201);
      assert.equal((await postContact(server.url, contactBody())).status, 429);
      now += 10_001;
      assert.equal((await postContact(server.url, contactBody())).status, 201);
    } finally {
      await server.close();
    }
  });
});
