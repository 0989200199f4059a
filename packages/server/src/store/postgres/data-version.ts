import type pg from 'pg';
import type { Sql } from '../sql.js';

const CHANNEL = 'eer_data_version';
/** How often the version row is read in case a notification was missed (listener reconnecting). */
const POLL_MS = 1000;

/**
 * The data version shared by every process on the database: a counter in `settings`,
 * bumped inside each transaction that changes reference data, and announced with
 * NOTIFY (delivered at commit). Each process keeps the highest value it has seen, from
 * its own commits, from LISTEN, and from a read of the row every second — so reading
 * the version costs nothing per request, and another process's change is seen within
 * one second even if a notification is lost.
 */
export interface SharedDataVersion {
  current(): string;
  /**
   * Runs `write` and bumps the counter in one transaction. The new value counts here only
   * after the commit: counted earlier, a request could cache the old rows under it.
   */
  around<T>(write: () => Promise<T>): Promise<T>;
  stop(): Promise<void>;
}

export async function sharedDataVersion(sql: Sql, pool: pg.Pool): Promise<SharedDataVersion> {
  let seen = 0;
  const see = (value: number) => {
    if (value > seen) seen = value;
  };
  const read = async () => {
    const row = await sql.get<{ value: string }>("SELECT value FROM settings WHERE key = 'data_version'");
    see(Number(row?.value ?? 0));
  };
  await read();

  let listener: pg.PoolClient | undefined;
  let stopped = false;
  const listen = async () => {
    try {
      const client = await pool.connect();
      if (stopped) return client.release();
      client.on('notification', (message) => see(Number(message.payload)));
      client.on('error', () => {
        // The connection broke (server restart, failover): the poll covers until the next LISTEN.
        if (listener !== client) return;
        listener = undefined;
        client.release(true);
      });
      await client.query(`LISTEN ${CHANNEL}`);
      listener = client;
    } catch {
      // The poll below keeps the version right until the next attempt.
    }
  };
  await listen();
  const poll = setInterval(() => {
    read().catch(() => undefined);
    if (!listener && !stopped) void listen();
  }, POLL_MS);
  poll.unref();

  return {
    current: () => String(seen),
    around(write) {
      return sql.transaction(async () => {
        const written = await write();
        const row = await sql.get<{ value: string }>(
          `UPDATE settings SET value = CAST(CAST(value AS BIGINT) + 1 AS TEXT) WHERE key = 'data_version'
           RETURNING value`,
        );
        const value = Number(row?.value ?? 0);
        await sql.run(`SELECT pg_notify('${CHANNEL}', CAST(? AS TEXT))`, [String(value)]);
        // After the outermost commit: a write nested in a longer transaction (an event created
        // under its idempotency key) is not visible to other connections before that.
        sql.afterCommit(() => see(value));
        return written;
      });
    },
    async stop() {
      stopped = true;
      clearInterval(poll);
      if (listener) {
        const client = listener;
        listener = undefined;
        // Destroyed rather than pooled: a connection that listened is not reused.
        client.release(true);
      }
    },
  };
}
