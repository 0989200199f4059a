import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { IdempotencyKey } from '../schemas.js';
import { requestLanguage } from './language.js';
import { fieldError, problem } from './problem.js';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** The request's Idempotency-Key: 400 `idempotency_key_required` or `idempotency_key_invalid` otherwise. */
export function readIdempotencyKey(c: Context): string {
  const value = c.req.header(IDEMPOTENCY_HEADER);
  const lang = requestLanguage(c);
  if (value === undefined || value === '') {
    throw problem(400, 'idempotency_key_required', {
      errors: [fieldError(IDEMPOTENCY_HEADER, 'required', lang)],
    });
  }
  if (!IdempotencyKey.safeParse(value).success) {
    throw problem(400, 'idempotency_key_invalid', {
      errors: [fieldError(IDEMPOTENCY_HEADER, 'invalid_format', lang)],
    });
  }
  return value;
}

/**
 * JSON with object keys sorted at every level, so a retry whose client
 * serialized the same data in another key order is still "the same body".
 * Written straight to a string: no object is rebuilt, so a `__proto__` key
 * cannot reach a prototype.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** SHA-256 (hex) of the canonical JSON of a parsed body. */
export function bodyHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/** 409 `idempotency_key_conflict`: the key already served a request with another body. */
export function idempotencyConflict(c: Context) {
  return problem(409, 'idempotency_key_conflict', {
    errors: [fieldError(IDEMPOTENCY_HEADER, 'invalid_value', requestLanguage(c))],
  });
}
