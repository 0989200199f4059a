import type { Language } from '@emplois-en-regions/schemas';
import { randomId } from './environment.js';
import { refusedOption } from './validation.js';

// The header's syntax (docs/http-api.md): 8–255 visible ASCII characters.
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,255}$/;

/**
 * The `Idempotency-Key` of one logical call, sent on each of its attempts: the
 * caller's own (checked, else an `InvalidRequestError` before anything is sent) or a new UUID.
 */
export function idempotencyKeyOf(key: string | undefined, lang: Language): string {
  if (key === undefined) return randomId();
  if (IDEMPOTENCY_KEY.test(key)) return key;
  throw refusedOption(lang, 'idempotencyKey', 'invalid_format', 'idempotency_key_invalid');
}
