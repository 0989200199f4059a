import { isIP } from 'node:net';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';
import { problem } from './problem.js';

export interface RateLimitOptions {
  /** Requests allowed per window. */
  limit: number;
  /** Window length in milliseconds. */
  windowMs: number;
}

/** Contact requests: 10 per 10 minutes per API key and client address. */
export const DEFAULT_CONTACT_RATE_LIMIT: RateLimitOptions = { limit: 10, windowMs: 10 * 60 * 1000 };

/** Beyond this many tracked clients, expired windows are swept so memory stays bounded. */
const SWEEP_THRESHOLD = 10_000;

interface Window {
  count: number;
  resetAt: number;
}

/**
 * Fixed-window counters in memory. Enough for one process: a self-hosted
 * deployment with several processes would count per process.
 */
export class RateLimiter {
  readonly #windows = new Map<string, Window>();

  constructor(
    readonly options: RateLimitOptions,
    private readonly clock: () => Date,
  ) {}

  /** Counts one request; returns the seconds to wait when it is over the limit. */
  hit(client: string): { allowed: true } | { allowed: false; retryAfter: number } {
    const now = this.clock().getTime();
    if (this.#windows.size > SWEEP_THRESHOLD) this.#sweep(now);
    let window = this.#windows.get(client);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + this.options.windowMs };
      this.#windows.set(client, window);
    }
    window.count += 1;
    if (window.count <= this.options.limit) return { allowed: true };
    return { allowed: false, retryAfter: Math.max(1, Math.ceil((window.resetAt - now) / 1000)) };
  }

  #sweep(now: number): void {
    for (const [client, window] of this.#windows) if (window.resetAt <= now) this.#windows.delete(client);
  }
}

/**
 * The client's address: the socket's (undefined outside Node, e.g. `app.request()`),
 * or — behind a trusted proxy — the first address of `X-Forwarded-For`, the client
 * the proxy saw. Only trust it when the proxy sets that header itself: a client
 * reaching the server directly could otherwise pick a new address per request.
 */
function clientAddress(c: Context<AppEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    const first = c.req.header('X-Forwarded-For')?.split(',', 1)[0]?.trim();
    if (first && isIP(first)) return first;
  }
  return c.env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

/** 429 with Retry-After once a key + address pair is over its limit. */
export function rateLimit(
  limiter: RateLimiter | undefined,
  options: { trustProxy: boolean },
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!limiter) return next();
    const keyId = c.var.access?.apiKey?.id ?? 'none';
    const outcome = limiter.hit(`${keyId} ${clientAddress(c, options.trustProxy)}`);
    if (!outcome.allowed) throw problem(429, 'rate_limited', { retryAfter: outcome.retryAfter });
    await next();
  };
}
