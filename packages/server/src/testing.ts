/**
 * Test mode of the server: `@emplois-en-regions/server/testing`.
 *
 * `startTestServer()` runs the real app over real HTTP on 127.0.0.1 with a
 * fresh database, plus test-only tools: `faults` (inject delays, error
 * statuses, dropped connections, malformed answers), `requests` (count
 * what actually reached the server) and `notifications` (hold the outbox
 * worker, e.g. to kill the process between a commit and its send). A server
 * started any other way has none of them, and no request can turn them on.
 *
 * @example
 * ```ts
 * const server = await startTestServer();
 * server.faults.add({ method: 'POST', path: '/v1/contact-requests', kind: 'drop-after' });
 * // … the client retries with the same Idempotency-Key …
 * assert.equal(server.requests.count({ method: 'POST', path: '/v1/contact-requests' }), 2);
 * await server.close();
 * ```
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from './app.js';
import { FaultController } from './http/faults.js';
import type { LogSink } from './http/logger.js';
import type { RateLimitOptions, TrustProxy } from './http/rate-limit.js';
import type { ConnectionLimits } from './http/connection-limits.js';
import { RequestLog } from './http/request-log.js';
import { startBackgroundJobs } from './notifications/background.js';
import { smtpMailer } from './notifications/mailer.js';
import type { RetryPolicy } from './notifications/retry-policy.js';
import type { NotificationWorker } from './notifications/worker.js';
import { listen } from './server.js';
import { openStore } from './store/index.js';
import { createTestDatabase, numericTypes, testDatabaseBackend } from './testing/postgres-cluster.js';

export { createClusterDatabase, startTestCluster, testDatabaseBackend } from './testing/postgres-cluster.js';
import type { Store, StoreMode, StoreOptions } from './store/types.js';

export { FaultController, RequestLog };
export type { Fault, FaultEffect, FaultSpec, FaultTarget } from './http/faults.js';
export type { RecordedRequest, RequestFilter } from './http/request-log.js';
export type { RateLimitOptions };
export type { RetryPolicy, NotificationWorker };
export { signatureHeader } from './notifications/signing.js';
export {
  addWebhook,
  rotateWebhookSecret,
  listWebhooks,
  redeliver,
  validateWebhookUrl,
} from './operations/webhooks.js';
export { purgeExpired, eraseContactRequest, exportContactRequest } from './operations/retention.js';
export { updateContactRequest } from './operations/contact-requests.js';

/** Notification settings of a test server: a fast retry policy, a real SMTP server… */
export interface TestNotificationOptions {
  /** With `mailFrom`: e-mails go to this SMTP server (e.g. an `smtp-server` in the test). Default: off. */
  smtpUrl?: string;
  mailFrom?: string;
  /** Default: the production policy (30 s, doubling, 24 h). Tests pass milliseconds. */
  retryPolicy?: RetryPolicy;
  /** Default 50 ms. */
  pollIntervalMs?: number;
  /** Default 2 min. */
  leaseMs?: number;
  /** Webhook timeout; default 10 s. */
  webhookTimeoutMs?: number;
  /** Start with the worker held: nothing is sent until `notifications.release()`. */
  hold?: boolean;
  /** One line per delivery attempt; default silent. */
  log?: LogSink;
}

export interface TestServerOptions {
  /**
   * "Now" for the server: a Date freezes the clock there (sample events are
   * placed around it); a function is called each time. Default: real time.
   */
  now?: Date | (() => Date);
  /**
   * Contact-request rate limit: override `limit` and/or `windowMs`, or
   * `false` to turn it off. Default: the production limit, 10 per 10 minutes.
   */
  rateLimit?: Partial<RateLimitOptions> | false;
  /** Base URL for links in answers (`icsUrl`); default: the request's origin. */
  publicBaseUrl?: string;
  /** Read the client address from `X-Forwarded-For` (as behind a proxy); default false. */
  trustProxy?: TrustProxy;
  /** Log sink; default `false` (silent). */
  logger?: LogSink;
  /** Port on 127.0.0.1; default 0 (a free one). */
  port?: number;
  /** `demo` (default: sample partners, events and test keys) or `production` (none of them). */
  mode?: StoreMode;
  /** Request deadlines and connection caps; default: the production ones. */
  limits?: ConnectionLimits;
  /** An existing database file instead of a fresh one (not deleted by `close()`). */
  databasePath?: string;
  /** An existing PostgreSQL database instead of a fresh one (not dropped by `close()`), shared by processes. */
  database?: { url: string; sealingKeyFile: string } | undefined;
  /** The outbox worker's settings (it always runs: webhooks on, e-mail off unless `smtpUrl`). */
  notifications?: TestNotificationOptions;
}

