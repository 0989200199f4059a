import type { Context } from 'hono';

/** Adds header names to `Vary` without dropping those already there (CORS adds `Origin`). */
export function addVary(c: Context, ...names: string[]): void {
  const current = (c.res.headers.get('Vary') ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const known = new Set(current.map((name) => name.toLowerCase()));
  for (const name of names) if (!known.has(name.toLowerCase())) current.push(name);
  c.header('Vary', current.join(', '));
}
