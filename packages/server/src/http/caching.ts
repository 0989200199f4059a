import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { etag, RETAINED_304_HEADERS } from 'hono/etag';
import type { AppContext, AppEnv } from './env.js';
import { LruCache } from './lru-cache.js';
import { ifNoneMatchHolds } from './preconditions.js';

/** Reference data changes with a new data release; events more often. */
const REFERENCE_MAX_AGE_SECONDS = 300;
const EVENT_MAX_AGE_SECONDS = 60;

/** Headers a 304 keeps besides the standard ones, so a browser can still read it cross-origin. */
const RETAINED_HEADERS = [
  ...RETAINED_304_HEADERS,
  'x-request-id',
  'access-control-allow-origin',
  'access-control-expose-headers',
];

/**
 * SHA-256 of the exact body bytes, truncated: 128 bits are plenty to tell
 * versions apart. Every strong ETag of the API is this digest in hex, so equal
 * bodies always share a tag, whichever way they were answered.
 */
function bodyDigest(body: Uint8Array | string): Buffer {
  return createHash('sha256').update(body).digest().subarray(0, 16);
}

const strongEtag = etag({
  retainedHeaders: RETAINED_HEADERS,
  generateDigest: (body) => {
    const digest = bodyDigest(body);
    return digest.buffer.slice(digest.byteOffset, digest.byteOffset + digest.byteLength) as ArrayBuffer;
  },
});

/**
 * Cache-Control + strong ETag on successful GETs, and 304 with no body when
 * If-None-Match holds the current tag (a list of tags and `*` work too). An answer
 * whose links come from the request's Host (see baseUrl) is `private`: the browser
 * that asked may keep it, never a shared cache.
 */
export function cached(maxAgeSeconds: number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await strongEtag(c, async () => {
      await next();
      if (!c.res.ok) return;
      const scope = c.get('reflectsHost') ? 'private' : 'public';
      c.header('Cache-Control', `${scope}, max-age=${maxAgeSeconds}`);
    });
  };
}

export const eventData = () => cached(EVENT_MAX_AGE_SECONDS);

/** Personal or per-key answers must never be stored by a shared cache. */
export const noStore: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
};

type Handler = (c: AppContext) => Response | Promise<Response>;

interface MemoizedAnswer {
  body: string;
  contentType: string;
  etag: string;
}

export interface ReferenceDataOptions {
  /** How many answers to keep; the least recently used go first. */
  maxEntries: number;
  /**
   * Whatever besides the path and query could change a body (the answer
   * language, the public base URL of links), so answers never mix.
   */
  variant: (c: AppContext) => string;
  /**
   * The data's version (Store.dataVersion): kept answers are dropped as soon as it
   * changes, so an organization or key created by eer-admin shows at the next request.
   */
  version: () => string;
}

/** Path + query string without `key`, parameters sorted by name (their values keep their order). */
function requestKey(c: AppContext): string {
  const query = Object.entries(c.req.queries())
    .filter(([name]) => name !== 'key')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${c.req.path} ${JSON.stringify(query)}`;
}

/**
 * Reference data (regions, MRCs, municipalities, organizations, advisors)
 * changes only when the operator changes it, so a successful answer is computed
 * once per request key and data version (per request: SQLite reads `PRAGMA data_version`, PostgreSQL
 * reads a number kept in memory, moved by LISTEN/NOTIFY and a one-second poll): the handler's serialized body and
 * its strong ETag are kept (bounded, so endless distinct `q=` searches cannot
 * grow memory) and every later request is answered from them — 200 with
 * `Cache-Control: public, max-age=300`, or 304 for a matching If-None-Match,
 * with the same headers `cached()` gives. Errors are never kept: they are
 * thrown and take the error handler's path each time.
 */
export function referenceData(options: ReferenceDataOptions): (handler: Handler) => Handler {
  const answers = new LruCache<string, MemoizedAnswer>(options.maxEntries);
  let version = options.version();
  return (handler) => async (c) => {
    const current = options.version();
    if (current !== version) {
      answers.clear();
      version = current;
    }
    const key = `${requestKey(c)} ${options.variant(c)}`;
    let answer = answers.get(key);
    if (!answer) {
      const response = await handler(c);
      if (response.status !== 200) return response;
      const body = await response.text();
      answer = {
        body,
        contentType: response.headers.get('Content-Type') ?? 'application/json',
        etag: `"${bodyDigest(body).toString('hex')}"`,
      };
      answers.set(key, answer);
    }
    const cacheControl = `public, max-age=${REFERENCE_MAX_AGE_SECONDS}`;
    if (ifNoneMatchHolds(c.req.header('If-None-Match'), answer.etag)) {
      return c.body(null, 304, { ETag: answer.etag, 'Cache-Control': cacheControl });
    }
    return c.body(answer.body, 200, {
      'Content-Type': answer.contentType,
      ETag: answer.etag,
      'Cache-Control': cacheControl,
    });
  };
}
