import { expect } from 'chai';
import type { SuiteContext } from '../harness.js';
import { countRequests, demoClient, rejectionOf } from './helpers.js';

const REGIONS = { method: 'GET', path: '/v1/regions' };

export function cachingSuite({ t, server }: SuiteContext): void {
  t.describe('shared calls and caching', () => {
    t.afterEach(() => server.clearFaults());

    t.it('three widgets asking for the regions at once share one request', async () => {
      const client = await demoClient(server);
      const { result, count } = await countRequests(server, REGIONS, () =>
        Promise.all([client.regions.list(), client.regions.list(), client.regions.list()]),
      );
      const [a, b, c] = result;
      expect(a).to.equal(b);
      expect(b).to.equal(c);
      // A browser may answer from its own HTTP cache, filled by an earlier test.
      if (server.environment === 'node') expect(count).to.equal(1);
      else expect(count).to.be.at.most(1);
    });

    t.it('identical searches in flight cost one request at the server', async () => {
      const client = await demoClient(server);
      const q = `val-${Math.random().toString(36).slice(2, 8)}`;
      const { count } = await countRequests(server, { method: 'GET', path: '/v1/municipalities' }, () =>
        Promise.all([1, 2, 3].map(() => client.municipalities.list({ q }))),
      );
      expect(count).to.equal(1);
    });

    t.it('one caller leaving does not abort the call the others share', async () => {
      await server.addFault({ method: 'GET', path: '/v1/regions/10', kind: 'delay', ms: 300 });
      const client = await demoClient(server);
      const controller = new AbortController();
      const { result, count } = await countRequests(server, { method: 'GET', path: '/v1/regions/10' }, () => {
        const leaving = rejectionOf(client.regions.get('10', { signal: controller.signal }));
        const staying = client.regions.get('10');
        controller.abort();
        return Promise.all([leaving, staying]);
      });
      expect(result[0].kind).to.equal('aborted');
      expect(result[1].code).to.equal('10');
      expect(count).to.equal(1);
    });

    t.it('a fresh answer is reused from memory', async () => {
      const client = await demoClient(server);
      const first = await client.mrcs.list({ region: '02' });
      const { result: second, count } = await countRequests(server, { method: 'GET', path: '/v1/mrcs' }, () =>
        client.mrcs.list({ region: '02' }),
      );
      expect(second).to.equal(first);
      expect(count).to.equal(0);
    });

    t.it('a stale answer is revalidated with its ETag', async () => {
      const client = await demoClient(server, { cache: { ttl: 0 } });
      const first = await client.regions.list();
      const { result: second, count } = await countRequests(server, REGIONS, () => client.regions.list());
      expect(count).to.equal(1);
      const revalidation = (await server.requests(REGIONS)).at(-1);
      // Node sends If-None-Match itself; a browser's HTTP cache does it (cache: 'no-cache').
      expect(revalidation?.headers['if-none-match']).to.match(/^(W\/)?"/);
      expect(second).to.equal(first);
    });

    t.it('cache: false asks the API again', async () => {
      const client = await demoClient(server);
      await client.organizations.list();
      const { count } = await countRequests(server, { method: 'GET', path: '/v1/organizations' }, () =>
        client.organizations.list({ cache: false }),
      );
      expect(count).to.equal(1);
    });

    t.it('a GET stays a CORS simple request: key in the query, no custom header', async () => {
      const client = await demoClient(server);
      await client.regions.get('11', { cache: false });
      const [get] = (await server.requests({ method: 'GET', path: '/v1/regions/11' })).slice(-1);
      expect(get?.query['key']).to.equal('pk_test_demo');
      expect(get?.headers['accept-language']).to.equal('fr');
      for (const header of ['authorization', 'idempotency-key', 'x-request-id', 'content-type']) {
        expect(get?.headers).not.to.have.property(header);
      }
      expect(await server.requests({ method: 'OPTIONS', path: '/v1/regions/11' })).to.have.length(0);
    });

    t.it('a failed shared call rejects every caller', async () => {
      await server.addFault({ method: 'GET', path: '/v1/regions/12', kind: 'status', status: 404 });
      const client = await demoClient(server);
      const errors = await Promise.all([1, 2].map(() => rejectionOf(client.regions.get('12'))));
      expect(errors[0]).to.equal(errors[1]);
      expect(errors[0].status).to.equal(404);
    });
  });
}
