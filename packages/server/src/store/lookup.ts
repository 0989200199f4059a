import type { Statement } from './sql.js';

/** A lookup by key through a statement: the row as the API shapes it, or undefined. */
export function findOne<Row, Item>(
  statement: Statement<[string], Row>,
  toItem: (row: Row) => Item,
): (key: string) => Promise<Item | undefined> {
  return async (key) => {
    const row = await statement.get(key);
    return row === undefined ? undefined : toItem(row);
  };
}
