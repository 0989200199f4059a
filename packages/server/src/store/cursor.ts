import { InvalidCursorError } from './types.js';
import { sha256 } from './hash.js';

/**
 * Opaque cursors: a JSON array in base64url. The first item names the list and
 * the second fingerprints the query, so a cursor from another list or another
 * query is refused instead of silently returning the wrong page.
 */
type CursorValue = string | number;

/** The types of a list's sort key, in order: what a cursor of that list holds. */
export type CursorShape = readonly ('string' | 'integer')[];

/** A position in a list of that shape: its sort key values. */
export type CursorPosition<Shape extends CursorShape> = {
  [K in keyof Shape]: Shape[K] extends 'integer' ? number : string;
};

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** A short, stable digest of the parameters a cursor is bound to. */
export function fingerprint(parts: readonly unknown[]): string {
  return sha256(JSON.stringify(parts)).slice(0, 12);
}

export function encodeCursor(
  list: string,
  queryFingerprint: string,
  position: readonly CursorValue[],
): string {
  return Buffer.from(JSON.stringify([list, queryFingerprint, ...position]), 'utf8').toString('base64url');
}

/**
 * Reads a cursor of `list` made for `queryFingerprint` and checks each position
 * value against `shape` ('string' | 'integer'); anything else is an InvalidCursorError.
 */
export function decodeCursor<const Shape extends CursorShape>(
  cursor: string,
  list: string,
  queryFingerprint: string,
  shape: Shape,
): CursorPosition<Shape> {
  if (!BASE64URL.test(cursor)) throw new InvalidCursorError();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (!Array.isArray(parsed) || parsed.length !== shape.length + 2) throw new InvalidCursorError();
  const [cursorList, cursorFingerprint, ...position] = parsed as unknown[];
  if (cursorList !== list || cursorFingerprint !== queryFingerprint) throw new InvalidCursorError();
  shape.forEach((type, index) => {
    const value = position[index];
    const valid = type === 'integer' ? Number.isSafeInteger(value) : typeof value === 'string';
    if (!valid) throw new InvalidCursorError();
  });
  return position as CursorPosition<Shape>;
}
