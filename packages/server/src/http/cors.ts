import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';

export const CORS_ALLOW_METHODS = 'GET, POST';
export const CORS_ALLOW_HEADERS = 'Content-Type, Idempotency-Key, Accept-Language';
export const CORS_EXPOSE_HEADERS = 'X-Request-Id, Retry-After, ETag, Idempotent-Replayed';
export const CORS_MAX_AGE_SECONDS = 600;

/**
 * Lets the page read a refusal (unknown key, key not bound to its origin…), so a
 * widget can tell the webmaster what is misconfigured instead of reporting a
 * network failure. A refusal carries no data; `cors()` sets these headers
 * again for the requests the access check accepts.
 */
export function allowReadingRefusals(c: Context<AppEnv>, origin: string): void {
  c.header('Access-Control-Allow-Origin', origin);
  c.header('Access-Control-Expose-Headers', CORS_EXPOSE_HEADERS);
}

/**
 * CORS for an origin the access check accepted (it refuses the others
 * before this runs, with only `allowReadingRefusals`; it also sets `Vary: Origin`). Answers preflights
 * itself. Never sends Allow-Credentials: the API uses no cookies.
 */
export function cors(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { origin, apiKey } = c.var.access;
    if (origin === null) return next();
    // A keyless public document (OpenAPI) is readable from anywhere.
    c.header('Access-Control-Allow-Origin', apiKey ? origin : '*');
    c.header('Access-Control-Expose-Headers', CORS_EXPOSE_HEADERS);
    if (c.req.method === 'OPTIONS' && c.req.header('Access-Control-Request-Method') !== undefined) {
      return c.body(null, 204, {
        'Access-Control-Allow-Methods': CORS_ALLOW_METHODS,
        'Access-Control-Allow-Headers': CORS_ALLOW_HEADERS,
        'Access-Control-Max-Age': String(CORS_MAX_AGE_SECONDS),
      });
    }
    await next();
  };
}
