import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';
import { routeNotFound } from './errors.js';
import { rewriteHtml, type HtmlRewrite } from './rewrite-html.js';

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

/** Serves one mount; `index.html` for folders; unknown files fall through to the API's 404 problem. */
export function staticFiles(mount: StaticMount): MiddlewareHandler<AppEnv> {
  const serve = serveStatic<AppEnv>({
    root: mount.dir,
    rewriteRequestPath: (path) => path.slice(mount.prefix.length) || '/',
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
    // On a miss serveStatic returns whatever `next()` gave (not a Response).
    let response = await serve(c, next);
    if (!(response instanceof Response)) return c.finalized ? c.res : routeNotFound(c);
    if (response.status >= 400) return response;
    if (mount.transformHtml) response = await rewriteHtml(response, mount.transformHtml);
    response.headers.set('Cache-Control', 'no-cache');
    response.headers.set('X-Content-Type-Options', 'nosniff');
    if (mount.crossOrigin) {
      response.headers.set('Access-Control-Allow-Origin', '*');
      response.headers.set('Cross-Origin-Resource-Policy', 'cross-origin');
    }
    if (mount.contentSecurityPolicy) {
      response.headers.set('Content-Security-Policy', mount.contentSecurityPolicy);
    }
    return response;
  };
}
