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

/** What a write under an Idempotency-Key came to (the store's outcomes share this shape). */
type IdempotentWrite = { kind: 'created' | 'replayed' } | { kind: 'conflict' };

/**
 * The one HTTP reading of an idempotent write, for events and contact requests alike:
 * 409 `idempotency_key_conflict` when the key already served another body;
 * `Idempotent-Replayed: true` when the answer is the one of an earlier request.
 */
export function idempotentAnswer<T extends IdempotentWrite>(
  c: Context,
  outcome: T,
): Exclude<T, { kind: 'conflict' }> {
  if (outcome.kind === 'conflict') {
    throw problem(409, 'idempotency_key_conflict', {
      errors: [fieldError(IDEMPOTENCY_HEADER, 'invalid_value', requestLanguage(c))],
    });
  }
  if (outcome.kind === 'replayed') c.header('Idempotent-Replayed', 'true');
  return outcome as Exclude<T, { kind: 'conflict' }>;
}