export interface TestServer {
  /** e.g. `http://127.0.0.1:53124` (no trailing slash). */
  url: string;
  port: number;
  /** The server's store, e.g. `await store.countContactRequests()`. */
  store: Store;
  /** Failures to inject: `faults.add({ path, kind, … })`, `faults.clear()`. */
  faults: FaultController;
  /** Every request that reached the server: `requests.count({ method, path })`, `requests.reset()`. */
  requests: RequestLog;
  /** The outbox worker: `hold()`, `release()`, `wake()`. */
  notifications: NotificationWorker;
  /** Stops the server, closes the store and deletes its temporary folder. */
  close(): Promise<void>;
}

/** Starts the real API on 127.0.0.1 with a fresh database in a temporary folder. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const { now } = options;
  const clock = typeof now === 'function' ? now : now ? () => new Date(now) : () => new Date();
  const folder = await mkdtemp(join(tmpdir(), 'eer-test-'));
  // EER_TEST_DATABASE=postgres: a fresh database on the test run's PostgreSQL cluster.
  const postgres =
    testDatabaseBackend() === 'postgres' && !options.databasePath ? await createTestDatabase() : undefined;
  let store: Store;
  try {
    store = await openStore({
      path: options.databasePath ?? join(folder, 'test.db'),
      url: options.database?.url ?? postgres?.url,
      sealingKeyFile:
        options.database?.sealingKeyFile ?? (postgres ? join(folder, 'webhook.key') : undefined),
      now: clock(),
      mode: options.mode ?? 'demo',
    });
  } catch (error) {
    await postgres?.drop();
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
  const faults = new FaultController();
  const requests = new RequestLog();
  try {
    const app = createApp({
      store,
      now: clock,
      logger: options.logger ?? false,
      rateLimit: options.rateLimit,
      publicBaseUrl: options.publicBaseUrl,
      trustProxy: options.trustProxy,
      faults,
      requests,
    });
    const listening = await listen(app, {
      port: options.port ?? 0,
      host: '127.0.0.1',
      limits: options.limits,
    });
    const notify = options.notifications ?? {};
    const jobs = startBackgroundJobs(store, {
      mailer:
        notify.smtpUrl && notify.mailFrom
          ? { mailer: smtpMailer(notify.smtpUrl, notify.mailFrom) }
          : undefined,
      retentionDays: false,
      worker: {
        retryPolicy: notify.retryPolicy,
        pollIntervalMs: notify.pollIntervalMs ?? 50,
        leaseMs: notify.leaseMs,
        webhook: { timeoutMs: notify.webhookTimeoutMs },
        held: notify.hold,
      },
      clock,
      log: notify.log ?? false,
    });
    let closed = false;
    return {
      url: `http://127.0.0.1:${listening.port}`,
      port: listening.port,
      store,
      faults,
      requests,
      notifications: jobs.worker,
      close: async () => {
        if (closed) return;
        closed = true;
        await listening.close();
        await jobs.stop();
        await store.close();
        await postgres?.drop();
        await rm(folder, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await store.close();
    await postgres?.drop();
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}

/** A fresh, empty database on the backend the tests run against (EER_TEST_DATABASE). */
export interface TestDatabaseFile {
  backend: 'sqlite' | 'postgres';
  /** What openStore needs to open it (add `now`, `mode`); open it as often as wanted. */
  options: Pick<StoreOptions, 'path' | 'url' | 'sealingKeyFile'>;
  /** Reads rows straight from the database, beside the store (what a test checks was written). */
  rows(sql: string): Promise<Record<string, unknown>[]>;
  /** Runs a statement straight on the database (a test simulating an older seed). */
  execute(sql: string): Promise<void>;
  /** Deletes it (the database, or the SQLite file and its folder). */
  dispose(): Promise<void>;
}

export async function createTestDatabaseFile(): Promise<TestDatabaseFile> {
  const folder = await mkdtemp(join(tmpdir(), 'eer-store-'));
  // A sub-folder that does not exist yet: opening a SQLite store must create it.
  const path = join(folder, 'nested', 'store.db');
  if (testDatabaseBackend() === 'sqlite') {
    const { default: Database } = await import('better-sqlite3');
    return {
      backend: 'sqlite',
      options: { path },
      async rows(sql) {
        const db = new Database(path, { readonly: true });
        try {
          return db.prepare(sql).all() as Record<string, unknown>[];
        } finally {
          db.close();
        }
      },
      async execute(sql) {
        const db = new Database(path);
        try {
          db.exec(sql);
        } finally {
          db.close();
        }
      },
      dispose: () => rm(folder, { recursive: true, force: true }),
    };
  }
  const database = await createTestDatabase();
  const { default: pg } = await import('pg');
  const withClient = async <T>(use: (client: InstanceType<typeof pg.Client>) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return await use(client);
    } finally {
      await client.end();
    }
  };
  return {
    backend: 'postgres',
    options: { path, url: database.url, sealingKeyFile: join(folder, 'webhook.key') },
    // bigint columns come back as numbers, as from the store.
    rows: (sql) =>
      withClient(
        async (client) =>
          (await client.query({ text: sql, types: { getTypeParser: numericTypes } })).rows as Record<
            string,
            unknown
          >[],
      ),
    execute: (sql) => withClient(async (client) => void (await client.query(sql))),
    async dispose() {
      await database.drop();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
