import { AsyncLocalStorage } from 'node:async_hooks';
import type { Statement } from 'better-sqlite3';
import type { Dialect, RunResult, Sql, SqlParams } from '../sql.js';
import type { Db } from './connection.js';

export const SQLITE: Dialect = {
  name: 'sqlite',
  jsonArray: (column, orderBy) => `json_group_array(${column} ORDER BY ${orderBy})`,
  jsonValues: (parameter) => `SELECT value FROM json_each(${parameter})`,
  skipLocked: '',
};

/**
 * The Sql interface over one better-sqlite3 connection. Every statement still runs
 * synchronously; what the async surface adds is a queue: while a transaction is open
 * (its function may await between statements), statements from other callers wait
 * for it to end instead of slipping into it.
 */
export function sqliteSql(db: Db): Sql {
  const statements = new Map<string, Statement>();
  const inTransaction = new AsyncLocalStorage<(() => void)[]>();
  let current: Promise<unknown> | undefined;

  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const args = (params: SqlParams | undefined): unknown[] =>
    params === undefined ? [] : Array.isArray(params) ? params : [params];

  async function idle(): Promise<void> {
    if (inTransaction.getStore()) return;
    while (current) await current.catch(() => undefined);
  }

  return {
    dialect: SQLITE,
    async all<Row>(sql: string, params?: SqlParams) {
      await idle();
      return prepare(sql).all(...args(params)) as Row[];
    },
    async get<Row>(sql: string, params?: SqlParams) {
      await idle();
      return prepare(sql).get(...args(params)) as Row | undefined;
    },
    async run(sql: string, params?: SqlParams): Promise<RunResult> {
      await idle();
      return { changes: prepare(sql).run(...args(params)).changes };
    },
    async exec(sql: string) {
      await idle();
      db.exec(sql);
    },
    async transaction<T>(fn: () => Promise<T>): Promise<T> {
      if (inTransaction.getStore()) return fn();
      // Checked and claimed in the same turn: two callers cannot both see it free.
      while (current) await current.catch(() => undefined);
      const committed: (() => void)[] = [];
      const run = inTransaction.run(committed, async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn();
          db.exec('COMMIT');
          for (const callback of committed) callback();
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      });
      current = run;
      try {
        return await run;
      } finally {
        if (current === run) current = undefined;
      }
    },
    afterCommit(fn) {
      const pending = inTransaction.getStore();
      if (pending) pending.push(fn);
      else fn();
    },
    lock: async () => undefined,
    async close() {
      await idle();
      db.close();
    },
  };
}
