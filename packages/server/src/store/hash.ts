import { createHash } from 'node:crypto';

/** Hex SHA-256, used for API keys at rest and for the query fingerprint in cursors. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
