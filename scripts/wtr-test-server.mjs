// A web-test-runner plugin that starts the real API (startTestServer) in the
// runner's Node process for the whole run, and answers `eer-server:*` commands
// from the page (`executeServerCommand`). Faults, the request log and the
// database stay reachable only from here, never over HTTP.
//
// Used by packages/sdk and packages/widgets; their `test:browser` scripts start
// Node with `--conditions=source --import tsx` so the server's TypeScript loads.
import { startTestServer } from '@emplois-en-regions/server/testing';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome, MISSING_CHROME_MESSAGE } from './find-chrome.mjs';

/** @param {import('@emplois-en-regions/server/testing').TestServerOptions} options */
export function testServerPlugin(options = {}) {
  let server;
  const commands = {
    url: () => server.url,
    requests: (filter) => server.requests.filter(filter ?? {}).map(({ at: _at, ...request }) => request),
    'reset-requests': () => (server.requests.reset(), true),
    'add-fault': (fault) => (server.faults.add(fault), true),
    'clear-faults': () => (server.faults.clear(), true),
    'stored-contact-requests': () => server.store.countContactRequests(),
  };
  return {
    name: 'eer-test-server',
    async serverStart() {
      server = await startTestServer(options);
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

/** The shared web-test-runner settings: system Chromium, TypeScript through esbuild, sources of workspace packages. */
export function browserTestConfig({ files, serverOptions, timeout = 10_000, tsconfig }) {
  const executablePath = findChrome();
  if (!executablePath) {
    console.error(MISSING_CHROME_MESSAGE);
    process.exit(1);
  }
  return {
    files,
    // The page's origin must be http://localhost:* for the demo key's CORS binding.
    hostname: 'localhost',
    nodeResolve: { exportConditions: ['source', 'browser'] },
    concurrency: 1,
    browsers: [chromeLauncher({ launchOptions: { executablePath, args: CHROME_ARGS } })],
    plugins: [
      esbuildPlugin({ ts: true, target: 'es2022', ...(tsconfig ? { tsconfig } : {}) }),
      testServerPlugin(serverOptions),
    ],
    testFramework: { config: { timeout } },
    testsFinishTimeout: 180_000,
  };
}
