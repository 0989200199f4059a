import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { etag, RETAINED_304_HEADERS } from 'hono/etag';
import type { AppEnv } from './env.js';

/** Headers a 304 keeps besides the standard ones, so a browser can still read it cross-origin. */
const RETAINED_HEADERS = [
  ...RETAINED_304_HEADERS,
  'x-request-id',
  'access-control-allow-origin',
  'access-control-expose-headers',
];

/**
 * Strong ETag = SHA-256 of the exact body bytes (truncated: 128 bits are
 * plenty to tell versions apart), so equal bodies always share a tag.
 */
const strongEtag = etag({
  retainedHeaders: RETAINED_HEADERS,
  generateDigest: (body) => {
    const digest = createHash('sha256').update(body).digest();
    return digest.buffer.slice(digest.byteOffset, digest.byteOffset + 16);
  },
});

/**
 * Cache-Control + strong ETag on successful GETs, and 304 with no body when
 * If-None-Match holds the current tag (a list of tags and `*` work too).
 */
export function cached(maxAgeSeconds: number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await strongEtag(c, async () => {
      await next();
      if (c.res.ok) c.header('Cache-Control', `public, max-age=${maxAgeSeconds}`);
    });
  };
}

/** Reference data changes with a new data release; events more often. */
export const referenceData = () => cached(300);
export const eventData = () => cached(60);

/** Personal or per-key answers must never be stored by a shared cache. */
export const noStore: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
};
