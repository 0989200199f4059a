/**
 * A table of malformed requests. Each must get a 4xx problem+json with a
 * stable code naming the offending field, header or parameter — never a 5xx —
 * and none may store anything.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ContactRequestReceipt } from '@emplois-en-regions/schemas';
import {
  assertProblem,
  assertSchema,
  contactBody,
  invalidBody,
  malformedJson,
  request,
  useTestServer,
  type MalformedCase,
} from './helpers.js';

const server = useTestServer({ rateLimit: false });

interface Case extends MalformedCase {
  method?: 'GET' | 'POST';
  /** Default: POST /v1/contact-requests. */
  path?: string;
  headers?: Record<string, string | undefined>;
  /** A string or bytes is sent as is; anything else as JSON. */
  body?: unknown;
}

const CONTACT = '/v1/contact-requests';
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

/** A valid body with one field replaced (or removed with `undefined`). */
function withField(field: string, value: unknown): Record<string, unknown> {
  const body = contactBody();
  if (value === undefined) delete body[field];
  else body[field] = value;
  return body;
}

/** Writes raw JSON text for a valid body with one field's JSON replaced (for escapes JSON.stringify would not produce). */
function rawWithField(field: string, json: string): string {
  return JSON.stringify(contactBody({ [field]: '@@' })).replace('"@@"', json);
}

const badQuery = (name: string, path: string, field: string): Case => ({
  name,
  method: 'GET',
  path,
  status: 400,
  code: 'invalid_query',
  field,
});

