import type { Context } from 'hono';
import { OperationError } from '../operations/errors.js';
import { requestLanguage } from './language.js';
import { fieldError, problem } from './problem.js';

export const IF_MATCH_HEADER = 'If-Match';

/**
 * The entity tags an If-Match or If-None-Match header lists, as `hono/etag` reads them:
 * each quoted tag, a `W/` prefix ignored (weak comparison).
 */
function listedTags(header: string): string[] {
  return header.match(/"[^"]*"/g) ?? [];
}

/**
 * If-None-Match holds `*` or `tag` (RFC 9110 §13.1.2, weak comparison): the one test of
 * every 304 the server answers itself (reference data, static files), the same as `hono/etag`'s.
 */
export function ifNoneMatchHolds(ifNoneMatch: string | undefined, tag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch.trim() === '*' || listedTags(ifNoneMatch).includes(tag);
}

/** What an If-Match header asks for: any current version (`*`), or one of these strong tags. */
export type MatchCondition = { any: true } | { any: false; tags: string[] };

/**
 * Reads If-Match (RFC 9110 §13.1.1): `*` or a list of entity tags. Missing: 428
 * `precondition_required` when `required`, else undefined.
 */
export function readIfMatch(c: Context, options: { required: boolean }): MatchCondition | undefined {
  const value = c.req.header(IF_MATCH_HEADER)?.trim();
  if (value === undefined || value === '') {
    if (!options.required) return undefined;
    throw problem(428, 'precondition_required', {
      errors: [fieldError(IF_MATCH_HEADER, 'required', requestLanguage(c))],
    });
  }
  if (value === '*') return { any: true };
  // A version tag names the event's data, not bytes: when compression marks the
  // answer's tag weak (W/"evt_….v3", a different encoding of the same version),
  // the client sending it back still names that version, so W/ is ignored here.
  return { any: false, tags: listedTags(value) };
}

/**
 * The version the caller expects, for a resource whose current strong tag is `currentTag`
 * at `currentVersion`: the current one when the condition holds (the store still refuses
 * it if another write lands first); otherwise a `stale` failure (412) before any other
 * processing of the request, as RFC 9110 §13.2.2 orders it.
 */
export function expectedVersion(
  condition: MatchCondition | undefined,
  currentTag: string,
  currentVersion: number,
): number | undefined {
  if (condition === undefined) return undefined;
  if (condition.any || condition.tags.includes(currentTag)) return currentVersion;
  throw OperationError.field('stale', IF_MATCH_HEADER, 'invalid_value');
}
