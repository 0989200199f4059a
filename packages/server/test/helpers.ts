import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import * as z from 'zod/mini';
import { Problem } from '@emplois-en-regions/schemas';
import { startTestServer, type TestServer, type TestServerOptions } from '@emplois-en-regions/server/testing';
import { EXAMPLE_CONTACT_REQUEST } from '../src/openapi/routes.js';

/** Starts one test server for the file (before/after hooks); `server()` returns it. */
export function useTestServer(options?: TestServerOptions): () => TestServer {
  let server: TestServer | undefined;
  before(async () => {
    server = await startTestServer(options);
  });
  after(async () => {
    await server?.close();
  });
  return () => {
    assert.ok(server, 'test server not started');
    return server;
  };
}

// Tests read answers loosely; schemas are checked with assertSchema where it matters.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface JsonResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/** fetch + read the body as text and (when it parses) as JSON. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function request<T = any>(url: string, init?: RequestInit): Promise<JsonResponse<T>> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: unknown = undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, body: body as T, text };
}

/** Asserts that `value` matches a zod schema, with the issues in the message. */
export function assertSchema(schema: z.core.$ZodType, value: unknown, label = 'body'): void {
  const result = z.safeParse(schema, value);
  assert.ok(result.success, `${label} does not match the schema: ${JSON.stringify(result.error?.issues)}`);
}

/**
 * Asserts a problem+json answer: status, code, Problem schema, X-Request-Id
 * equal to `requestId`, and (when given) an `errors[].field`.
 */
export function assertProblem(
  response: JsonResponse,
  status: number,
  code: string,
  field?: string,
): asserts response is JsonResponse<Problem> {
  const context = `${response.status} ${response.text.slice(0, 300)}`;
  assert.equal(response.status, status, context);
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/, context);
  assertSchema(Problem, response.body, 'problem');
  const problem = response.body as Problem;
  assert.equal(problem.code, code, context);
  assert.equal(problem.status, status);
  assert.equal(problem.type, `https://emplois-en-regions.example/problems/${code}`);
  assert.ok(response.headers.get('x-request-id'), 'X-Request-Id header');
  assert.equal(problem.requestId, response.headers.get('x-request-id'));
  if (field !== undefined) {
    const fields = (problem.errors ?? []).map((error) => error.field);
    assert.ok(fields.includes(field), `errors should name "${field}", got ${JSON.stringify(fields)}`);
  }
}

/** A row of a malformed-request table: what is sent, and the problem that must answer it. */
export interface MalformedCase {
  name: string;
  body?: unknown;
  status: number;
  code: string;
  field: string;
}

/** A body whose `field` is invalid: 422 `invalid_body` naming it. */
export const invalidBody = (name: string, body: unknown, field: string): MalformedCase => ({
  name,
  body,
  status: 422,
  code: 'invalid_body',
  field,
});

/** A body that is not JSON: 400 `malformed_json` naming `body`. */
export const malformedJson = (name: string, body: unknown): MalformedCase => ({
  name,
  body,
  status: 400,
  code: 'malformed_json',
  field: 'body',
});

/** A valid contact request body; override fields per test. */
export function contactBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...EXAMPLE_CONTACT_REQUEST, regionCodes: [...EXAMPLE_CONTACT_REQUEST.regionCodes], ...overrides };
}

let keyCounter = 0;
/** A fresh Idempotency-Key. */
export function newIdempotencyKey(): string {
  keyCounter += 1;
  return `test-${process.pid}-${Date.now()}-${keyCounter}`;
}

/** POST /v1/contact-requests with the demo key, JSON content type and a fresh Idempotency-Key unless given. */
export function postContact(
  baseUrl: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<JsonResponse> {
  return request(`${baseUrl}/v1/contact-requests`, {
    method: 'POST',
    headers: {
      Authorization: 'Bearer pk_test_demo',
      'Content-Type': 'application/json',
      'Idempotency-Key': newIdempotencyKey(),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Every page of a list, following nextCursor. */
export async function allPages<T>(firstUrl: string, init?: RequestInit): Promise<T[]> {
  const items: T[] = [];
  let url: string | null = firstUrl;
  for (let guard = 0; url && guard < 1000; guard += 1) {
    const page: JsonResponse<{ data: T[]; nextCursor: string | null }> = await request(url, init);
    assert.equal(page.status, 200, page.text);
    items.push(...page.body.data);
    if (page.body.nextCursor === null) url = null;
    else {
      const next: URL = new URL(url);
      next.searchParams.set('cursor', page.body.nextCursor);
      url = next.toString();
    }
  }
  return items;
}
