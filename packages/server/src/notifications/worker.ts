import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { ContactRequest, Language } from '@emplois-en-regions/schemas';
import type { LogSink } from '../http/logger.js';
import type { ClaimedDelivery, Store } from '../store/types.js';
import { contactRequestEmail } from './email-message.js';
import type { Mailer } from './mailer.js';
import { DEFAULT_RETRY_POLICY, nextAttempt, type RetryPolicy } from './retry-policy.js';
import { DeliveryAttemptError, sendWebhook, type WebhookSendOptions } from './webhook-sender.js';

export interface NotificationWorkerOptions {
  store: Store;
  /** Sends the e-mail deliveries; undefined: e-mail channel off (such rows are retried later). */
  mailer?: Mailer | undefined;
  retryPolicy?: RetryPolicy | undefined;
  /** How often the outbox is read when nothing woke the worker; default 500 ms. */
  pollIntervalMs?: number | undefined;
  /** How long a claimed delivery stays this worker's; longer than any send. Default 2 min. */
  leaseMs?: number | undefined;
  /** Deliveries sent at the same time; default 16. */
  concurrency?: number | undefined;
  webhook?: WebhookSendOptions | undefined;
  clock?: (() => Date) | undefined;
  /** One line per attempt (no personal data); `false`: silent. */
  log?: LogSink | undefined;
  /** Starts without sending until `release()` (test servers only). */
  held?: boolean | undefined;
}

export interface NotificationWorker {
  /** This worker's lease owner name: host, process and a random suffix. */
  readonly owner: string;
  /** Reads the outbox now instead of at the next poll. */
  wake(): void;
  /** Test servers only: stop claiming (what is being sent finishes). */
  hold(): void;
  release(): void;
  /** Stops claiming, waits for the sends in progress, gives back unused leases. */
  stop(): Promise<void>;
}

const DEFAULT_POLL_INTERVAL_MS = 500;
const DEFAULT_LEASE_MS = 2 * 60_000;
const DEFAULT_CONCURRENCY = 16;

interface OutboxEvent {
  id: string;
  type: string;
  data: ContactRequest;
}

/** Where a delivery goes, as a log may show it: a webhook URL's path and query can hold a token. */
function destination(delivery: ClaimedDelivery): string {
  if (delivery.channel === 'email') return delivery.recipient;
  try {
    return new URL(delivery.recipient).origin;
  } catch {
    return '(invalid URL)';
  }
}

/**
 * The outbox's sender, inside the server process: claims due deliveries with a
 * lease (so that several processes on one database never send the same one at
 * the same time), sends them, and records the outcome — delivered, or retried
 * later with backoff, or `failed` once the retry window is over. A delivery whose
 * process died mid-send is taken again when its lease expires (at-least-once;
 * receivers deduplicate by event id).
 */
export function startNotificationWorker(options: NotificationWorkerOptions): NotificationWorker {
  const { store, mailer } = options;
  const policy = options.retryPolicy ?? DEFAULT_RETRY_POLICY;
  const pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const clock = options.clock ?? (() => new Date());
  const log = options.log === undefined ? (line: string) => console.log(line) : options.log;
  const owner = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  let held = options.held ?? false;
  let stopped = false;
  const inFlight = new Set<Promise<void>>();
  let signalled = false;
  let wakeUp: (() => void) | undefined;
  let regionNames: Map<string, { fr: string; en: string }> | undefined;

  const signal = () => {
    signalled = true;
    wakeUp?.();
  };

  function regionName(code: string, lang: Language): string {
    return regionNames?.get(code)?.[lang] ?? code;
  }

  async function send(delivery: ClaimedDelivery, event: OutboxEvent, now: Date): Promise<void> {
    if (delivery.channel === 'webhook') {
      const secrets = await store.webhookSigningSecrets(delivery.endpointId!, now);
      if (secrets.length === 0) throw new DeliveryAttemptError('the endpoint no longer exists');
      await sendWebhook(delivery.recipient, delivery.payload!, secrets, now, options.webhook);
      return;
    }
    if (!mailer) throw new DeliveryAttemptError('e-mail channel off (SMTP_URL is not set)');
    const lang = delivery.language;
    regionNames ??= new Map((await store.regions()).map((region) => [region.code, region.name]));
    await mailer.send(
      contactRequestEmail(event.data, delivery.recipient, lang, (code) => regionName(code, lang)),
    );
  }

  async function deliver(delivery: ClaimedDelivery): Promise<void> {
    const attempt = delivery.attempts + 1;
    let reference = '?';
    try {
      if (delivery.payload === null) throw new DeliveryAttemptError('the request was erased');
      const event = JSON.parse(delivery.payload) as OutboxEvent;
      reference = event.data.reference;
      await send(delivery, event, clock());
      await store.completeDelivery(delivery.id, owner, clock());
      if (log) {
        log(
          `notification ${delivery.id} ${delivery.eventType} ${reference} → ${delivery.channel} ${destination(delivery)}: delivered (attempt ${attempt})`,
        );
      }
    } catch (error) {
      const reason =
        error instanceof DeliveryAttemptError
          ? error.message
          : `${error instanceof Error ? error.name : 'Error'}: ${error instanceof Error ? error.message : String(error)}`;
      const now = clock();
      const retryAt = nextAttempt(policy, attempt, delivery.retryFromMs, now);
      try {
        await store.failDelivery(delivery.id, owner, reason, retryAt, now);
      } catch {
        // The store closed under us (shutdown): the lease expires and another attempt follows.
      }
      if (log) {
        log(
          `notification ${delivery.id} ${delivery.eventType} ${reference} → ${delivery.channel} ${destination(delivery)}: attempt ${attempt} failed (${reason}); ${retryAt ? `next attempt ${retryAt.toISOString()}` : 'given up: failed (eer-admin webhook redeliver)'}`,
        );
      }
    }
  }

  async function loop(): Promise<void> {
    while (!stopped) {
      if (!held && inFlight.size < concurrency) {
        let claimed: ClaimedDelivery[] = [];
        try {
          claimed = await store.claimDeliveries(owner, clock(), leaseMs, concurrency - inFlight.size);
        } catch (error) {
          // SQLITE_BUSY past the busy timeout, for instance: try again at the next poll.
          if (log) log(`notification worker: could not read the outbox (${(error as Error).message})`);
        }
        for (const delivery of claimed) {
          const sending = deliver(delivery).finally(() => {
            inFlight.delete(sending);
            signal();
          });
          inFlight.add(sending);
        }
        if (claimed.length > 0) continue;
      }
      if (!signalled) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, pollIntervalMs);
          wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wakeUp = undefined;
      }
      signalled = false;
    }
  }

  const unsubscribe = store.onDeliveriesEnqueued(signal);
  const running = loop();

  return {
    owner,
    wake: signal,
    hold() {
      held = true;
    },
    release() {
      held = false;
      signal();
    },
    async stop() {
      if (stopped) return running;
      stopped = true;
      unsubscribe();
      signal();
      await running;
      await Promise.all(inFlight);
      await store.releaseDeliveries(owner);
    },
  };
}
