import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { createApp, type AppOptions } from './app.js';
import {
  DEFAULT_DATABASE_PATH,
  DEFAULT_HOST,
  DEFAULT_PORT,
  DEFAULT_RETENTION_DAYS,
  type DatabaseConfig,
} from './config.js';
import { answerClientError } from './http/client-error.js';
import { limitConnections, serverTimeouts, type ConnectionLimits } from './http/connection-limits.js';
import type { AppEnv } from './http/env.js';
import { consoleSink, type LogSink } from './http/logger.js';
import { startBackgroundJobs, type BackgroundOptions } from './notifications/background.js';
import { consoleMailer, smtpMailer } from './notifications/mailer.js';
import type { NotificationWorker } from './notifications/worker.js';
import { openStore } from './store/index.js';
import { storeOptions } from './store-options.js';
import type { Store, StoreMode } from './store/types.js';

export interface StartServerOptions extends Omit<AppOptions, 'store' | 'faults' | 'requests'> {
  /** An open store; default: `openStore({ path: databasePath })`, closed again by `close()`. */
  store?: Store;
  /** Database file when no store is given; default `data/emplois-en-regions.db`. */
  databasePath?: string;
  /** PostgreSQL instead of the file when no store is given (DATABASE_URL and its settings). */
  database?: DatabaseConfig | undefined;
  /** Mode of the database opened when no store is given; default `demo`. */
  mode?: StoreMode;
  /** Default 8787; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** E-mail and webhook notifications, retention (config.ts reads them from the environment). */
  notifications?: NotificationOptions;
  /** Request deadlines and connection caps (see ConnectionLimits); defaults suit a public API. */
  limits?: ConnectionLimits;
}

export interface NotificationOptions {
  /** SMTP_URL; with `mailFrom`, e-mails each new request to its organization. */
  smtpUrl?: string | undefined;
  /** MAIL_FROM. */
  mailFrom?: string | undefined;
  /** Demo without SMTP_URL: print each e-mail on the console instead (pnpm start). */
  printEmails?: boolean | undefined;
  /** Language of the lines the server prints for the operator (the demo's e-mail headers); default French. */
  operatorLanguage?: 'fr' | 'en' | undefined;
  /** CONTACT_RETENTION_DAYS, default 365; `false`: no daily purge. */
  retentionDays?: number | false | undefined;
  /** Worker settings: retry policy, poll interval, webhook timeout… */
  worker?: BackgroundOptions['worker'];
  /** One line per delivery attempt; default: the request log's sink. */
  log?: LogSink | undefined;
}

export interface RunningServer {
  /** Base URL without trailing slash, e.g. `http://localhost:8787`. */
  url: string;
  port: number;
  store: Store;
  notifications: {
    /** Where e-mails go (`SMTP smtp://host:587`, the demo's console); undefined: e-mail channel off. */
    email: string | undefined;
    worker: NotificationWorker;
  };
  /**
   * Stops accepting connections, ends open ones, stops the notification worker (sends in
   * progress finish), and closes the store if the server opened it.
   */
  close(): Promise<void>;
}

export interface Listening {
  port: number;
  url: string;
  close(): Promise<void>;
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '127.0.0.1' || host === '::1') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

/** Serves a Hono app on Node with @hono/node-server; resolves once it listens. */
export function listen(
  app: Hono<AppEnv>,
  options: { port: number; host: string; limits?: ConnectionLimits | undefined },
): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch: app.fetch,
        port: options.port,
        hostname: options.host,
        serverOptions: serverTimeouts(options.limits),
      },
      (info: AddressInfo) => {
        resolve({
          port: info.port,
          url: `http://${urlHost(options.host)}:${info.port}`,
          close: () =>
            new Promise<void>((done) => {
              server.close(() => done());
              // Keep-alive sockets would hold close() open until they time out.
              (server as Server).closeAllConnections?.();
            }),
        });
      },
    ) as Server;
    limitConnections(server, options.limits);
    // Requests Node's parser refuses never reach the app: answer them with a problem too.
    server.on('clientError', answerClientError);
    server.once('error', reject);
  });
}

/**
 * Starts the API on Node (the `pnpm start` entry uses it): opens the store
 * unless one is given, listens, and returns the URL and a `close()`.
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const {
    store: givenStore,
    databasePath,
    database,
    mode,
    port,
    host,
    notifications = {},
    limits,
    ...appOptions
  } = options;
  const store =
    givenStore ??
    (await openStore(storeOptions(databasePath ?? DEFAULT_DATABASE_PATH, database, mode ?? 'demo')));
  let jobs: ReturnType<typeof startBackgroundJobs> | undefined;
  try {
    const app = createApp({ ...appOptions, store });
    const listening = await listen(app, {
      port: port ?? DEFAULT_PORT,
      host: host ?? DEFAULT_HOST,
      // Behind a proxy every connection comes from its address: the proxy caps clients instead.
      limits: appOptions.trustProxy ? { ...limits, maxConnectionsPerClient: false } : limits,
    });
    const log = notifications.log === undefined ? (appOptions.logger ?? consoleSink) : notifications.log;
    const { smtpUrl, mailFrom } = notifications;
    jobs = startBackgroundJobs(store, {
      mailer:
        smtpUrl && mailFrom
          ? { mailer: smtpMailer(smtpUrl, mailFrom) }
          : notifications.printEmails
            ? {
                mailer: consoleMailer((text) => console.log(text), notifications.operatorLanguage),
                demo: true,
              }
            : undefined,
      retentionDays: notifications.retentionDays ?? DEFAULT_RETENTION_DAYS,
      worker: notifications.worker,
      clock: appOptions.now ?? (() => new Date()),
      log,
    });
    const running = jobs;
    return {
      url: listening.url,
      port: listening.port,
      store,
      notifications: { email: running.email, worker: running.worker },
      close: async () => {
        await listening.close();
        await running.stop();
        if (!givenStore) await store.close();
      },
    };
  } catch (error) {
    await jobs?.stop();
    if (!givenStore) await store.close();
    throw error;
  }
}
