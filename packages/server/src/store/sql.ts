/**
 * What the query modules (store/*.ts) need from a database, whatever the engine:
 * SQL with `?` or `@name` parameters, one transaction at a time per caller.
 * store/sqlite/ and store/postgres/ implement it; the SQL the query modules write is
 * the common subset of both engines, and the few places that differ ask `dialect`.
 *
 * Inside `transaction(fn)`, every call made while `fn` runs (directly or through other
 * store methods) goes to that transaction — it is found through AsyncLocalStorage — so
 * a store method called from inside another one's transaction joins it.
 */
export type SqlParams = readonly unknown[] | Record<string, unknown>;

export interface RunResult {
  /** Rows inserted, updated or deleted. */
  changes: number;
}

export interface Dialect {
  readonly name: 'sqlite' | 'postgres';
  /** A JSON array (as text, `[]` when empty) of `column` over the rows of a subquery, in `orderBy` order. */
  jsonArray(column: string, orderBy: string): string;
  /** The values of a JSON array parameter (text) as a one-column `value` subquery. */
  jsonValues(parameter: string): string;
  /** Appended to a SELECT that claims rows for this transaction (outbox): `FOR UPDATE SKIP LOCKED` on PostgreSQL. */
  readonly skipLocked: string;
}

export interface Sql {
  readonly dialect: Dialect;
  all<Row>(sql: string, params?: SqlParams): Promise<Row[]>;
  get<Row>(sql: string, params?: SqlParams): Promise<Row | undefined>;
  run(sql: string, params?: SqlParams): Promise<RunResult>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * Runs `fn` in one write transaction (SQLite: BEGIN IMMEDIATE; PostgreSQL: READ COMMITTED,
   * retried on serialization failures and deadlocks). Nested calls join the outer one.
   */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  /**
   * Runs `fn` once the outermost transaction around the caller has committed (at once
   * outside a transaction; never if it rolls back): what must not be seen before the commit.
   */
  afterCommit(fn: () => void): void;
  /**
   * Inside a transaction: waits until no other transaction holds `key`, and holds it until
   * commit (PostgreSQL: pg_advisory_xact_lock; SQLite: nothing to do, IMMEDIATE already
   * serializes writers). Used where "look up, then insert" must not race (idempotency keys).
   */
  lock(key: string): Promise<void>;
  close(): Promise<void>;
}

/** Whether the database answers a trivial query now (health check), whatever the engine. */
export async function answers(db: Sql): Promise<boolean> {
  try {
    await db.get('SELECT 1');
    return true;
  } catch {
    return false;
  }
}

/**
 * Rewrites `?` and `@name` parameters into `$1, $2…` (PostgreSQL) and returns the order
 * of the names. Query texts come from the code, never from input; they hold no `?` or
 * `@` inside string literals.
 */
export function numberedParameters(sql: string): { text: string; names: (string | number)[] } {
  const names: (string | number)[] = [];
  const seen = new Map<string, number>();
  let positional = 0;
  const text = sql.replace(/\?|@([A-Za-z_][A-Za-z0-9_]*)/g, (_match, name: string | undefined) => {
    if (name === undefined) {
      names.push(positional++);
      return `$${names.length}`;
    }
    let index = seen.get(name);
    if (index === undefined) {
      names.push(name);
      index = names.length;
      seen.set(name, index);
    }
    return `$${index}`;
  });
  return { text, names };
}

/** Parameters as a better-sqlite3 statement takes them: positional values, or one object of named ones. */
type BindArgs<P> = P extends readonly unknown[] ? P : [P];

export interface Statement<P = unknown[], Row = unknown> {
  get(...params: BindArgs<P>): Promise<Row | undefined>;
  all(...params: BindArgs<P>): Promise<Row[]>;
  run(...params: BindArgs<P>): Promise<RunResult>;
}

function bound(params: readonly unknown[]): SqlParams {
  const [first] = params;
  return params.length === 1 && first !== null && typeof first === 'object' && !Array.isArray(first)
    ? (first as Record<string, unknown>)
    : params;
}

/** One query text with its parameter and row types, called like a prepared statement. */
export function statement<P = unknown[], Row = unknown>(db: Sql, sql: string): Statement<P, Row> {
  return {
    get: (...params) => db.get<Row>(sql, bound(params)),
    all: (...params) => db.all<Row>(sql, bound(params)),
    run: (...params) => db.run(sql, bound(params)),
  };
}
