import type { RetryOptions as KyRetryOptions } from 'ky';

/**
 * How the client retries a failed call. GETs are retried on 408, 429, 5xx and
 * network errors; `contactRequests.create` — and only because it sends an
 * `Idempotency-Key` — on 429, 5xx and network errors. Delays grow exponentially
 * with full jitter; a `Retry-After` from the API is honoured up to `maxRetryAfter`.
 *
 * @example
 * ```ts
 * const client = createClient({ key: 'pk_test_demo', retry: { limit: 4, maxRetryAfter: 30_000 } });
 * ```
 */
export interface RetryOptions {
  /** Retries after the first attempt (0 disables retries). Default 2. */
  limit?: number;
  /** Upper bound of one backoff delay, in milliseconds. Default 5 000. */
  backoffLimit?: number;
  /**
   * Longest `Retry-After` the client waits for, in milliseconds. When the API asks
   * for a longer wait the call fails at once (a {@link RateLimitedError} tells how
   * long), rather than keeping the caller waiting. Default 10 000.
   */
  maxRetryAfter?: number;
}

const GET_RETRY_STATUSES = [408, 429, 500, 502, 503, 504];
// No 408 for POST: retries of a POST are only safe thanks to the idempotency key,
// and the brief keeps them to the failures that key was made for.
const POST_RETRY_STATUSES = [429, 500, 502, 503, 504];

/** `Retry-After` (delay-seconds or HTTP-date) in milliseconds, or undefined. */
export function parseRetryAfter(value: string | null | undefined): number | undefined {
  if (value == null) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/**
 * ky retry options for one call (`method` in lower case). `idempotent` is false for a
 * write that could apply twice: a POST without an idempotency key, a PATCH.
 */
export function retryPolicy(
  options: number | RetryOptions | undefined,
  method: string,
  idempotent: boolean,
): KyRetryOptions {
  const {
    limit = 2,
    backoffLimit = 5_000,
    maxRetryAfter = 10_000,
  } = typeof options === 'number' ? { limit: options } : (options ?? {});
  return {
    limit: idempotent ? limit : 0,
    methods: [method],
    statusCodes: method === 'get' ? GET_RETRY_STATUSES : POST_RETRY_STATUSES,
    afterStatusCodes: [429, 503],
    backoffLimit,
    maxRetryAfter,
    jitter: true,
    shouldRetry: ({ error }) => {
      const response = (error as { response?: Response }).response;
      const wait = parseRetryAfter(response?.headers.get('retry-after'));
      // A long wait is the API saying "not now": fail fast with the wait in the error.
      return wait !== undefined && wait > maxRetryAfter ? false : undefined;
    },
  };
}
