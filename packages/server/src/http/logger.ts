import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';

/** Where log lines go; `false` silences them (tests). */
export type LogSink = ((line: string) => void) | false;

export const consoleSink: LogSink = (line) => console.log(line);

/**
 * One line per request: method, path without query string (it may carry a
 * key or a search for a person's town), status, duration and request id —
 * never bodies, keys, e-mails or addresses (Law 25).
 */
export function requestLogger(sink: LogSink): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!sink) return next();
    const started = performance.now();
    await next();
    const ms = (performance.now() - started).toFixed(1);
    sink(`${c.req.method} ${printablePath(c.req.path)} ${c.res.status} ${ms}ms ${c.get('requestId') ?? '-'}`);
  };
}

/** Control characters (a decoded %0A) could forge a second log line. */
function printablePath(path: string): string {
  // eslint-disable-next-line no-control-regex
  return path.slice(0, 200).replace(/[\u0000-\u001f\u007f]/g, '?');
}

/** Logs an unexpected error without its message (it might quote input): name and stack frames only. */
export function logInternalError(sink: LogSink, requestId: string | undefined, error: unknown): void {
  if (!sink) return;
  const name = error instanceof Error ? error.name : typeof error;
  const frames = error instanceof Error && error.stack ? error.stack.split('\n').slice(1, 8).join('\n') : '';
  sink(`internal error ${requestId ?? '-'}: ${name}\n${frames}`);
}
