// Widget tests in headless Chromium with @open-wc/testing, against the real API
// started by the shared plugin (scripts/wtr-test-server.mjs).
import { browserTestConfig } from '../../scripts/wtr-test-server.mjs';

export default browserTestConfig({
  files: ['test/**/*.test.ts'],
  // Widget tests send contact requests in quick succession; rate limiting is tested in the server.
  serverOptions: { rateLimit: false },
  timeout: 15_000,
  // Legacy decorators (experimentalDecorators) must reach esbuild's transform.
  tsconfig: new URL('./tsconfig.json', import.meta.url).pathname,
});
