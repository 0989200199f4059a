import type { Validator } from '../validation.js';
import type { CallOptions, EerCore, Query } from '../core.js';
import { PagedList, type PageOf } from '../pagination.js';
import { validateInput } from '../validation.js';

/**
 * A query schema's input type with a numeric page `limit` (1–100, default 20).
 *
 * @example
 * ```ts
 * const query: WithLimit<EventQuery> = { region: '04', limit: 50 };
 * ```
 */
export type WithLimit<T> = Omit<T, 'limit'> & {
  /** Page size, 1–100 (default 20). */
  limit?: number | undefined;
};

/**
 * A list call shared by every resource: validates the query once per page request
 * (so a refused query rejects the promise or the loop, never throws synchronously)
 * and follows `nextCursor`.
 */
export function listRequest<TPage extends PageOf<unknown>>(
  core: EerCore,
  path: string,
  schema: Validator<TPage>,
  options: CallOptions = {},
  query?: { schema: Validator<object>; value: object | undefined },
): PagedList<TPage> {
  return new PagedList<TPage>(async (cursor) => {
    const checked = (
      query ? validateInput(query.schema, query.value ?? {}, core.lang, 'invalid_query') : {}
    ) as Query;
    return core.request({
      ...options,
      path,
      schema,
      query: { ...checked, cursor: cursor ?? checked['cursor'] },
    });
  });
}

/** An id or code placed in a path, checked first and then encoded. */
export function pathParameter(core: EerCore, schema: Validator<string>, name: string, value: string): string {
  return encodeURIComponent(validateInput(schema, value, core.lang, 'invalid_query', name));
}
