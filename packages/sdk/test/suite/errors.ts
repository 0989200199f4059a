import { expect } from 'chai';
import {
  AuthError,
  EerError,
  NotFoundError,
  createClient,
  isAbortedError,
  isApiError,
  isAuthError,
  isEerError,
  isHttpError,
  isInvalidRequestError,
  isNetworkError,
  isNotFoundError,
  isRateLimitedError,
  isTimeoutError,
  isValidationError,
} from '../../src/index.js';
import type { SuiteContext } from '../harness.js';
import { demoClient, rejectionOf, thrownBy } from './helpers.js';

export function errorsSuite({ t, server }: SuiteContext): void {
  t.describe('errors', () => {
    t.it('an unknown event is a NotFoundError with status, code, problem and request id', async () => {
      const client = await demoClient(server);
      const error = await rejectionOf(client.events.get('evt_does-not-exist'));
      expect(error).to.be.instanceOf(NotFoundError);
      expect(error).to.be.instanceOf(EerError);
      expect(isNotFoundError(error)).to.equal(true);
      expect(isHttpError(error)).to.equal(true);
      expect(isEerError(error)).to.equal(true);
      expect(isApiError(error)).to.equal(true);
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(404);
      expect(error.code).to.equal('not_found');
      expect(error.problem.status).to.equal(404);
      expect(error.requestId).to.be.a('string').with.length.greaterThan(0);
      expect(error.problem.requestId).to.equal(error.requestId);
      expect(error.method).to.equal('GET');
      expect(error.message).to.contain('/v1/events/evt_does-not-exist');
    });

    t.it('the guards recognize an error from another realm by its brand, not instanceof', () => {
      const foreign = Object.assign(Object.create(null), {
        [Symbol.for('@emplois-en-regions/sdk/error')]: true,
        name: 'RateLimitedError',
        kind: 'http',
        status: 429,
        retryAfterMs: 1000,
      });
      expect(foreign instanceof EerError).to.equal(false);
      expect(isEerError(foreign)).to.equal(true);
      expect(isRateLimitedError(foreign)).to.equal(true);
      expect(isHttpError(foreign)).to.equal(true);
      expect(isNotFoundError(foreign)).to.equal(false);
      for (const guard of [
        isEerError,
        isNetworkError,
        isTimeoutError,
        isAbortedError,
        isValidationError,
        isAuthError,
      ]) {
        expect(guard(new Error('plain'))).to.equal(false);
        expect(guard(null)).to.equal(false);
        expect(guard('text')).to.equal(false);
      }
      expect(isInvalidRequestError(undefined)).to.equal(false);
      return Promise.resolve();
    });

    t.it('an unknown key is an AuthError, in a browser too (refusals carry CORS headers)', async () => {
      const client = createClient({ baseUrl: await server.url(), key: 'pk_test_unknown', retry: 0 });
      const error = await rejectionOf(client.regions.list());
      expect(error).to.be.instanceOf(AuthError);
      expect(isAuthError(error)).to.equal(true);
      expect(error.status).to.equal(401);
      expect(error.code).to.equal('unauthorized');
    });

    t.it('an unreachable API is a network error', async () => {
      const client = createClient({ baseUrl: 'http://127.0.0.1:9', key: 'pk_test_demo', retry: 0 });
      const error = await rejectionOf(client.regions.list());
      expect(isNetworkError(error)).to.equal(true);
      expect(error.kind).to.equal('network');
      expect(error.requestId).to.equal(undefined);
    });

    t.it('misconfiguration throws a TypeError at once', async () => {
      expect(thrownBy(() => createClient({ baseUrl: 'http://localhost:1', key: 'nope' }))).to.be.instanceOf(
        TypeError,
      );
      if (server.environment === 'node') {
        expect(thrownBy(() => createClient({ key: 'pk_test_demo' }))).to.be.instanceOf(TypeError);
      }
    });
  });
}
