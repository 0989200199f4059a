import type { Context } from 'hono';
import type { Store } from '../store/types.js';

/** What the route handlers need, given once by createApp. */
export interface RouteDeps {
  store: Store;
  clock: () => Date;
  /** When the app started: DTSTAMP of the iCalendar files (events are read-only while it runs). */
  startedAt: Date;
  publicBaseUrl: string | undefined;
}

/** Absolute origin for links: PUBLIC_BASE_URL when set (behind a proxy), else the request's own. */
export function baseUrl(c: Context, deps: RouteDeps): string {
  if (deps.publicBaseUrl) return deps.publicBaseUrl;
  // The Host header chose these links: no shared cache may keep them for others (http/caching.ts).
  c.set('reflectsHost', true);
  return new URL(c.req.url).origin;
}
