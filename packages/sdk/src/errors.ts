import type { FieldError, Problem } from '@emplois-en-regions/schemas';

/**
 * What went wrong, in one word:
 * - `http`: the API answered with an error status (`status`, `code`, `problem` are set);
 * - `network`: no answer (offline, DNS, connection dropped, CORS refusal);
 * - `timeout`: no answer within the client's `timeout`;
 * - `aborted`: the caller's `signal` aborted the call (never reported as a timeout);
 * - `validation`: a body did not match its schema — the API's answer ({@link ValidationError})
 *   or the caller's input, refused before any request was sent ({@link InvalidRequestError}).
 *
 * @example
 * ```ts
 * if (isEerError(error) && error.kind === 'network') showOfflineBanner();
 * ```
 */
export type EerErrorKind = 'http' | 'network' | 'timeout' | 'aborted' | 'validation';

/**
 * What an {@link EerError} is made of.
 *
 * @example
 * ```ts
 * const init: EerErrorInit = { kind: 'timeout', method: 'GET', url: 'https://api.example/v1/regions' };
 * ```
 */
export interface EerErrorInit {
  /** What went wrong. */
  kind: EerErrorKind;
  /** HTTP status of the answer, when there was one. */
  status?: number | undefined;
  /** Stable machine code: the problem's `code` (`not_found`, `invalid_body`…), or the SDK's own. */
  code?: string | undefined;
  /** The `X-Request-Id` of the answer, to quote when reporting a problem. */
  requestId?: string | undefined;
  /** The RFC 9457 problem details the API sent. */
  problem?: Problem | undefined;
  /** HTTP method of the call. */
  method?: string | undefined;
  /** URL of the call. */
  url?: string | undefined;
  /** The underlying error (ky's, fetch's, or the abort reason). */
  cause?: unknown;
}

// Symbol.for gives the same symbol in every realm (iframe, worker, second copy of the SDK),
// which instanceof cannot do.
const BRAND = Symbol.for('@emplois-en-regions/sdk/error');

/**
 * Every error the SDK throws or rejects with. `kind` says what happened; subclasses
 * add what a caller can act on. Use the `is…Error` guards rather than `instanceof`:
 * they also recognize errors from another realm or another copy of the SDK.
 *
 * @example
 * ```ts
 * try {
 *   await client.regions.get('04');
 * } catch (error) {
 *   if (isEerError(error)) console.error(error.kind, error.status, error.requestId);
 * }
 * ```
 */
export class EerError extends Error {
  /** The class name (`NotFoundError`…), also across realms. */
  override name = 'EerError';
  /** What went wrong: `http`, `network`, `timeout`, `aborted` or `validation`. */
  readonly kind: EerErrorKind;
  /** HTTP status of the answer, when there was one. */
  readonly status: number | undefined;
  /** Stable machine code: the problem's `code` (`not_found`, `invalid_body`…), or the SDK's own. */
  readonly code: string | undefined;
  /** The answer's `X-Request-Id`: quote it when reporting a problem (undefined when nothing answered). */
  readonly requestId: string | undefined;
  /** The RFC 9457 problem details the API sent. */
  readonly problem: Problem | undefined;
  /** HTTP method of the failed call. */
  readonly method: string | undefined;
  /** URL of the failed call. */
  readonly url: string | undefined;