const CASES: Case[] = [
  // Wrong types, missing fields, extra fields
  invalidBody('name is a number', withField('name', 42), 'name'),
  invalidBody('name is missing', withField('name', undefined), 'name'),
  invalidBody('name is only spaces', withField('name', '    '), 'name'),
  invalidBody('email is missing', withField('email', undefined), 'email'),
  invalidBody('email is not an address', withField('email', 'not-an-email'), 'email'),
  invalidBody('email is an array', withField('email', ['a@example.com']), 'email'),
  invalidBody('regionCodes is a string', withField('regionCodes', '04'), 'regionCodes'),
  invalidBody('regionCodes is empty', withField('regionCodes', []), 'regionCodes'),
  invalidBody(
    'regionCodes has four regions',
    withField('regionCodes', ['01', '02', '03', '04']),
    'regionCodes',
  ),
  invalidBody('regionCodes repeats a region', withField('regionCodes', ['04', '04']), 'regionCodes'),
  invalidBody('region 06 (Montréal, not served)', withField('regionCodes', ['06']), 'regionCodes.0'),
  invalidBody('region 13 (Laval, not served)', withField('regionCodes', ['04', '13']), 'regionCodes.1'),
  invalidBody('region 18 does not exist', withField('regionCodes', ['18']), 'regionCodes.0'),
  invalidBody('region 00 does not exist', withField('regionCodes', ['00']), 'regionCodes.0'),
  invalidBody('region "6" lacks its leading zero', withField('regionCodes', ['6']), 'regionCodes.0'),
  invalidBody('region 4 as a number', withField('regionCodes', [4]), 'regionCodes.0'),
  invalidBody('message too short', withField('message', 'Allô'), 'message'),
  invalidBody('message too long (2,001 characters)', withField('message', 'é'.repeat(2001)), 'message'),
  invalidBody('preferredLanguage "de"', withField('preferredLanguage', 'de'), 'preferredLanguage'),
  invalidBody('consent false', withField('consent', false), 'consent'),
  invalidBody('consent missing', withField('consent', undefined), 'consent'),
  invalidBody('consent "true" as a string', withField('consent', 'true'), 'consent'),
  invalidBody('an extra field', { ...contactBody(), admin: true }, 'admin'),
  invalidBody(
    'privacyPolicyUrl is javascript:',
    withField('privacyPolicyUrl', 'javascript:alert(1)'),
    'privacyPolicyUrl',
  ),
  invalidBody('municipalityCode has four digits', withField('municipalityCode', '6602'), 'municipalityCode'),
  // Prototype-pollution keys
  invalidBody(
    'a __proto__ key',
    `{"__proto__":{"polluted":true},${JSON.stringify(contactBody()).slice(1)}`,
    '__proto__',
  ),
  invalidBody(
    'a constructor.prototype key',
    { ...contactBody(), constructor: { prototype: { polluted: true } } },
    'constructor',
  ),
  // Unicode edge cases where they are invalid
  invalidBody(
    'a lone surrogate (escaped) in email',
    rawWithField('email', '"a\\ud800@example.com"'),
    'email',
  ),
  invalidBody('a right-to-left override in email', withField('email', 'moc.elpmaxe@\u202eamina'), 'email'),
  invalidBody('a zero-width space in email', withField('email', 'ami\u200bna@example.com'), 'email'),
  invalidBody(
    'emoji over the name limit (61 × 🇶🇨 = 244 UTF-16 units)',
    withField('name', '🇶🇨'.repeat(61)),
    'name',
  ),
  invalidBody('a NUL character in the name', rawWithField('name', '"Amina\\u0000 Diallo"'), 'name'),
  invalidBody('a lone high surrogate in the name', rawWithField('name', '"Amina \\ud83c"'), 'name'),
  invalidBody(
    'a lone low surrogate in the message',
    rawWithField('message', '"Bonjour, je voudrais \\udf41 venir en région."'),
    'message',
  ),
  invalidBody(
    'a NUL character in the message',
    withField('message', 'Bonjour, je voudrais\u0000 venir en région.'),
    'message',
  ),
  invalidBody(
    'a lone surrogate (escaped) in preferredLanguage',
    rawWithField('preferredLanguage', '"\\udc00"'),
    'preferredLanguage',
  ),
  // SQL-like and script-like strings where they are invalid
  invalidBody('SQL-like phone', withField('phone', "' OR 1=1 --"), 'phone'),
  invalidBody('SQL-like email', withField('email', "x' OR '1'='1"), 'email'),
  invalidBody(
    'script-like municipalityCode',
    withField('municipalityCode', '<script>alert(1)</script>'),
    'municipalityCode',
  ),
  invalidBody('script-like region code', withField('regionCodes', ['<script>']), 'regionCodes.0'),
  // JSON that is not an object
  invalidBody('a JSON array body', [], 'body'),
  invalidBody('a JSON number body', 42, 'body'),
  invalidBody('a JSON null body', 'null', 'body'),
  invalidBody('a JSON string body', '"hello"', 'body'),
  invalidBody('10,000 levels of nested arrays', nested(10_000), 'body'),
  invalidBody('10,000 levels of nesting inside a field', rawWithField('name', nested(10_000)), 'name'),
  // Not JSON at all
  malformedJson('invalid JSON', '{name: "Amina"}'),
  malformedJson('truncated JSON', JSON.stringify(contactBody()).slice(0, 40)),
  malformedJson('an empty body', ''),
  malformedJson('only whitespace', ' \n\t '),
  malformedJson('trailing garbage', `${JSON.stringify(contactBody())} extra`),
  malformedJson('a single quote JSON', "{'name':'Amina'}"),
  malformedJson('bytes that are not UTF-8', new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])),
  // Size
  {
    name: 'a body over 32 KiB',
    body: withField('message', 'a'.repeat(40 * 1024)),
    status: 413,
    code: 'payload_too_large',
    field: 'body',
  },
  // Content type
  {
    name: 'text/plain content type',
    headers: { 'Content-Type': 'text/plain' },
    body: JSON.stringify(contactBody()),
    status: 415,
    code: 'unsupported_media_type',
    field: 'Content-Type',
  },
  {
    name: 'form content type',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'name=Amina',
    status: 415,
    code: 'unsupported_media_type',
    field: 'Content-Type',
  },
  {
    name: 'JSON in latin-1',
    headers: { 'Content-Type': 'application/json; charset=iso-8859-1' },
    body: JSON.stringify(contactBody()),
    status: 415,
    code: 'unsupported_media_type',
    field: 'Content-Type',
  },
  {
    name: 'no content type',
    headers: { 'Content-Type': undefined },
    body: new TextEncoder().encode(JSON.stringify(contactBody())),
    status: 415,
    code: 'unsupported_media_type',
    field: 'Content-Type',
  },
  // Idempotency-Key
  {
    name: 'no Idempotency-Key',
    headers: { 'Idempotency-Key': undefined },
    body: contactBody(),
    status: 400,
    code: 'idempotency_key_required',
    field: 'Idempotency-Key',
  },
  {
    name: 'an Idempotency-Key too short',
    headers: { 'Idempotency-Key': 'abc' },
    body: contactBody(),
    status: 400,
    code: 'idempotency_key_invalid',
    field: 'Idempotency-Key',
  },
  {
    name: 'an Idempotency-Key with spaces',
    headers: { 'Idempotency-Key': 'has spaces inside' },
    body: contactBody(),
    status: 400,
    code: 'idempotency_key_invalid',
    field: 'Idempotency-Key',
  },
  {
    name: 'an Idempotency-Key of 256 characters',
    headers: { 'Idempotency-Key': 'k'.repeat(256) },
    body: contactBody(),
    status: 400,
    code: 'idempotency_key_invalid',
    field: 'Idempotency-Key',
  },
  // Keys
  {
    name: 'an unknown key',
    headers: { Authorization: 'Bearer pk_test_unknown' },
    body: contactBody(),
    status: 401,
    code: 'unauthorized',
    field: 'Authorization',
  },
  {
    name: 'an empty Bearer',
    headers: { Authorization: 'Bearer ' },
    body: contactBody(),
    status: 401,
    code: 'unauthorized',
    field: 'Authorization',
  },
  {
    name: 'no key at all',
    headers: { Authorization: undefined },
    body: contactBody(),
    status: 401,
    code: 'unauthorized',
    field: 'key',
  },
  {
    name: 'an unexpected query parameter on the POST',
    path: `${CONTACT}?debug=1`,
    body: contactBody(),
    status: 400,
    code: 'invalid_query',
    field: 'debug',
  },
  // Query and path parameters
  badQuery('region code 00', '/v1/regions/00', 'code'),
  badQuery('region code 18', '/v1/regions/18', 'code'),
  badQuery('region code 6', '/v1/regions/6', 'code'),
  badQuery('SQL-like region code', `/v1/regions/${encodeURIComponent("01' OR 1=1 --")}`, 'code'),
  badQuery('SQL-like region filter', `/v1/mrcs?region=${encodeURIComponent("' OR 1=1 --")}`, 'region'),
  badQuery('limit 0', '/v1/municipalities?limit=0', 'limit'),
  badQuery('limit 101', '/v1/municipalities?limit=101', 'limit'),
  badQuery('limit abc', '/v1/municipalities?limit=abc', 'limit'),
  badQuery('limit 1e3', '/v1/municipalities?limit=1e3', 'limit'),
  badQuery('limit 2.5', '/v1/events?limit=2.5', 'limit'),
  badQuery('limit given twice', '/v1/municipalities?limit=1&limit=2', 'limit'),
  badQuery('a cursor with forbidden characters', '/v1/municipalities?cursor=%3Cscript%3E', 'cursor'),
  badQuery('a well-formed but unknown cursor', '/v1/municipalities?cursor=AAAAAAAA', 'cursor'),
  badQuery('an events cursor on municipalities', '/v1/events?cursor=eyJ4IjoxfQ', 'cursor'),
  badQuery('a search of 101 characters', `/v1/municipalities?q=${'a'.repeat(101)}`, 'q'),
  badQuery('an impossible date', '/v1/events?from=2026-02-30', 'from'),
  badQuery('a month 13', '/v1/events?from=2026-13-01', 'from'),
  badQuery('a date in words', '/v1/events?to=tomorrow', 'to'),
  badQuery('a date-time without offset', '/v1/events?from=2026-03-01T10:00:00', 'from'),
  badQuery('an unknown event type', '/v1/events?type=concert', 'type'),
  badQuery('an unknown parameter', '/v1/events?sort=desc', 'sort'),
  badQuery('a __proto__ parameter', '/v1/mrcs?__proto__=1', '__proto__'),
  badQuery('lang on the JSON event', '/v1/events/evt_x?lang=en', 'lang'),
  badQuery('an unknown calendar language', '/v1/events.ics?lang=de', 'lang'),
  badQuery('a malformed event id', `/v1/events/${encodeURIComponent('<img src=x>')}`, 'id'),
  badQuery('two different keys', '/v1/regions?key=a&key=b', 'key'),
];

