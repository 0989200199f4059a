import * as z from 'zod/mini';
import { ContactRequest } from './contact-requests.js';

/** What a webhook tells: a contact request arrived, or its status changed. */
export const WEBHOOK_EVENT_TYPES = ['contact_request.created', 'contact_request.updated'] as const;
/** The `type` of a webhook: one of {@link WEBHOOK_EVENT_TYPES}. */
export const WebhookEventType = z.enum(WEBHOOK_EVENT_TYPES);
/** `contact_request.created` or `contact_request.updated`. */
export type WebhookEventType = z.infer<typeof WebhookEventType>;

/**
 * The JSON body of a webhook `POST`, signed in its `Eer-Signature` header. The same
 * event may arrive more than once (at-least-once delivery): deduplicate by `id`.
 */
export const WebhookEvent = z.looseObject({
  /** `evt_…`, the same on every attempt. */
  id: z.string().check(z.regex(/^evt_[A-Za-z0-9_-]{1,64}$/)),
  type: WebhookEventType,
  /** When it happened, in Unix seconds. */
  created: z.int().check(z.nonnegative()),
  /** The request as `GET /v1/contact-requests` shows it at that moment. */
  data: ContactRequest,
});
export type WebhookEvent = z.infer<typeof WebhookEvent>;
