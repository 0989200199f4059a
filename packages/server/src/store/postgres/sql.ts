import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { numberedParameters, type Dialect, type RunResult, type Sql, type SqlParams } from '../sql.js';

export const POSTGRES: Dialect = {
  name: 'postgres',
  jsonArray: (column, orderBy) => `coalesce(json_agg(${column} ORDER BY ${orderBy})::text, '[]')`,
  jsonValues: (parameter) => `SELECT json_array_elements_text(CAST(${parameter} AS json))`,
  skipLocked: ' FOR UPDATE SKIP LOCKED',
};

/** bigint (counts, milliseconds) as a JS number, as SQLite gives it: every value stays below 2^53. */
const INT8_OID = 20;
export const numericTypeParser = ((oid: number, format?: 'text' | 'binary') =>
  oid === INT8_OID
    ? (value: string) => Number(value)
    : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser;
const types = { getTypeParser: numericTypeParser };

/** Serialization failure and deadlock: the transaction is run again. */
const RETRIABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 5;

export interface PostgresOptions {
  url: string;
  poolSize: number;
  statementTimeoutMs: number;
}

export function postgresPool(options: PostgresOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize,
    types,
    // Per connection; 0 turns it off.
    statement_timeout: options.statementTimeoutMs || undefined,
    application_name: 'eer-server',
    connectionTimeoutMillis: 10_000,
  });
  // An idle connection the server dropped (restart, failover): the pool makes a new one.
  pool.on('error', () => undefined);
  return pool;
}

const prepared = new Map<string, { text: string; names: (string | number)[] }>();

function toQuery(sql: string, params: SqlParams | undefined): { text: string; values: unknown[] } {
  let translated = prepared.get(sql);
  if (!translated) {
    translated = numberedParameters(sql);
    prepared.set(sql, translated);
  }
  if (params === undefined) return { text: translated.text, values: [] };
  const values = translated.names.map((name) => {
    const value = Array.isArray(params)
      ? (params as readonly unknown[])[name as number]
      : (params as Record<string, unknown>)[name as string];
    if (value === undefined)
      throw new Error(`no value for parameter ${String(name)} of: ${sql.trim().slice(0, 80)}`);
    return value;
  });
  return { text: translated.text, values };
}

/** The Sql interface over a pg pool: each transaction holds one pooled connection until it ends. */
export function postgresSql(pool: pg.Pool): Sql {
  const transactionClient = new AsyncLocalStorage<{ client: pg.PoolClient; committed: (() => void)[] }>();
  const query = async (sql: string, params?: SqlParams) => {
    const { text, values } = toQuery(sql, params);
    const client = transactionClient.getStore()?.client;
    return client ? client.query(text, values) : pool.query(text, values);
  };

  const self: Sql = {
    dialect: POSTGRES,
    async all<Row>(sql: string, params?: SqlParams) {
      return (await query(sql, params)).rows as Row[];
    },
    async get<Row>(sql: string, params?: SqlParams) {
      return (await query(sql, params)).rows[0] as Row | undefined;
    },
    async run(sql: string, params?: SqlParams): Promise<RunResult> {
      return { changes: (await query(sql, params)).rowCount ?? 0 };
    },
    async exec(sql: string) {
      const client = transactionClient.getStore()?.client;
      await (client ?? pool).query(sql);
    },
    async transaction<T>(fn: () => Promise<T>): Promise<T> {
      if (transactionClient.getStore()) return fn();
      for (let attempt = 1; ; attempt++) {
        const client = await pool.connect();
        let broken = false;
        try {
          await client.query('BEGIN');
          const committed: (() => void)[] = [];
          const result = await transactionClient.run({ client, committed }, fn);
          await client.query('COMMIT');
          for (const callback of committed) callback();
          return result;
        } catch (error) {
          try {
            await client.query('ROLLBACK');
          } catch {
            broken = true;
          }
          const code = (error as { code?: string }).code;
          if (!code || !RETRIABLE.has(code) || attempt >= MAX_ATTEMPTS) throw error;
        } finally {
          client.release(broken);
        }
      }
    },
    afterCommit(fn) {
      const pending = transactionClient.getStore()?.committed;
      if (pending) pending.push(fn);
      else fn();
    },
    async lock(key: string) {
      await self.run('SELECT pg_advisory_xact_lock(hashtextextended(?, 0))', [key]);
    },
    close: () => pool.end(),
  };
  return self;
}
