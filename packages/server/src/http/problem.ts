import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ALL_FIELD_MESSAGES, fieldMessage } from '@emplois-en-regions/schemas';
import type { FieldError, FieldErrorCode, Language, Problem, ProblemCode } from '@emplois-en-regions/schemas';
import { requestLanguage } from './language.js';
import { DETAILS, PROBLEM_TEXTS, type DetailKey } from './problem-texts.js';
import { addVary } from './vary.js';

export const PROBLEM_TYPE_BASE = 'https://emplois-en-regions.example/problems/';

/** Field errors listed in one answer; beyond, `errorCount` gives how many there were. */
export const MAX_FIELD_ERRORS = 20;

export interface ProblemInit {
  status: number;
  code: ProblemCode;
  /** A specific detail instead of the code's default one. */
  detail?: DetailKey;
  errors?: FieldError[];
  /** Seconds; also sent as the Retry-After header. */
  retryAfter?: number;
  headers?: Record<string, string>;
}

/**
 * Thrown by helpers (validation, keys, body reading) to answer with a
 * problem; the app's error handler turns it into problem+json. It is the
 * 4xx path — unexpected errors take the 500 path instead.
 */
export class ProblemError extends Error {
  constructor(readonly init: ProblemInit) {
    super(init.code);
    this.name = 'ProblemError';
  }
}

export function problem(
  status: number,
  code: ProblemCode,
  extras: Omit<ProblemInit, 'status' | 'code'> = {},
) {
  return new ProblemError({ status, code, ...extras });
}

/** One field error for a header, parameter or field, with its localized message. */
export function fieldError(field: string, code: FieldErrorCode, lang: Language): FieldError {
  return { field, code, message: fieldMessage(code, lang, undefined, ALL_FIELD_MESSAGES) };
}

/** Builds the RFC 9457 body, localized by Accept-Language. */
export function problemBody(c: Context, init: ProblemInit): Problem {
  const lang = requestLanguage(c);
  const text = PROBLEM_TEXTS[init.code][lang];
  const body: Problem = {
    type: PROBLEM_TYPE_BASE + init.code,
    title: text.title,
    status: init.status,
    detail: init.detail ? DETAILS[init.detail][lang] : text.detail,
    code: init.code,
    instance: c.req.path,
  };
  const requestId = c.get('requestId') as string | undefined;
  if (requestId) body.requestId = requestId;
  if (init.errors?.length) {
    // Bounded: 2,500 unknown fields must not turn a 29 kB request into a 190 kB answer.
    body.errors = init.errors.slice(0, MAX_FIELD_ERRORS);
    if (init.errors.length > MAX_FIELD_ERRORS) body.errorCount = init.errors.length;
  }
  if (init.retryAfter !== undefined) body.retryAfter = init.retryAfter;
  return body;
}

/**
 * The problem+json response. Built with `c.body` so headers set earlier
 * (X-Request-Id, CORS for an allowed origin) are kept.
 */
export function problemResponse(c: Context, init: ProblemInit): Response {
  const body = problemBody(c, init);
  addVary(c, 'Accept-Language');
  const headers: Record<string, string> = {
    'Content-Type': 'application/problem+json',
    'Content-Language': requestLanguage(c),
    'Cache-Control': 'no-store',
    ...init.headers,
  };
  if (init.retryAfter !== undefined) headers['Retry-After'] = String(init.retryAfter);
  return c.body(JSON.stringify(body), init.status as ContentfulStatusCode, headers);
}
