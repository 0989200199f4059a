import { isIP } from 'node:net';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';
import { problem } from './problem.js';

export interface RateLimitOptions {
  /** Requests allowed per window. */
  limit: number;
  /** Window length in milliseconds. */
  windowMs: number;
  /**
   * Clients tracked at most (memory bound: about 150 bytes each). Beyond it the
   * window closest to its end is forgotten first. Default 100,000.
   */
  maxClients?: number;
}

/** Contact requests: 10 per 10 minutes per client, whatever key it uses. */
export const DEFAULT_CONTACT_RATE_LIMIT: RateLimitOptions = { limit: 10, windowMs: 10 * 60 * 1000 };

const DEFAULT_MAX_CLIENTS = 100_000;

export type RateLimitOutcome = { allowed: true } | { allowed: false; retryAfter: number };

/**
 * Where counts live. The in-memory one serves one process; a store shared by
 * several processes (e.g. on PostgreSQL) implements the same contract.
 */
export interface RateLimitCounter {
  /** Counts one request of `client`; says whether it is within the limit. */
  hit(client: string): RateLimitOutcome;
}

interface Window {
  count: number;
  resetAt: number;
}

/**
 * Fixed-window counters in memory with O(1) work per hit and a fixed memory
 * bound. A window is (re)inserted into the Map only when it starts, so the Map
 * iterates in order of window end: expired windows are dropped from its front a
 * few at a time on each hit, and when it is full the front one (the next to
 * expire) makes room. A flood of distinct addresses therefore costs a constant
 * amount per request and can never grow memory past `maxClients`.
 */
export class RateLimiter implements RateLimitCounter {
  readonly #windows = new Map<string, Window>();
  readonly #maxClients: number;

  constructor(
    readonly options: RateLimitOptions,
    private readonly clock: () => Date,
  ) {
    this.#maxClients = options.maxClients ?? DEFAULT_MAX_CLIENTS;
  }

  /** Clients currently tracked (tests and the bench read it). */
  get size(): number {
    return this.#windows.size;
  }

  /** Windows visited so far by the expiry sweep: tests check it grows by a constant per hit. */
  visited = 0;

  hit(client: string): RateLimitOutcome {
    const now = this.clock().getTime();
    this.#dropExpired(now, 2);
    let window = this.#windows.get(client);
    if (!window || window.resetAt <= now) {
      if (window) this.#windows.delete(client);
      window = { count: 0, resetAt: now + this.options.windowMs };
      this.#windows.set(client, window);
      if (this.#windows.size > this.#maxClients) this.#dropFront();
    }
    window.count += 1;
    if (window.count <= this.options.limit) return { allowed: true };
    return { allowed: false, retryAfter: Math.max(1, Math.ceil((window.resetAt - now) / 1000)) };
  }

  /** Drops at most `budget` expired windows from the front: constant work per hit. */
  #dropExpired(now: number, budget: number): void {
    for (const [client, window] of this.#windows) {
      this.visited += 1;
      if (budget === 0 || window.resetAt > now) return;
      this.#windows.delete(client);
      budget -= 1;
    }
  }

  #dropFront(): void {
    const oldest = this.#windows.keys().next();
    if (!oldest.done) this.#windows.delete(oldest.value);
  }
}

/**
 * Which proxies sit in front of the server: `false` (none: the socket's address
 * is the client), a number of trusted hops (the proxy appends the address it
 * saw to `X-Forwarded-For`, so the client is that many entries from the right),
 * or the proxies' own addresses (entries from the right that are one of them are
 * skipped; the first other one is the client). Entries on the left were written
 * by the client and are never believed.
 */
export type TrustProxy = boolean | number | readonly string[];

/** IPv4 as is, IPv4-mapped IPv6 as IPv4, other IPv6 addresses by their /64 (one subscriber's network). */
export function clientKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (isIP(address) !== 6) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** The client's address as the trusted proxies saw it; the socket's address otherwise. */
export function clientAddress(c: Context<AppEnv>, trustProxy: TrustProxy): string {
  const socket = c.env?.incoming?.socket?.remoteAddress ?? 'unknown';
  if (trustProxy === false) return socket;
  const hops = (c.req.header('X-Forwarded-For') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  let candidate: string | undefined;
  if (typeof trustProxy === 'boolean' || typeof trustProxy === 'number') {
    const count = trustProxy === true ? 1 : trustProxy;
    candidate = count >= 1 ? hops[hops.length - count] : undefined;
  } else {
    const proxies = new Set(trustProxy);
    candidate = [...hops].reverse().find((entry) => !proxies.has(entry));
  }
  return candidate && isIP(candidate) ? candidate : socket;
}

/** 429 with Retry-After once a client (across every key it uses) is over its limit. */
export function rateLimit(
  limiter: RateLimitCounter | undefined,
  options: { trustProxy: TrustProxy },
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!limiter) return next();
    const outcome = limiter.hit(clientKey(clientAddress(c, options.trustProxy)));
    if (!outcome.allowed) throw problem(429, 'rate_limited', { retryAfter: outcome.retryAfter });
    await next();
  };
}
