import type { Context } from 'hono';

/**
 * `Vary` with `names` added to those already there (CORS adds `Origin`, compression
 * `Accept-Encoding`); undefined when it already lists them all, or is `*`.
 */
function withVary(current: string | null, names: readonly string[]): string | undefined {
  if (current?.trim() === '*') return undefined;
  const listed = (current ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const known = new Set(listed.map((name) => name.toLowerCase()));
  const added = names.filter((name) => !known.has(name.toLowerCase()));
  return added.length > 0 ? [...listed, ...added].join(', ') : undefined;
}

/** Adds header names to the `Vary` of a finished answer's headers. */
export function appendVary(headers: Headers, ...names: string[]): void {
  const vary = withVary(headers.get('Vary'), names);
  if (vary !== undefined) headers.set('Vary', vary);
}

/** Adds header names to the `Vary` of the answer a handler is building. */
export function addVary(c: Context, ...names: string[]): void {
  const vary = withVary(c.res.headers.get('Vary'), names);
  if (vary !== undefined) c.header('Vary', vary);
}
