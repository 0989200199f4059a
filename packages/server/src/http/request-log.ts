import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';

/** Request headers a test may want to inspect (lower-case names). */
export const RECORDED_HEADERS = [
  'accept',
  'accept-language',
  'access-control-request-headers',
  'access-control-request-method',
  'authorization',
  'content-type',
  'idempotency-key',
  'if-none-match',
  'origin',
  'x-request-id',
] as const;

/** One request as it reached the server. */
export interface RecordedRequest {
  method: string;
  /** Path without query string. */
  path: string;
  /** Query parameters (the first value of a repeated one). */
  query: Record<string, string>;
  /** The RECORDED_HEADERS present on the request. */
  headers: Partial<Record<(typeof RECORDED_HEADERS)[number], string>>;
  /** When it arrived (wall clock). */
  at: Date;
}

export interface RequestFilter {
  method?: string;
  /** Exact path or a RegExp tested against it. */
  path?: string | RegExp;
}

function matches(request: RecordedRequest, filter: RequestFilter): boolean {
  if (filter.method && filter.method.toUpperCase() !== request.method) return false;
  if (filter.path === undefined) return true;
  return typeof filter.path === 'string' ? filter.path === request.path : filter.path.test(request.path);
}

/**
 * Every request that reached a test server, in arrival order — e.g. to
 * prove that three identical client GETs cost one request.
 */
export class RequestLog {
  readonly #entries: RecordedRequest[] = [];

  /** All recorded requests, oldest first. */
  get entries(): readonly RecordedRequest[] {
    return this.#entries;
  }

  /** The recorded requests matching `filter` (all when absent). */
  filter(filter: RequestFilter = {}): RecordedRequest[] {
    return this.#entries.filter((request) => matches(request, filter));
  }

  /** How many recorded requests match `filter` (all when absent). */
  count(filter: RequestFilter = {}): number {
    return this.filter(filter).length;
  }

  /** The most recent request matching `filter`. */
  last(filter: RequestFilter = {}): RecordedRequest | undefined {
    return this.filter(filter).at(-1);
  }

  /** Forgets everything recorded so far. */
  reset(): void {
    this.#entries.length = 0;
  }

  /** @internal Called by the recording middleware. */
  record(request: RecordedRequest): void {
    this.#entries.push(request);
  }
}

/** Records each request before anything else runs (so dropped ones count too). */
export function recordRequests(log: RequestLog): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const headers: RecordedRequest['headers'] = {};
    for (const name of RECORDED_HEADERS) {
      const value = c.req.header(name);
      if (value !== undefined) headers[name] = value;
    }
    // fromEntries defines own properties, so even a `__proto__` parameter is recorded as data.
    const query = Object.fromEntries(
      Object.entries(c.req.queries()).map(([name, values]) => [name, values[0] ?? '']),
    ) as Record<string, string>;
    log.record({ method: c.req.method, path: c.req.path, query, headers, at: new Date() });
    await next();
  };
}
