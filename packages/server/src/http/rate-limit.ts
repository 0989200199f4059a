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
  /** Counts one request of `client`; says whether it is within the limit (at once, or once the database answered). */
  hit(client: string): RateLimitOutcome | Promise<RateLimitOutcome>;
}

interface Window {
  count: number;
  resetAt: number;
}

/**
 * Fixed-window counters in memory with O(1) work per hit and a fixed memory
 * bound. Windows are also queued in a ring, in the order they start (so in the
 * order they end): each hit drops at most two expired windows from the ring's
 * head, and when the ring is full its head (the next window to expire) makes
 * room. A flood of distinct addresses therefore costs a constant amount per
 * request and can never grow memory past `maxClients`. (A Map alone keeps that
 * order too, but V8 leaves deleted entries in place until it rehashes, so
 * walking its front grows slow under exactly this churn.)
 */
export class RateLimiter implements RateLimitCounter {
  readonly #windows = new Map<string, Window>();
  readonly #ring: ({ client: string; window: Window } | undefined)[];
  #head = 0;
  #length = 0;

  constructor(
    readonly options: RateLimitOptions,
    private readonly clock: () => Date,
  ) {
    this.#ring = new Array(options.maxClients ?? DEFAULT_MAX_CLIENTS);
  }

  /** Clients currently tracked (tests and the bench read it). */
  get size(): number {
    return this.#windows.size;
  }

  /** Ring entries looked at by the expiry sweep: tests check it grows by a constant per hit. */
  visited = 0;

  hit(client: string): RateLimitOutcome {
    const now = this.clock().getTime();
    this.#dropExpired(now, 2);
    let window = this.#windows.get(client);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + this.options.windowMs };
      if (this.#length === this.#ring.length) this.#dropHead();
      this.#ring[(this.#head + this.#length) % this.#ring.length] = { client, window };
      this.#length += 1;
      this.#windows.set(client, window);
    }
    window.count += 1;
    if (window.count <= this.options.limit) return { allowed: true };
    return { allowed: false, retryAfter: Math.max(1, Math.ceil((window.resetAt - now) / 1000)) };
  }

  /** Drops at most `budget` expired windows from the ring's head: constant work per hit. */
  #dropExpired(now: number, budget: number): void {
    while (budget > 0 && this.#length > 0) {
      this.visited += 1;
      const entry = this.#ring[this.#head];
      if (entry && entry.window.resetAt > now) return;
      this.#dropHead();
      budget -= 1;
    }
  }

  #dropHead(): void {
    const entry = this.#ring[this.#head];
    // A client whose window was renewed has a newer entry further on: keep its current window.
    if (entry && this.#windows.get(entry.client) === entry.window) this.#windows.delete(entry.client);
    this.#ring[this.#head] = undefined;
    this.#head = (this.#head + 1) % this.#ring.length;
    this.#length -= 1;
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

/** Reads the client's address as the trusted proxies saw it; the socket's address otherwise. */
export function clientAddress(trustProxy: TrustProxy): (c: Context<AppEnv>) => string {
  const socketAddress = (c: Context<AppEnv>) => c.env?.incoming?.socket?.remoteAddress ?? 'unknown';
  if (trustProxy === false) return socketAddress;
  const trusted = trustProxy === true ? 1 : trustProxy;
  // Entries on the left were written by the client: the client is `trusted` hops from the
  // right, or the first entry from the right that is not one of the proxies.
  let pick: (hops: string[]) => string | undefined;
  if (typeof trusted === 'number') {
    pick = (hops) => (trusted >= 1 ? hops[hops.length - trusted] : undefined);
  } else {
    const proxies = new Set(trusted);
    pick = (hops) => [...hops].reverse().find((entry) => !proxies.has(entry));
  }
  return (c) => {
    const hops = (c.req.header('X-Forwarded-For') ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
    const candidate = pick(hops);
    return candidate && isIP(candidate) ? candidate : socketAddress(c);
  };
}

/** 429 with Retry-After once a client (across every key it uses) is over its limit. */
export function rateLimit(
  limiter: RateLimitCounter | undefined,
  options: { trustProxy: TrustProxy },
): MiddlewareHandler<AppEnv> {
  const addressOf = clientAddress(options.trustProxy);
  return async (c, next) => {
    if (!limiter) return next();
    const outcome = await limiter.hit(clientKey(addressOf(c)));
    if (!outcome.allowed) throw problem(429, 'rate_limited', { retryAfter: outcome.retryAfter });
    await next();
  };
}
