import type { Context } from 'hono';
import { addVary } from '../http/vary.js';
import type { Store } from '../store/types.js';

/** What the route handlers need, given once by createApp. */
export interface RouteDeps {
  store: Store;
  clock: () => Date;
  /** When the app started: DTSTAMP of the iCalendar files (events are read-only while it runs). */
  startedAt: Date;
  publicBaseUrl: string | undefined;
}

/**
 * Absolute origin for links: PUBLIC_BASE_URL when set (behind a proxy), else the request's
 * own. Then the client's Host header chose the links: the answer varies by Host, and
 * `cached()` marks it `private`, so a forged Host cannot plant links in what a shared
 * cache gives other clients. Call it once per answer.
 */
export function baseUrl(c: Context, deps: RouteDeps): string {
  if (deps.publicBaseUrl) return deps.publicBaseUrl;
  c.set('reflectsHost', true);
  addVary(c, 'Host');
  return new URL(c.req.url).origin;
}
