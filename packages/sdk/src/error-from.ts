import type { Problem } from '@emplois-en-regions/schemas';
import {
  AuthError,
  EerError,
  InvalidRequestError,
  NotFoundError,
  RateLimitedError,
  isEerError,
  type EerErrorInit,
} from './errors.js';
import { parseRetryAfter } from './retry.js';

/** Method and URL of a call, to name it in error messages. */
export interface CallInfo {
  method: string;
  url: string;
}

/** `GET https://…/v1/regions`, without the query string, to name a call in messages. */
export function describeCall(call: CallInfo): string {
  return `${call.method} ${call.url.replace(/\?.*/, '')}`;
}

function asProblem(data: unknown): Problem | undefined {
  const candidate = data as Partial<Problem> | null | undefined;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.code === 'string'
    ? (candidate as Problem)
    : undefined;
}

/** The error for an answer with an error status; `data` is its parsed body, if any. */
export function errorFromResponse(response: Response, data: unknown, call: CallInfo): EerError {
  const problem = asProblem(data);
  const { status } = response;
  const init: EerErrorInit = {
    kind: 'http',
    status,
    code: problem?.code,
    requestId: response.headers.get('x-request-id') ?? problem?.requestId,
    problem,
    ...call,
  };
  const message = `${describeCall(call)} failed with ${status}${problem ? ` ${problem.code}: ${problem.detail}` : ''}`;
  if (status === 404) return new NotFoundError(message, init);
  if (status === 401 || status === 403) return new AuthError(message, init);
  if (status === 429) {
    const header = parseRetryAfter(response.headers.get('retry-after'));
    const retryAfterMs = header ?? (problem?.retryAfter ?? 0) * 1000;
    return new RateLimitedError(message, { ...init, retryAfterMs });
  }
  if (status >= 400 && status < 500) {
    return new InvalidRequestError(message, { ...init, fieldErrors: problem?.errors ?? [] });
  }
  return new EerError(message, init);
}

interface KyLikeError {
  name?: string;
  response?: Response;
  data?: unknown;
}

/**
 * The error for anything thrown while calling: ky's HTTP, timeout and network
 * errors, an abort, or a failure while reading the body (other throws pass through). The caller's own abort
 * wins over everything else, so it is never reported as a timeout.
 */
export function errorFromThrown(thrown: unknown, call: CallInfo, callerSignal?: AbortSignal): unknown {
  if (callerSignal?.aborted) return abortedError(call, callerSignal.reason);
  if (isEerError(thrown)) return thrown;
  const error = thrown as KyLikeError | undefined;
  if (error?.name === 'HTTPError' && error.response)
    return errorFromResponse(error.response, error.data, call);
  if (error?.name === 'TimeoutError') {
    return new EerError(`${describeCall(call)} timed out`, { kind: 'timeout', ...call, cause: thrown });
  }
  if (error?.name === 'AbortError') return abortedError(call, thrown);
  if (error?.name === 'NetworkError' || thrown instanceof TypeError) {
    return new EerError(`${describeCall(call)} failed: no answer from the API`, {
      kind: 'network',
      ...call,
      cause: thrown,
    });
  }
  // Anything else is a bug, not a failure of the call: let it surface as it is.
  return thrown;
}

/** The error for a call the caller aborted. */
export function abortedError(call: CallInfo, reason: unknown): EerError {
  return new EerError(`${describeCall(call)} was aborted`, { kind: 'aborted', ...call, cause: reason });
}