async function send(testCase: Case) {
  const headers: Record<string, string> = {};
  const defaults: Record<string, string | undefined> =
    testCase.method === 'GET'
      ? {}
      : {
          Authorization: 'Bearer pk_test_demo',
          'Content-Type': 'application/json',
          'Idempotency-Key': `malformed-${testCase.name.replace(/[^a-z0-9]+/gi, '-')}`.slice(0, 200),
        };
  for (const [name, value] of Object.entries({ ...defaults, ...testCase.headers })) {
    if (value !== undefined) headers[name] = value;
  }
  const body: BodyInit | undefined =
    testCase.method === 'GET'
      ? undefined
      : typeof testCase.body === 'string'
        ? testCase.body
        : testCase.body instanceof Uint8Array
          ? new Blob([testCase.body as Uint8Array<ArrayBuffer>])
          : JSON.stringify(testCase.body);
  return request(server().url + (testCase.path ?? CONTACT), {
    method: testCase.method ?? 'POST',
    headers,
    body,
  });
}

describe('malformed requests', () => {
  let storedBefore = 0;
  before(async () => {
    storedBefore = await server().store.countContactRequests();
  });
  after(async () => {
    assert.equal(await server().store.countContactRequests(), storedBefore, 'nothing was stored');
  });

  test('the table holds at least 40 cases', () => {
    assert.ok(CASES.length >= 40, `${CASES.length} cases`);
  });

  for (const testCase of CASES) {
    test(`${testCase.name} → ${testCase.status} ${testCase.code} (${testCase.field})`, async () => {
      const res = await send(testCase);
      assert.ok(res.status < 500, `never 5xx: ${res.status} ${res.text.slice(0, 200)}`);
      assertProblem(res, testCase.status, testCase.code, testCase.field);
      for (const error of res.body.errors ?? []) {
        assert.equal(typeof error.message, 'string');
        assert.ok(error.message.length > 0);
      }
    });
  }

  test('a body over 32 KiB streamed without Content-Length → 413', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(8 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 6) return controller.close();
        sent += 1;
        controller.enqueue(chunk);
      },
    });
    const res = await request(`${server().url}${CONTACT}`, {
      method: 'POST',
      headers: {
        Authorization: 'Bearer pk_test_demo',
        'Content-Type': 'application/json',
        'Idempotency-Key': 'malformed-streamed-body',
      },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    assertProblem(res, 413, 'payload_too_large', 'body');
  });

  test('a body of 1 MiB → 413 (the answer still arrives)', async () => {
    const res = await request(`${server().url}${CONTACT}`, {
      method: 'POST',
      headers: {
        Authorization: 'Bearer pk_test_demo',
        'Content-Type': 'application/json',
        'Idempotency-Key': 'malformed-one-mebibyte',
      },
      body: JSON.stringify(withField('message', 'x'.repeat(1024 * 1024))),
    });
    assertProblem(res, 413, 'payload_too_large');
  });

  test('prototype pollution keys change no prototype', () => {
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal((Object.prototype as unknown as Record<string, unknown>).polluted, undefined);
  });

  test('valid free text that looks like markup or SQL is not an error (the API never interprets it)', async () => {
    const search = await request(
      `${server().url}/v1/municipalities?q=${encodeURIComponent("<script>' OR 1=1 --")}`,
    );
    assert.equal(search.status, 200);
    assert.deepEqual(search.body.data, []);
  });

  test('errors come in English when asked', async () => {
    const res = await request(`${server().url}${CONTACT}`, {
      method: 'POST',
      headers: {
        Authorization: 'Bearer pk_test_demo',
        'Content-Type': 'application/json',
        'Idempotency-Key': 'malformed-english',
        'Accept-Language': 'en',
      },
      body: JSON.stringify(withField('email', 'nope')),
    });
    assertProblem(res, 422, 'invalid_body', 'email');
    assert.equal(res.body.errors![0]!.message, 'Enter a valid email address, for example name@example.ca.');
  });
});

