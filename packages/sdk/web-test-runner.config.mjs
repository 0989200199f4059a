// Runs the shared SDK suite (test/suite) in headless Chromium against the real
// API started by the shared plugin (scripts/wtr-test-server.mjs).
import { browserTestConfig } from '../../scripts/wtr-test-server.mjs';
import { TEST_SERVER_OPTIONS } from './test/test-server-options.ts';

export default browserTestConfig({
  files: ['test/browser/**/*.browser.ts'],
  serverOptions: TEST_SERVER_OPTIONS,
});
