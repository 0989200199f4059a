import { after, afterEach, describe, it } from 'node:test';
import { startTestServer } from '@emplois-en-regions/server/testing';
import type { ServerHandle } from './harness.js';
import { registerSdkSuite } from './suite/index.js';
import { TEST_SERVER_OPTIONS } from './test-server-options.js';

const testServer = await startTestServer(TEST_SERVER_OPTIONS);
after(() => testServer.close());

const server: ServerHandle = {
  environment: 'node',
  url: async () => testServer.url,
  requests: async (filter) => testServer.requests.filter(filter).map(({ at: _at, ...request }) => request),
  addFault: async (fault) => void testServer.faults.add(fault),
  clearFaults: async () => testServer.faults.clear(),
  storedContactRequests: async () => testServer.store.countContactRequests(),
};

registerSdkSuite({
  t: {
    describe: (name, body) => void describe(name, body),
    it: (name, body) => void it(name, body),
    afterEach: (body) => afterEach(body),
  },
  server,
});
