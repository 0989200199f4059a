import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as shared from '@emplois-en-regions/schemas';
import { createApp, openStore } from '@emplois-en-regions/server';
import { ROUTES } from '../src/openapi/routes.js';
import { request, useTestServer } from './helpers.js';

const server = useTestServer();

function isZodSchema(value: unknown): boolean {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

/** Every `$ref` in a JSON value. */
function refsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => refsIn(item, out));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string') out.push(item);
      else refsIn(item, out);
    }
  }
  return out;
}

/** Hono path → OpenAPI template: `:code` → `{code}`, `:id{[^/]+\.ics}` → `{id}.ics`. */
function toTemplate(path: string): string {
  return path.replace(/:(\w+)\{[^}]*\\\.ics\}/g, '{$1}.ics').replace(/:(\w+)/g, '{$1}');
}

describe('GET /v1/openapi.json', () => {
  test('is an OpenAPI 3.1 document with servers, paths and security schemes', async () => {
    const res = await request(`${server().url}/v1/openapi.json`);
    assert.equal(res.status, 200);
    assert.equal(res.body.openapi, '3.1.0');
    assert.equal(res.body.info.version, '1.0.0');
    assert.deepEqual(res.body.servers, [{ url: server().url }]);
    assert.ok(res.body.components.securitySchemes.publishableKey);
    assert.ok(res.headers.get('etag'));
  });

  test('components.schemas holds every named schema of the shared package', async () => {
    const { body } = await request(`${server().url}/v1/openapi.json`);
    const named = Object.entries(shared)
      .filter(([, value]) => isZodSchema(value))
      .map(([name]) => name);
    assert.ok(named.length > 20);
    for (const name of named) assert.ok(body.components.schemas[name], `components.schemas.${name}`);
    const region = body.components.schemas.RegionList;
    assert.equal(region.properties.data.items.$ref, '#/components/schemas/Region');
    assert.equal(body.components.schemas.ContactRequestInput.additionalProperties, false);
  });

  test('every $ref resolves inside the document', async () => {
    const { body } = await request(`${server().url}/v1/openapi.json`);
    for (const ref of refsIn(body)) {
      const [, section, name] = /^#\/components\/(\w+)\/(.+)$/.exec(ref) ?? [];
      assert.ok(section && name && body.components[section]?.[name], `unresolved ${ref}`);
    }
  });

  test('query parameters are generated from the query schemas', async () => {
    const { body } = await request(`${server().url}/v1/openapi.json`);
    const events = body.paths['/v1/events'].get;
    const names = events.parameters.map((p: { name: string }) => p.name).sort();
    assert.deepEqual(names, ['cursor', 'from', 'limit', 'region', 'to', 'type']);
    const limit = events.parameters.find((p: { name: string }) => p.name === 'limit');
    assert.equal(limit.in, 'query');
    assert.equal(limit.schema.minimum, 1);
    assert.equal(limit.schema.maximum, 100);
    const post = body.paths['/v1/contact-requests'].post;
    assert.ok(
      post.parameters.some(
        (p: { name: string; in: string }) => p.name === 'Idempotency-Key' && p.in === 'header',
      ),
    );
    assert.equal(
      post.requestBody.content['application/json'].schema.$ref,
      '#/components/schemas/ContactRequestInput',
    );
    assert.ok(
      post.responses['201'] && post.responses['409'] && post.responses['422'] && post.responses['429'],
    );
  });

  test('the app serves exactly the documented routes', async () => {
    const store = await openStore({ path: ':memory:' });
    try {
      const app = createApp({ store, logger: false });
      const served = new Set(
        app.routes
          // The reference page's stylesheet is an asset of /docs/api, not an API operation.
          .filter(
            (route) =>
              ['GET', 'POST', 'PATCH', 'DELETE'].includes(route.method) && !route.path.endsWith('.css'),
          )
          .map((route) => `${route.method.toLowerCase()} ${toTemplate(route.path)}`),
      );
      const documented = new Set(ROUTES.map((route) => `${route.method} ${route.path}`));
      assert.deepEqual([...served].sort(), [...documented].sort());
    } finally {
      await store.close();
    }
  });

  test('texts are in French by default, English with lang=en or Accept-Language', async () => {
    const fr = await request(`${server().url}/v1/openapi.json`);
    const en = await request(`${server().url}/v1/openapi.json?lang=en`);
    const byHeader = await request(`${server().url}/v1/openapi.json`, {
      headers: { 'Accept-Language': 'en' },
    });
    assert.equal(fr.body.paths['/v1/regions'].get.summary, 'Les 17 régions administratives');
    assert.equal(en.body.paths['/v1/regions'].get.summary, 'The 17 administrative regions');
    assert.equal(byHeader.body.info.title, 'Emplois en régions API');
    assert.notEqual(fr.headers.get('etag'), en.headers.get('etag'));
    assert.match(fr.headers.get('vary')!, /Accept-Language/);
  });
});

describe('GET /docs/api', () => {
  test('is server-rendered HTML with every operation and schema, and curl examples', async () => {
    const res = await fetch(`${server().url}/docs/api`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /^text\/html/);
    const page = await res.text();
    assert.match(page, /^<!doctype html>\s*<html lang="fr">/);
    for (const route of ROUTES) assert.ok(page.includes(`id="${route.operationId}"`), route.operationId);
    assert.ok(page.includes('id="schema-ContactRequestInput"'));
    assert.ok(page.includes(`curl -s &#39;${server().url}/v1/regions&#39;`));
    assert.ok(page.includes('Idempotency-Key: $(uuidgen)'));
  });

  test('writes array and map types as text, not as stray tags', async () => {
    const page = await (await fetch(`${server().url}/docs/api`)).text();
    assert.match(page, /array&lt;<a href="#schema-[A-Za-z]+">/);
    assert.doesNotMatch(page, /<\/string,>|><\/[A-Z][A-Za-z]*>/);
  });

  test('works offline and under a strict CSP: no external URL, no script, no inline style', async () => {
    const res = await fetch(`${server().url}/docs/api`);
    const csp = res.headers.get('content-security-policy')!;
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /style-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    const page = await res.text();
    assert.doesNotMatch(page, /<script/i);
    assert.doesNotMatch(page, /\sstyle=/i);
    assert.doesNotMatch(page, /<style/i);
    assert.doesNotMatch(page, /\son[a-z]+=/i, 'no inline event handler');
    for (const match of page.matchAll(/<(?:link|script|img)\b[^>]*(?:href|src)="([^"]+)"/gi)) {
      assert.ok(match[1]!.startsWith('/'), `external resource ${match[1]}`);
    }
    const css = await fetch(`${server().url}/docs/api/styles.css`);
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type')!, /^text\/css/);
    assert.doesNotMatch(await css.text(), /@import|url\(/);
  });

  test('has an English version', async () => {
    const page = await (await fetch(`${server().url}/docs/api?lang=en`)).text();
    assert.match(page, /<html lang="en">/);
    assert.ok(page.includes('Emplois en régions API reference'));
    assertProblemCode(await fetch(`${server().url}/docs/api?lang=de`), 400);
  });
});

function assertProblemCode(res: Response, status: number): void {
  assert.equal(res.status, status);
  assert.match(res.headers.get('content-type')!, /^application\/problem\+json/);
}
