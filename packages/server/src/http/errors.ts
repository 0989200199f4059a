import type { ErrorHandler, Hono, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { methodNotAllowed } from 'hono/method-not-allowed';
import type { ProblemCode } from '@emplois-en-regions/schemas';
import { isOperationError } from '../operations/errors.js';
import type { AppEnv } from './env.js';
import { requestLanguage } from './language.js';
import { logInternalError, type LogSink } from './logger.js';
import { operationProblem } from './operation-problem.js';
import { ProblemError, problemResponse } from './problem.js';

/** An unknown path: 404 `route_not_found` (distinct from an unknown resource, `not_found`). */
export const routeNotFound: NotFoundHandler<AppEnv> = (c) =>
  problemResponse(c, { status: 404, code: 'route_not_found' });

/** A known path with another method: 405 `method_not_allowed` with `Allow` (Hono's middleware finds the methods). */
export function methodNotAllowedProblem(app: Hono<AppEnv>) {
  return methodNotAllowed({
    app,
    onMethodNotAllowed: (c, methods) =>
      problemResponse(c, { status: 405, code: 'method_not_allowed', headers: { Allow: methods.join(', ') } }),
  });
}

const HTTP_EXCEPTION_CODES: Partial<Record<number, ProblemCode>> = {
  400: 'malformed_json',
  401: 'unauthorized',
  404: 'route_not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

/**
 * Problems thrown by the HTTP helpers and business-rule failures (OperationError,
 * see operation-problem.ts) become their problem+json; anything
 * else is a bug: 500 `internal_error`, logged by request id, never with
 * its message or stack in the answer.
 */
export function errorHandler(sink: LogSink): ErrorHandler<AppEnv> {
  return (error, c) => {
    if (error instanceof ProblemError) return problemResponse(c, error.init);
    if (isOperationError(error)) return problemResponse(c, operationProblem(error, requestLanguage(c)));
    if (error instanceof HTTPException && HTTP_EXCEPTION_CODES[error.status]) {
      return problemResponse(c, { status: error.status, code: HTTP_EXCEPTION_CODES[error.status]! });
    }
    logInternalError(sink, c.get('requestId'), error);
    return problemResponse(c, { status: 500, code: 'internal_error' });
  };
}
