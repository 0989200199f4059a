import { expect } from 'chai';
import { isAbortedError, isTimeoutError } from '../../src/index.js';
import type { SuiteContext } from '../harness.js';
import { countRequests, demoClient, rejectionOf } from './helpers.js';

export function cancellationSuite({ t, server }: SuiteContext): void {
  t.describe('abort and timeout', () => {
    t.afterEach(() => server.clearFaults());

    t.it("the caller's abort rejects at once with kind 'aborted'", async () => {
      await server.addFault({ method: 'GET', path: '/v1/regions/05', kind: 'delay', ms: 2_000 });
      const client = await demoClient(server);
      const controller = new AbortController();
      const started = Date.now();
      setTimeout(() => controller.abort(), 100);
      const error = await rejectionOf(client.regions.get('05', { signal: controller.signal }));
      expect(Date.now() - started).to.be.lessThan(1_500);
      expect(error.kind).to.equal('aborted');
      expect(isAbortedError(error)).to.equal(true);
      expect(isTimeoutError(error)).to.equal(false);
    });

    t.it("a slow answer rejects with kind 'timeout' after the client's timeout", async () => {
      await server.addFault({ method: 'GET', path: '/v1/regions/06', kind: 'delay', ms: 2_000 });
      const client = await demoClient(server, { timeout: 200 });
      const started = Date.now();
      const error = await rejectionOf(client.regions.get('06'));
      expect(Date.now() - started).to.be.lessThan(1_500);
      expect(error.kind).to.equal('timeout');
      expect(isTimeoutError(error)).to.equal(true);
      expect(error.message).to.match(/GET .*\/v1\/regions\/06 timed out/);
    });

    t.it("the caller's own timeout signal is an abort, never the client's timeout", async () => {
      await server.addFault({ method: 'GET', path: '/v1/regions/07', kind: 'delay', ms: 2_000 });
      const client = await demoClient(server, { timeout: 5_000 });
      const error = await rejectionOf(client.regions.get('07', { signal: AbortSignal.timeout(100) }));
      expect(error.kind).to.equal('aborted');
    });

    t.it('an already aborted signal sends nothing', async () => {
      const client = await demoClient(server);
      const { result: error, count } = await countRequests(server, { path: '/v1/regions/08' }, () =>
        rejectionOf(client.regions.get('08', { signal: AbortSignal.abort() })),
      );
      expect(error.kind).to.equal('aborted');
      expect(count).to.equal(0);
    });
  });
}
