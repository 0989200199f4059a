import type { SuiteContext } from '../harness.js';
import { cachingSuite } from './caching.js';
import { cancellationSuite } from './cancellation.js';
import { errorsSuite } from './errors.js';
import { paginationSuite } from './pagination.js';
import { resourcesSuite } from './resources.js';
import { retriesSuite } from './retries.js';
import { validationSuite } from './validation.js';
import { webhooksSuite } from './webhooks.js';
import { writesSuite } from './writes.js';

/** Registers the whole SDK suite; the same in Node and in Chromium. */
export function registerSdkSuite(context: SuiteContext): void {
  resourcesSuite(context);
  paginationSuite(context);
  cachingSuite(context);
  cancellationSuite(context);
  retriesSuite(context);
  validationSuite(context);
  errorsSuite(context);
  writesSuite(context);
  webhooksSuite(context);
}
