import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';
import { LruCache } from './lru-cache.js';
import { appendVary } from './vary.js';

/**
 * API JSON compressed on the fly (brotli or gzip, above ~1 KiB); static files are
 * precompressed at build time instead (see StaticMount.precompressed).
 */

/** Smaller answers gain less than the `Content-Encoding` costs. */
const COMPRESSION_THRESHOLD = 1024;

type Encoding = 'br' | 'gzip';

/** The best encoding the client accepts (brotli first), honouring `q=0`. */
function chooseEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    if (name) accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const wildcard = accepted.get('*') ?? 0;
  return (['br', 'gzip'] as const).find((name) => (accepted.get(name) ?? wildcard) > 0);
}

const COMPRESSIBLE = /^(?:application\/(?:[\w.+-]+\+)?json|text\/)/i;

function compress(body: Uint8Array, encoding: Encoding): Buffer {
  // Quality 5 / level 6: most of the gain for a small share of the CPU of the maximum settings.
  return encoding === 'br'
    ? brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 5,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
        },
      })
    : gzipSync(body, { level: 6 });
}

/**
 * Compresses JSON (and text) answers of at least `threshold` bytes with the
 * best encoding the client accepts. Answers with an ETag (reference data,
 * events) are compressed once and kept. The ETag stays the digest of the JSON
 * (clients compare it with the body they decoded; the API serves no ranges) and
 * `Vary: Accept-Encoding` keeps shared caches from mixing encodings.
 */
export function compressResponses(threshold = COMPRESSION_THRESHOLD): MiddlewareHandler<AppEnv> {
  const kept = new LruCache<string, Buffer>(256);
  return async (c, next) => {
    await next();
    const res = c.res;
    const type = res.headers.get('Content-Type') ?? '';
    if (c.req.method === 'HEAD' || !res.body || res.status === 206 || !COMPRESSIBLE.test(type)) return;
    if (res.headers.has('Content-Encoding') || /no-transform/i.test(res.headers.get('Cache-Control') ?? ''))
      return;
    appendVary(res.headers, 'Accept-Encoding');
    const encoding = chooseEncoding(c.req.header('Accept-Encoding'));
    if (!encoding) return;
    const body = new Uint8Array(await res.arrayBuffer());
    const etag = res.headers.get('ETag');
    let sent: Uint8Array<ArrayBuffer> = body;
    if (body.byteLength >= threshold) {
      const key = etag ? `${encoding} ${etag}` : undefined;
      const known = key ? kept.get(key) : undefined;
      sent = new Uint8Array(known ?? compress(body, encoding));
      if (key && !known) kept.set(key, Buffer.from(sent));
    }
    // Assigning `c.res` copies the old headers over the new answer's: fix them after.
    c.res = new Response(sent, { status: res.status, statusText: res.statusText, headers: res.headers });
    if (sent === body) return;
    c.res.headers.delete('Content-Length');
    c.res.headers.set('Content-Encoding', encoding);
  };
}
