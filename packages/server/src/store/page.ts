import { decodeCursor, encodeCursor, fingerprint, type CursorPosition, type CursorShape } from './cursor.js';
import type { PageResult } from './types.js';

/** A list read with keyset pagination: its name in cursors and the sort key of its rows. */
export interface KeysetList<Row, Shape extends CursorShape> {
  name: string;
  /** Types of the sort key, checked when a cursor is read back. */
  shape: Shape;
  /** The sort key of a row: where the next page starts after it. */
  keyOf(row: Row): CursorPosition<Shape>;
}

export function keysetList<Row, const Shape extends CursorShape>(
  name: string,
  shape: Shape,
  keyOf: (row: Row) => CursorPosition<Shape>,
): KeysetList<Row, Shape> {
  return { name, shape, keyOf };
}

/** The sort key after which a page starts; all null on the first page. */
export type After<Shape extends CursorShape> = { [K in keyof Shape]: CursorPosition<Shape>[K] | null };

export interface PageRequest {
  /** The query's filters: a cursor is bound to them, so one from another query is refused. */
  boundTo: readonly unknown[];
  cursor?: string | undefined;
  limit: number;
}

/**
 * Reads one page: `fetch` runs the list's query after the cursor's position with
 * `LIMIT limit + 1` — the extra row only tells that another page exists — and the
 * next cursor points after the last row kept. A bad cursor is an InvalidCursorError.
 */
export async function readPage<Row, Item, Shape extends CursorShape>(
  list: KeysetList<Row, Shape>,
  request: PageRequest,
  fetch: (after: After<Shape>, limit: number) => readonly Row[] | Promise<readonly Row[]>,
  toItem: (row: Row) => Item,
): Promise<PageResult<Item>> {
  const boundTo = fingerprint(request.boundTo);
  const after = request.cursor
    ? decodeCursor(request.cursor, list.name, boundTo, list.shape)
    : (list.shape.map(() => null) as After<Shape>);
  const rows = await fetch(after, request.limit + 1);
  const kept = rows.slice(0, request.limit);
  const last = kept.at(-1);
  return {
    data: kept.map(toItem),
    nextCursor:
      rows.length > request.limit && last !== undefined
        ? encodeCursor(list.name, boundTo, list.keyOf(last))
        : null,
  };
}
