import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';
import { problemResponse } from './problem.js';

/** Which requests a fault applies to. */
export interface FaultTarget {
  /** HTTP method (any when absent), compared case-insensitively. */
  method?: string;
  /** Exact path (no query string) or a RegExp tested against the path. */
  path: string | RegExp;
  /** How many matching requests it affects; default 1, `Infinity` for all. */
  times?: number;
}

/**
 * What happens to a matching request.
 * - `delay`: waits `ms`, then answers normally.
 * - `status`: answers `status` (e.g. 503) as problem+json without running the handler,
 *   with `Retry-After: retryAfter` when given (code `service_unavailable` for 503,
 *   `rate_limited` for 429, `internal_error` otherwise).
 * - `drop-before`: destroys the connection without running the handler.
 * - `drop-after`: runs the handler (a contact request IS stored), then destroys the
 *   connection instead of answering — the client never learns it succeeded.
 * - `malformed`: answers 200 `application/json` with a bad body: `'invalid-json'`
 *   (default; not JSON at all), `'wrong-shape'` (valid JSON that breaks the schemas,
 *   `{"data":[{"code":42}],"nextCursor":null}`) or any literal string.
 */
export type FaultEffect =
  | { kind: 'delay'; ms: number }
  | { kind: 'status'; status: number; retryAfter?: number }
  | { kind: 'drop-before' }
  | { kind: 'drop-after' }
  | { kind: 'malformed'; body?: 'invalid-json' | 'wrong-shape' | (string & {}) };

export type FaultSpec = FaultTarget & FaultEffect;

/** A registered fault; `remaining` counts down as requests hit it. */
export interface Fault {
  readonly spec: FaultSpec;
  remaining: number;
  /** Requests it has affected so far. */
  hits: number;
}

const MALFORMED_BODIES = {
  'invalid-json': '{"data":[{"code":"01","name":',
  'wrong-shape': '{"data":[{"code":42}],"nextCursor":null}',
} as const;

/**
 * Failures a test can inject into a server started by `startTestServer()`.
 * Only test code can create one and hand it to `createApp`; nothing in a
 * request (header, query, path) can enable faults on a normal server.
 *
 * Faults apply after the key and Origin checks: a refused request is
 * refused as usual, a CORS preflight is answered normally (so a browser test
 * can reach the faulted request itself), and a faulted answer to an allowed
 * origin carries the CORS headers.
 */
export class FaultController {
  readonly #faults: Fault[] = [];

  /** Adds a fault; the first matching fault with uses left wins, in the order they were added. */
  add(spec: FaultSpec): Fault {
    const fault: Fault = { spec, remaining: spec.times ?? 1, hits: 0 };
    this.#faults.push(fault);
    return fault;
  }

  /** Removes every fault. */
  clear(): void {
    this.#faults.length = 0;
  }

  /** Faults with uses left. */
  get pending(): readonly Fault[] {
    return this.#faults.filter((fault) => fault.remaining > 0);
  }

  /** Consumes one use of the first fault matching this request, if any. */
  take(method: string, path: string): Fault | undefined {
    const fault = this.#faults.find(
      (candidate) => candidate.remaining > 0 && matches(candidate.spec, method, path),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    fault.hits += 1;
    return fault;
  }
}

function matches(spec: FaultTarget, method: string, path: string): boolean {
  if (spec.method && spec.method.toUpperCase() !== method.toUpperCase()) return false;
  return typeof spec.path === 'string' ? spec.path === path : spec.path.test(path);
}

function statusCode(status: number) {
  if (status === 503) return 'service_unavailable' as const;
  if (status === 429) return 'rate_limited' as const;
  return 'internal_error' as const;
}

/** Applies injected faults. Installed by `createApp` only when it receives a FaultController. */
export function injectFaults(controller: FaultController): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const fault = controller.take(c.req.method, c.req.path);
    if (!fault) return next();
    const spec = fault.spec;
    const destroySocket = () => c.env?.incoming?.socket?.destroy();
    switch (spec.kind) {
      case 'delay':
        await new Promise((resolve) => setTimeout(resolve, spec.ms));
        return next();
      case 'status':
        return problemResponse(c, {
          status: spec.status,
          code: statusCode(spec.status),
          ...(spec.retryAfter === undefined ? {} : { retryAfter: spec.retryAfter }),
        });
      case 'drop-before':
        destroySocket();
        return c.body(null, 500);
      case 'drop-after':
        await next();
        destroySocket();
        return;
      case 'malformed': {
        const body = spec.body ?? 'invalid-json';
        const text =
          body in MALFORMED_BODIES ? MALFORMED_BODIES[body as keyof typeof MALFORMED_BODIES] : body;
        return c.body(text, 200, { 'Content-Type': 'application/json' });
      }
    }
  };
}
