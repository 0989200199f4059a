import type { LogSink } from '../http/logger.js';
import { purgeExpired } from '../operations/retention.js';
import type { Store } from '../store/types.js';
import type { Mailer } from './mailer.js';
import {
  startNotificationWorker,
  type NotificationWorker,
  type NotificationWorkerOptions,
} from './worker.js';

export interface BackgroundOptions {
  /**
   * Sends e-mails: `smtpMailer(SMTP_URL, MAIL_FROM)`, or the demo's `consoleMailer`
   * (`demo: true`). Undefined: e-mail channel off, no e-mail delivery is even stored.
   */
  mailer?: { mailer: Mailer; demo?: boolean } | undefined;
  /** CONTACT_RETENTION_DAYS; `false`: no retention job (tests that control the clock call purgeExpired). */
  retentionDays: number | false;
  /** Worker settings (retry policy, poll interval, webhook timeout…, `held` for test servers). */
  worker?: Omit<NotificationWorkerOptions, 'store' | 'mailer' | 'clock' | 'log'> | undefined;
  clock: () => Date;
  log: LogSink;
}

export interface BackgroundJobs {
  worker: NotificationWorker;
  /** Where e-mails go, for the start-up lines; undefined when the channel is off. */
  email: string | undefined;
  stop(): Promise<void>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What the server does besides answering requests: the notification worker and
 * the daily retention purge. Both stop with `stop()` (the server's `close()`).
 */
export function startBackgroundJobs(store: Store, options: BackgroundOptions): BackgroundJobs {
  const { mailer, clock, log } = options;
  store.setEmailChannel(mailer ? (mailer.demo ? 'demo' : 'on') : 'off');
  const worker = startNotificationWorker({
    ...options.worker,
    store,
    mailer: mailer?.mailer,
    clock,
    log,
  });

  let timer: NodeJS.Timeout | undefined;
  if (options.retentionDays !== false) {
    const days = options.retentionDays;
    const purge = async () => {
      try {
        const { erased, cutoff } = await purgeExpired(store, days, clock());
        if (erased > 0 && log) {
          log(
            `retention: personal fields of ${erased} request(s) created before ${cutoff.toISOString()} erased`,
          );
        }
      } catch (error) {
        if (log) log(`retention: purge failed (${(error as Error).message}); next try in 24 h`);
      }
    };
    void purge();
    timer = setInterval(purge, DAY_MS);
    timer.unref();
  }

  return {
    worker,
    email: mailer?.mailer.description,
    async stop() {
      clearInterval(timer);
      await worker.stop();
      mailer?.mailer.close();
    },
  };
}
