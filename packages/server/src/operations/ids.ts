import { randomBytes } from 'node:crypto';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * `length` characters from a CSPRNG, without modulo bias (bytes ≥ 248 are
 * drawn again): 24 characters carry 142 bits, 32 carry 190.
 */
export function randomBase62(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length)) {
      if (byte < 248 && out.length < length) out += BASE62[byte % 62];
    }
  }
  return out;
}

/** A new identifier such as `evt_3kT9…` (the Id schema: prefix, underscore, 1–64 characters). */
export function newId(prefix: string, length = 16): string {
  return `${prefix}_${randomBase62(length)}`;
}
