import { expect } from 'chai';
import {
  createClient,
  type ClientOptions,
  type ContactRequestInput,
  type EerClient,
} from '../../src/index.js';
import type { RequestFilter, ServerHandle } from '../harness.js';

/** A client of the test server with the demo publishable key (allowed from localhost pages). */
export async function demoClient(server: ServerHandle, options: ClientOptions = {}): Promise<EerClient> {
  return createClient({ baseUrl: await server.url(), key: 'pk_test_demo', ...options });
}

/** Resolves with what `promise` rejected with; fails the test if it resolved. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions read fields of every error subclass
export async function rejectionOf(promise: PromiseLike<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  expect.fail('expected a rejection');
}

/** What `body` throws synchronously; fails the test if it did not throw. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
export function thrownBy(body: () => unknown): any {
  try {
    body();
  } catch (error) {
    return error;
  }
  expect.fail('expected a throw');
}

/** Counts the server requests matching `filter` made while `body` runs. */
export async function countRequests<T>(
  server: ServerHandle,
  filter: RequestFilter,
  body: () => Promise<T>,
): Promise<{ result: T; count: number }> {
  const before = (await server.requests(filter)).length;
  const result = await body();
  const count = (await server.requests(filter)).length - before;
  return { result, count };
}

/** A contact request the API accepts; `tag` makes its text unique. */
export function contactInput(tag: string): ContactRequestInput {
  return {
    name: 'Ana Souza',
    email: 'ana.souza@example.com',
    regionCodes: ['04'],
    message: `Bonjour, je souhaite m'installer en Mauricie (${tag}).`,
    preferredLanguage: 'fr',
    consent: true,
  };
}
