import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';
import { routeNotFound } from './errors.js';
import { ifNoneMatchHolds } from './preconditions.js';
import { rewriteHtml, rewrittenTag, type HtmlRewrite } from './rewrite-html.js';
import { appendVary } from './vary.js';

/**
 * A folder served under a URL prefix: the widgets' CDN bundle (`/cdn`) and the
 * example pages (`/examples`), so `pnpm start` shows everything on one origin.
 */
export interface StaticMount {
  /** URL prefix, e.g. `/cdn`. */
  prefix: string;
  /** Absolute folder path. */
  dir: string;
  /**
   * `Access-Control-Allow-Origin: *`: a partner page on another origin loads the
   * CDN bundle as a module script, which is a CORS request.
   */
  crossOrigin?: boolean | undefined;
  /** Content-Security-Policy sent with the files (the strict-CSP example uses it). */
  contentSecurityPolicy?: string | undefined;
  /**
   * Serve `<file>.br` / `<file>.gz` written next to a file at build time (the CDN
   * bundle), with `Content-Encoding` and `Vary: Accept-Encoding`.
   */
  precompressed?: boolean | undefined;
  /**
   * Files that never change under their URL (a versioned folder: `true`; content-hashed
   * names: a pattern of the path inside the mount), cached for a year, `immutable`.
   */
  immutable?: boolean | RegExp | undefined;
  /** `Cache-Control` of the other files (default `no-cache`: always revalidated, by ETag). */
  cacheControl?: string | undefined;
  /** Rewrites the HTML pages of the mount as they are served (the docs' operator contact). */
  transformHtml?: HtmlRewrite | undefined;
}

/**
 * The policy the strict-CSP example is served with: everything from the page's
 * own origin, no `unsafe-inline`, no `unsafe-eval`. The widgets must work under it.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** A file whose URL names its version (or content hash): cached a year, never revalidated. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Headers a 304 keeps: validators, caching, and what a cross-origin reader needs. */
const KEPT_ON_304 = [
  'etag',
  'cache-control',
  'vary',
  'content-location',
  'expires',
  'last-modified',
  'access-control-allow-origin',
  'cross-origin-resource-policy',
  'x-content-type-options',
];

function notModified(headers: Headers): Response {
  const kept = new Headers();
  for (const name of KEPT_ON_304) {
    const value = headers.get(name);
    if (value !== null) kept.set(name, value);
  }
  return new Response(null, { status: 304, headers: kept });
}

const fileTags = new Map<string, { mtimeMs: number; size: number; tag: string }>();

/**
 * A strong ETag from the file's bytes (computed once per modification): the
 * same build gives the same tag on every server, unlike size + date.
 */
function fileEtag(path: string): string | undefined {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return undefined;
  }
  const known = fileTags.get(path);
  if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known.tag;
  const digest = createHash('sha256').update(readFileSync(path)).digest('base64url').slice(0, 22);
  const tag = `"${digest}"`;
  fileTags.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, tag });
  return tag;
}

/** Serves one mount; `index.html` for folders; unknown files fall through to the API's 404 problem. */
export function staticFiles(mount: StaticMount): MiddlewareHandler<AppEnv> {
  let served: string | undefined;
  const serve = serveStatic<AppEnv>({
    root: mount.dir,
    precompressed: mount.precompressed ?? false,
    rewriteRequestPath: (path) => path.slice(mount.prefix.length) || '/',
    // The file actually sent (`x.js.br` when compressed), for its ETag.
    onFound: (path) => {
      served = path;
    },
  });
  return async (c, next) => {
    // Served folders hold more than the site: installed packages (`node_modules`, which
    // symlinks out of the folder) and dot files are never served.
    let path: string;
    try {
      path = decodeURIComponent(c.req.path).toLowerCase();
    } catch {
      return routeNotFound(c); // malformed percent-encoding names no file
    }
    if (path.split('/').some((segment) => segment === 'node_modules' || segment.startsWith('.'))) {
      return routeNotFound(c);
    }
    served = undefined;
    // On a miss serveStatic returns whatever `next()` gave (not a Response).
    const response = await serve(c, next);
    const file = served;
    if (!(response instanceof Response)) return c.finalized ? c.res : routeNotFound(c);
    if (response.status >= 400) return response;
    const inMount = c.req.path.slice(mount.prefix.length);
    const immutable =
      mount.immutable === true || (mount.immutable instanceof RegExp && mount.immutable.test(inMount));
    const headers = response.headers;
    headers.set('Cache-Control', immutable ? IMMUTABLE : (mount.cacheControl ?? 'no-cache'));
    headers.set('X-Content-Type-Options', 'nosniff');
    if (mount.precompressed) appendVary(headers, 'Accept-Encoding');
    if (mount.crossOrigin) {
      headers.set('Access-Control-Allow-Origin', '*');
      headers.set('Cross-Origin-Resource-Policy', 'cross-origin');
    }
    if (mount.contentSecurityPolicy) headers.set('Content-Security-Policy', mount.contentSecurityPolicy);
    if (file && response.status === 200) {
      const tag = rewrittenTag(fileEtag(file), mount.transformHtml);
      if (tag) {
        headers.set('ETag', tag);
        if (ifNoneMatchHolds(c.req.header('If-None-Match'), tag)) {
          await response.body?.cancel();
          return notModified(headers);
        }
      }
    }
    if (mount.transformHtml) return rewriteHtml(response, mount.transformHtml);
    return response;
  };
}
