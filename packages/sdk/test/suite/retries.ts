import { expect } from 'chai';
import { isHttpError, isRateLimitedError, type ContactRequestReceipt } from '../../src/index.js';
import type { SuiteContext } from '../harness.js';
import { contactInput, countRequests, demoClient, rejectionOf } from './helpers.js';

const CONTACT = '/v1/contact-requests';

export function retriesSuite({ t, server }: SuiteContext): void {
  t.describe('retries', () => {
    t.afterEach(() => server.clearFaults());

    t.it('a GET answered 503 with Retry-After is retried after that wait, then succeeds', async () => {
      await server.addFault({
        method: 'GET',
        path: '/v1/organizations',
        kind: 'status',
        status: 503,
        retryAfter: 1,
      });
      const client = await demoClient(server);
      const started = Date.now();
      const { result, count } = await countRequests(
        server,
        { method: 'GET', path: '/v1/organizations' },
        () => client.organizations.list({ cache: false }),
      );
      expect(Date.now() - started).to.be.at.least(900);
      expect(result.data.length).to.be.greaterThan(0);
      expect(count).to.equal(2);
    });

    t.it('a GET whose connection drops is retried', async () => {
      await server.addFault({ method: 'GET', path: '/v1/mrcs', kind: 'drop-before' });
      const client = await demoClient(server);
      const { result, count } = await countRequests(server, { method: 'GET', path: '/v1/mrcs' }, () =>
        client.mrcs.list({ region: '01' }, { cache: false }),
      );
      expect(result.data.length).to.be.greaterThan(0);
      expect(count).to.be.at.least(2);
    });

    t.it('a Retry-After longer than maxRetryAfter fails at once with the wait to honour', async () => {
      await server.addFault({
        method: 'GET',
        path: '/v1/advisors',
        kind: 'status',
        status: 429,
        retryAfter: 120,
      });
      const client = await demoClient(server, { retry: { maxRetryAfter: 5_000 } });
      const { result: error, count } = await countRequests(
        server,
        { method: 'GET', path: '/v1/advisors' },
        () => rejectionOf(client.advisors.list({}, { cache: false })),
      );
      expect(isRateLimitedError(error)).to.equal(true);
      expect(error.retryAfterMs).to.equal(120_000);
      expect(count).to.equal(1);
    });

    t.it('gives up after the retry limit with the last error', async () => {
      await server.addFault({ method: 'GET', path: '/v1/regions/09', kind: 'status', status: 500, times: 5 });
      const client = await demoClient(server, { retry: { limit: 2, backoffLimit: 100 } });
      const { result: error, count } = await countRequests(
        server,
        { method: 'GET', path: '/v1/regions/09' },
        () => rejectionOf(client.regions.get('09')),
      );
      expect(isHttpError(error)).to.equal(true);
      expect(error.status).to.equal(500);
      expect(count).to.equal(3);
    });

    t.it('a POST without an idempotency key is never retried', async () => {
      await server.addFault({ method: 'POST', path: CONTACT, kind: 'status', status: 503, retryAfter: 0 });
      const client = await demoClient(server);
      const { result: error, count } = await countRequests(server, { method: 'POST', path: CONTACT }, () =>
        rejectionOf(
          client.core.request({ method: 'POST', path: 'contact-requests', body: contactInput('no key') }),
        ),
      );
      expect(error.status).to.equal(503);
      expect(count).to.equal(1);
    });

    t.it('contactRequests.create is retried after a 503 with one idempotency key', async () => {
      await server.addFault({ method: 'POST', path: CONTACT, kind: 'status', status: 503, retryAfter: 0 });
      const client = await demoClient(server);
      const stored = await server.storedContactRequests();
      const before = (await server.requests({ method: 'POST', path: CONTACT })).length;
      const receipt = await client.contactRequests.create(contactInput('503'));
      const posts = (await server.requests({ method: 'POST', path: CONTACT })).slice(before);
      expect(receipt.reference).to.match(/^EER-/);
      expect(posts).to.have.length(2);
      expect(posts[0]?.headers['idempotency-key']).to.be.a('string');
      expect(posts[1]?.headers['idempotency-key']).to.equal(posts[0]?.headers['idempotency-key']);
      expect(await server.storedContactRequests()).to.equal(stored + 1);
    });

    t.it('a create retried after the connection dropped stores exactly one request', async () => {
      await server.addFault({ method: 'POST', path: CONTACT, kind: 'drop-after' });
      const client = await demoClient(server);
      const stored = await server.storedContactRequests();
      const before = (await server.requests({ method: 'POST', path: CONTACT })).length;
      const receipt: ContactRequestReceipt = await client.contactRequests.create(contactInput('drop-after'));
      const posts = (await server.requests({ method: 'POST', path: CONTACT })).slice(before);
      expect(posts.length).to.be.at.least(2);
      const keys = new Set(posts.map((post) => post.headers['idempotency-key']));
      expect(keys.size).to.equal(1);
      expect(await server.storedContactRequests()).to.equal(stored + 1);

      // The request the first attempt stored is the one the retry answered with.
      const [key] = keys as Set<string>;
      const replay = await client.contactRequests.create(contactInput('drop-after'), { idempotencyKey: key });
      expect(replay.reference).to.equal(receipt.reference);
      expect(replay.id).to.equal(receipt.id);
      expect(await server.storedContactRequests()).to.equal(stored + 1);
    });
  });
}
