import { executeServerCommand } from '@web/test-runner-commands';
import type { Fault, RecordedRequest, RequestFilter, ServerHandle } from '../harness.js';
import { registerSdkSuite } from '../suite/index.js';

// mocha's globals, provided by web-test-runner.
declare function describe(name: string, body: () => void): void;
declare function it(name: string, body: () => Promise<void>): void;
declare function afterEach(body: () => Promise<void>): void;

/** Runs a command of the test-server plugin (web-test-runner.config.mjs), in the runner's process. */
async function command<T>(name: string, payload?: unknown): Promise<T> {
  return (await executeServerCommand(`eer-server:${name}`, payload)) as T;
}

const server: ServerHandle = {
  environment: 'browser',
  url: () => command<string>('url'),
  requests: (filter?: RequestFilter) => command<RecordedRequest[]>('requests', filter ?? {}),
  addFault: async (fault: Fault) => void (await command('add-fault', fault)),
  clearFaults: async () => void (await command('clear-faults')),
  storedContactRequests: () => command<number>('stored-contact-requests'),
};

registerSdkSuite({ t: { describe, it, afterEach }, server });