  constructor(message: string, init: EerErrorInit) {
    super(message, { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.problem = init.problem;
    this.method = init.method;
    this.url = init.url;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * The resource does not exist (HTTP 404): an unknown region code or event id.
 *
 * @example
 * ```ts
 * const event = await client.events.get(id).catch((e) => (isNotFoundError(e) ? null : Promise.reject(e)));
 * ```
 */
export class NotFoundError extends EerError {
  override name = 'NotFoundError';
}

/**
 * Too many requests (HTTP 429). `retryAfterMs` says how long to wait; the SDK has
 * already retried when that wait was short enough (`retry.maxRetryAfter`).
 *
 * @example
 * ```ts
 * if (isRateLimitedError(error)) showMessage(`Réessayez dans ${Math.ceil(error.retryAfterMs / 60000)} min`);
 * ```
 */
export class RateLimitedError extends EerError {
  override name = 'RateLimitedError';
  /** Milliseconds to wait before trying again (0 when the API did not say). */
  readonly retryAfterMs: number;

  constructor(message: string, init: EerErrorInit & { retryAfterMs: number }) {
    super(message, init);
    this.retryAfterMs = init.retryAfterMs;
  }
}

/**
 * The request was refused because of what it carried: a 4xx answer naming the
 * offending fields (`kind: 'http'`), or — with `kind: 'validation'` — input the SDK
 * refused before sending anything. Either way `fieldErrors` lists the fields with
 * messages in the client's `lang`, ready to show next to a form control.
 *
 * @example
 * ```ts
 * try {
 *   await client.contactRequests.create(input);
 * } catch (error) {
 *   if (isInvalidRequestError(error)) for (const { field, message } of error.fieldErrors) showError(field, message);
 * }
 * ```
 */
export class InvalidRequestError extends EerError {
  override name = 'InvalidRequestError';
  /** Offending fields: dotted path (`regionCodes.0`), stable code, localized message. */
  readonly fieldErrors: FieldError[];

  constructor(message: string, init: EerErrorInit & { fieldErrors: FieldError[] }) {
    super(message, init);
    this.fieldErrors = init.fieldErrors;
  }
}

/**
 * The key is missing, unknown, or not allowed here (HTTP 401 or 403), e.g. a
 * publishable key used from an origin it is not bound to.
 *
 * @example
 * ```ts
 * if (isAuthError(error)) console.error(`Check the API key (${error.code})`);
 * ```
 */
export class AuthError extends EerError {
  override name = 'AuthError';
}

/**
 * The resource changed since you read it (HTTP 412): the `If-Match` ETag of an
 * update or a cancellation is stale. Read it again, reapply your change, and send
 * it with the new ETag — never retry blindly, that would overwrite someone's change.
 *
 * @example
 * ```ts
 * if (isPreconditionFailedError(error)) {
 *   const current = await admin.events.getVersioned(id);
 *   await admin.events.update(current, patch);
 * }
 * ```
 */
export class PreconditionFailedError extends EerError {
  override name = 'PreconditionFailedError';
}

/**
 * The API's answer did not match its schema (only with `validate: 'strict'`, the
 * default). `fieldErrors` names each offending path of the body, e.g. `data.3.code`.
 *
 * @example
 * ```ts
 * if (isValidationError(error)) console.error(error.fieldErrors.map((f) => f.field));
 * ```
 */
export class ValidationError extends EerError {
  override name = 'ValidationError';
  /** Paths of the response body that failed validation. */
  readonly fieldErrors: FieldError[];

  constructor(message: string, init: EerErrorInit & { fieldErrors: FieldError[] }) {
    super(message, init);
    this.fieldErrors = init.fieldErrors;
  }
}

/**
 * True for any error thrown by this SDK, from any realm.
 *
 * @example
 * ```ts
 * catch (error) { if (isEerError(error)) log(error.kind, error.requestId); else throw error; }
 * ```
 */
export function isEerError(error: unknown): error is EerError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[BRAND] === true;
}

/**
 * Alias of {@link isEerError}.
 *
 * @example
 * ```ts
 * if (isApiError(error)) console.error(error.requestId);
 * ```
 */
export const isApiError = isEerError;

/** True for an SDK error (from any copy of the SDK) of that class name. */
export function isNamed(error: unknown, name: string): boolean {
  return isEerError(error) && error.name === name;
}

/**
 * True when the API answered with an error status (any subclass).
 *
 * @example
 * ```ts
 * if (isHttpError(error) && error.status >= 500) retryLater();
 * ```
 */
export function isHttpError(error: unknown): error is EerError & {
  /** Always `http`. */
  kind: 'http';
  /** The HTTP status the API answered. */
  status: number;
} {
  return isEerError(error) && error.kind === 'http';
}

/**
 * True when the call failed for lack of an answer (offline, connection dropped, CORS).
 *
 * @example
 * ```ts
 * if (isNetworkError(error)) keepDraftAndRetryLater();
 * ```
 */
export function isNetworkError(error: unknown): error is EerError & {
  /** Always `network`. */
  kind: 'network';
} {
  return isEerError(error) && error.kind === 'network';
}

/**
 * True when the client's `timeout` elapsed — never for the caller's own abort.
 *
 * @example
 * ```ts
 * if (isTimeoutError(error)) showMessage('Le serveur tarde à répondre.');
 * ```
 */
export function isTimeoutError(error: unknown): error is EerError & {
  /** Always `timeout`. */
  kind: 'timeout';
} {
  return isEerError(error) && error.kind === 'timeout';
}

/**
 * True when the caller's `signal` aborted the call.
 *
 * @example
 * ```ts
 * if (isAbortedError(error)) return; // the user moved on
 * ```
 */
export function isAbortedError(error: unknown): error is EerError & {
  /** Always `aborted`. */
  kind: 'aborted';
} {
  return isEerError(error) && error.kind === 'aborted';
}

/**
 * True for a 404 answer.
 *
 * @example
 * ```ts
 * if (isNotFoundError(error)) showMessage('Événement introuvable');
 * ```
 */
export function isNotFoundError(error: unknown): error is NotFoundError {
  return isNamed(error, 'NotFoundError');
}

/**
 * True for a 429 answer; read `retryAfterMs`.
 *
 * @example
 * ```ts
 * if (isRateLimitedError(error)) setTimeout(retry, error.retryAfterMs);
 * ```
 */
export function isRateLimitedError(error: unknown): error is RateLimitedError {
  return isNamed(error, 'RateLimitedError');
}

/**
 * True for refused input, from the API (4xx) or from the SDK before sending; read `fieldErrors`.
 *
 * @example
 * ```ts
 * if (isInvalidRequestError(error)) showFieldErrors(error.fieldErrors);
 * ```
 */
export function isInvalidRequestError(error: unknown): error is InvalidRequestError {
  return isNamed(error, 'InvalidRequestError');
}

/**
 * True for a 412 answer to an update or a cancellation: its ETag is stale.
 *
 * @example
 * ```ts
 * if (isPreconditionFailedError(error)) showMessage('Cet événement a changé entre-temps.');
 * ```
 */
export function isPreconditionFailedError(error: unknown): error is PreconditionFailedError {
  return isNamed(error, 'PreconditionFailedError');
}

/**
 * True for a 401 or 403 answer.
 *
 * @example
 * ```ts
 * if (isAuthError(error)) console.error('Invalid API key or origin');
 * ```
 */
export function isAuthError(error: unknown): error is AuthError {
  return isNamed(error, 'AuthError');
}

/**
 * True when the API's answer did not match its schema.
 *
 * @example
 * ```ts
 * if (isValidationError(error)) reportBug(error.requestId, error.fieldErrors);
 * ```
 */
export function isValidationError(error: unknown): error is ValidationError {
  return isNamed(error, 'ValidationError');
}