describe('error answers stay small whatever the input', () => {
  test('a body with 2,500 unknown fields: 20 field errors and their count', async () => {
    const body = contactBody();
    for (let i = 0; i < 2500; i += 1) body[`x${i}`] = 1;
    const sent = JSON.stringify(body);
    assert.ok(sent.length > 20_000);
    const res = await request(`${server().url}${CONTACT}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: 'Bearer pk_test_demo',
        'Idempotency-Key': 'unknown-fields-0001',
      },
      body: sent,
    });
    assertProblem(res, 422, 'invalid_body', 'x0');
    assert.equal(res.body.errors?.length, 20);
    assert.equal(res.body.errorCount, 2500);
    assert.ok(res.text.length < 5_000, `${res.text.length} bytes`);
  });

  test('a query with 1,500 unknown parameters: 20 field errors and their count', async () => {
    const query = Array.from({ length: 1500 }, (_, i) => `p${i}=1`).join('&');
    const res = await request(`${server().url}/v1/regions?${query}`, {
      headers: { Authorization: 'Bearer pk_test_demo' },
    });
    assertProblem(res, 400, 'invalid_query', 'p0');
    assert.equal(res.body.errors?.length, 20);
    assert.equal(res.body.errorCount, 1500);
    assert.ok(res.text.length < 5_000, `${res.text.length} bytes`);
  });
});

describe('the honeypot', () => {
  test('a filled honeypot gets an answer shaped like a success, and nothing is stored', async () => {
    const before = await server().store.countContactRequests();
    const res = await request(`${server().url}${CONTACT}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: 'Bearer pk_test_demo',
        'Idempotency-Key': 'honeypot-filled-0001',
      },
      body: JSON.stringify(withField('website', 'http://spam.example')),
    });
    assert.equal(res.status, 201, res.text);
    assertSchema(ContactRequestReceipt, res.body);
    assert.match(res.body.reference, /^EER-\d{4}-9\d{5}$/);
    assert.doesNotMatch(res.text, /website|honeypot|vide|empty/i);
    assert.equal(await server().store.countContactRequests(), before);
  });

  test('a filled honeypot with an invalid body gets the same field errors as anyone', async () => {
    const res = await request(`${server().url}${CONTACT}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: 'Bearer pk_test_demo',
        'Idempotency-Key': 'honeypot-filled-0002',
      },
      body: JSON.stringify({ ...withField('website', 'x'), email: 'nope' }),
    });
    assertProblem(res, 422, 'invalid_body', 'email');
    assert.doesNotMatch(res.text, /website/);
  });
});

describe('secret keys never travel in a URL', () => {
  for (const path of ['/v1/contact-requests', '/v1/regions']) {
    test(`?key=sk_… on ${path}: 400 naming key, without data`, async () => {
      const res = await request(`${server().url}${path}?key=sk_test_promis`);
      assertProblem(res, 400, 'invalid_query', 'key');
      assert.doesNotMatch(res.text, /"data"|@/);
      assert.match(res.body.detail ?? '', /Authorization/);
    });
  }
});

describe('text a person typed', () => {
  test('NUL and lone surrogates are named invalid characters; whole emoji pass', async () => {
    const post = (body: string, key: string) =>
      request(`${server().url}${CONTACT}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: 'Bearer pk_test_demo',
          'Idempotency-Key': key,
        },
        body,
      });
    const refused = await post(rawWithField('name', '"Amina \\ud83c"'), 'lone-surrogate-0001');
    assertProblem(refused, 422, 'invalid_body', 'name');
    assert.equal(refused.body.errors?.[0]?.code, 'invalid_characters');
    const accepted = await post(JSON.stringify(contactBody({ name: 'Amina 🇶🇨 Diallo' })), 'whole-emoji-0001');
    assert.equal(accepted.status, 201, accepted.text);
  });
});
