import { randomBytes } from 'node:crypto';
import type { ContactRequest } from '@emplois-en-regions/schemas';
import { statement, type Sql } from './sql.js';
import type { EmailChannel, NotificationEventType } from './types.js';

/** Where an event about one organization's request goes: read before the writes that take locks. */
export interface OutboxPlan {
  language: 'fr' | 'en';
  channels: { channel: 'email' | 'webhook'; endpointId: string | null; recipient: string }[];
}

export interface Outbox {
  /** Writes the event and its deliveries; returns how many deliveries. Call inside a transaction. */
  enqueue(request: ContactRequest, type: NotificationEventType, now: Date): Promise<number>;
  /** The channels of an event about `organizationId`'s requests (enqueue = plan + write). */
  plan(organizationId: string, type: NotificationEventType): Promise<OutboxPlan | undefined>;
  /** Writes the event and deliveries of a plan made in the same transaction. */
  write(
    plan: OutboxPlan | undefined,
    request: ContactRequest,
    type: NotificationEventType,
    now: Date,
  ): Promise<number>;
  /** After the commit: wakes the listeners if anything was enqueued since the last call. */
  flush(): void;
  /** Wakes the listeners (deliveries became due again). */
  notify(): void;
  onEnqueued(listener: () => void): () => void;
  emailChannel: EmailChannel;
}

/** Demo only: where the console mailer says it would write to an organization without an address. */
export const demoAddress = (slug: string) => `${slug}.demo@example.invalid`;

/**
 * The writing half of the transactional outbox: called inside the transaction that
 * creates a contact request or changes its status, it stores the event (the exact
 * webhook body) and one delivery per channel of the request's organization. Either
 * the request and its deliveries are committed together, or neither is.
 */
export function outbox(db: Sql): Outbox {
  const organization = statement<[string], { email: string | null; language: 'fr' | 'en'; slug: string }>(
    db,
    'SELECT email, language, slug FROM organizations WHERE id = ?',
  );
  const endpoints = statement<[string], { id: string; url: string }>(
    db,
    'SELECT id, url FROM webhook_endpoints WHERE organization_id = ? ORDER BY created_at, id',
  );
  const insertEvent = statement<[string, string, string, number, string]>(
    db,
    'INSERT INTO outbox_events (id, type, contact_request_id, created_ms, payload) VALUES (?, ?, ?, ?, ?)',
  );
  const insertDelivery = statement<{
    id: string;
    eventId: string;
    channel: 'email' | 'webhook';
    endpointId: string | null;
    recipient: string;
    language: 'fr' | 'en';
    now: number;
  }>(
    db,
    `
    INSERT INTO deliveries (id, event_id, channel, endpoint_id, recipient, language, status,
      next_attempt_ms, retry_from_ms, created_ms)
    VALUES (@id, @eventId, @channel, @endpointId, @recipient, @language, 'pending', @now, @now, @now)
  `,
  );
  const listeners = new Set<() => void>();
  let enqueued = false;

  const self: Outbox = {
    emailChannel: 'off',

    async enqueue(request, type, now) {
      return self.write(await self.plan(request.organization.id, type), request, type, now);
    },

    async plan(organizationId, type) {
      const org = await organization.get(organizationId);
      if (!org) return undefined;
      const channels: OutboxPlan['channels'] = [];
      // E-mail tells an advisor a request arrived; status changes are the organization's own doing.
      if (type === 'contact_request.created') {
        const address = self.emailChannel === 'demo' ? (org.email ?? demoAddress(org.slug)) : org.email;
        if (self.emailChannel !== 'off' && address) {
          channels.push({ channel: 'email', endpointId: null, recipient: address });
        }
      }
      for (const endpoint of await endpoints.all(organizationId)) {
        channels.push({ channel: 'webhook', endpointId: endpoint.id, recipient: endpoint.url });
      }
      return { language: org.language, channels };
    },

    async write(plan, request, type, now) {
      if (!plan || plan.channels.length === 0) return 0;
      const eventId = `evt_${randomBytes(15).toString('base64url')}`;
      const payload = JSON.stringify({
        id: eventId,
        type,
        created: Math.floor(now.getTime() / 1000),
        data: request,
      });
      await insertEvent.run(eventId, type, request.id, now.getTime(), payload);
      for (const { channel, endpointId, recipient } of plan.channels) {
        await insertDelivery.run({
          id: `dlv_${randomBytes(15).toString('base64url')}`,
          eventId,
          channel,
          endpointId,
          recipient,
          language: plan.language,
          now: now.getTime(),
        });
      }
      enqueued = true;
      return plan.channels.length;
    },

    flush() {
      if (!enqueued) return;
      enqueued = false;
      self.notify();
    },

    notify() {
      for (const listener of listeners) listener();
    },

    onEnqueued(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return self;
}
