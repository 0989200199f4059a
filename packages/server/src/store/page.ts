import type { PageResult } from './types.js';

/**
 * Turns the rows of a query run with `LIMIT limit + 1` into a page: the extra row
 * only tells that another page exists, and the cursor points after the last row kept.
 */
export function toPage<Row, Item>(
  rows: readonly Row[],
  limit: number,
  toItem: (row: Row) => Item,
  cursorAfter: (row: Row) => string,
): PageResult<Item> {
  const kept = rows.slice(0, limit);
  const last = kept[kept.length - 1];
  return {
    data: kept.map(toItem),
    nextCursor: rows.length > limit && last !== undefined ? cursorAfter(last) : null,
  };
}
