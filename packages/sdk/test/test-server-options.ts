import type { TestServerOptions } from '@emplois-en-regions/server/testing';

/**
 * The suite sends a dozen contact requests in a few seconds: the production rate
 * limit (10 per 10 minutes) would answer 429 to some of them. Rate limiting is
 * exercised through injected 429 faults instead.
 */
export const TEST_SERVER_OPTIONS: TestServerOptions = { rateLimit: false };
