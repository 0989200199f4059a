import type { Statement } from 'better-sqlite3';

/** A lookup by key through a prepared statement: the row as the API shapes it, or undefined. */
export function findOne<Row, Item>(
  statement: Statement<[string], Row>,
  toItem: (row: Row) => Item,
): (key: string) => Item | undefined {
  return (key) => {
    const row = statement.get(key);
    return row === undefined ? undefined : toItem(row);
  };
}
