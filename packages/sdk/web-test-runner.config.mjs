// Runs the shared SDK suite (test/suite) in headless Chromium against the real
// API. The test server lives in this (Node) process: the page reaches its
// faults, request log and database only through the commands below, so faults
// stay impossible to trigger over HTTP.
//
// Run through `pnpm run test:browser`, which starts Node with
// `--conditions=source --import tsx` so the server's TypeScript sources load here.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { startTestServer } from '@emplois-en-regions/server/testing';
import { CHROME_ARGS, findChrome, MISSING_CHROME_MESSAGE } from '../../scripts/find-chrome.mjs';
import { TEST_SERVER_OPTIONS } from './test/test-server-options.ts';

const executablePath = findChrome();
if (!executablePath) {
  console.error(MISSING_CHROME_MESSAGE);
  process.exit(1);
}

/** Starts the API on a random port for the run and answers the suite's `eer-server:*` commands. */
function testServerPlugin() {
  let server;
  const commands = {
    url: () => server.url,
    requests: (filter) => server.requests.filter(filter ?? {}).map(({ at: _at, ...request }) => request),
    'add-fault': (fault) => (server.faults.add(fault), true),
    'clear-faults': () => (server.faults.clear(), true),
    'stored-contact-requests': () => server.store.countContactRequests(),
  };
  return {
    name: 'eer-test-server',
    async serverStart() {
      server = await startTestServer(TEST_SERVER_OPTIONS);
    },
    async serverStop() {
      await server?.close();
    },
    executeCommand({ command, payload }) {
      const name = command.startsWith('eer-server:') ? command.slice('eer-server:'.length) : undefined;
      return name && name in commands ? commands[name](payload) : undefined;
    },
  };
}

export default {
  files: ['test/browser/**/*.browser.ts'],
  // The page's origin must be http://localhost:* for the demo key's CORS binding.
  hostname: 'localhost',
  nodeResolve: { exportConditions: ['source', 'browser'] },
  concurrency: 1,
  browsers: [chromeLauncher({ launchOptions: { executablePath, args: CHROME_ARGS } })],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' }), testServerPlugin()],
  testFramework: { config: { timeout: 10_000 } },
  testsFinishTimeout: 120_000,
};
