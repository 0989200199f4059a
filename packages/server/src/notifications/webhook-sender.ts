import { SIGNATURE_HEADER, signatureHeader } from './signing.js';

export interface WebhookSendOptions {
  /** Whole exchange, body included; default 10 s. */
  timeoutMs?: number | undefined;
  /** Bytes of the receiver's answer read at most (the rest is dropped); default 64 KiB. */
  maxResponseBytes?: number | undefined;
}

export const DEFAULT_WEBHOOK_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024;
const USER_AGENT = 'EmploisEnRegions-Webhooks/1';

/** Why an attempt failed, in a line for `webhook list` (never the receiver's body: it may echo data). */
export class DeliveryAttemptError extends Error {
  override name = 'DeliveryAttemptError';
}

/** Reads at most `limit` bytes of a body, then stops the transfer. */
async function drain(response: Response, limit: number): Promise<void> {
  const reader = response.body?.getReader();
  if (!reader) return;
  let read = 0;
  try {
    while (read <= limit) {
      const { done, value } = await reader.read();
      if (done) return;
      read += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === 'TimeoutError')
    return `no answer within ${timeoutMs} ms`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return `connection failed (${cause.code})`;
  return `connection failed (${cause?.message ?? (error instanceof Error ? error.message : String(error))})`;
}

/**
 * POSTs one signed event. Resolves when the receiver answered 2xx; rejects with a
 * DeliveryAttemptError otherwise: another status, a redirect (never followed: the
 * endpoint's URL is the one the operator validated), a timeout, a dropped connection.
 */
export async function sendWebhook(
  url: string,
  body: string,
  secrets: readonly string[],
  now: Date,
  options: WebhookSendOptions = {},
): Promise<void> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_WEBHOOK_TIMEOUT_MS;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': USER_AGENT,
        [SIGNATURE_HEADER]: signatureHeader(body, secrets, Math.floor(now.getTime() / 1000)),
      },
      body,
    });
    await drain(response, options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES);
  } catch (error) {
    throw new DeliveryAttemptError(describeFailure(error, timeoutMs));
  }
  if (response.status >= 300 && response.status < 400) {
    throw new DeliveryAttemptError(
      `HTTP ${response.status}: redirect not followed (update the endpoint's URL)`,
    );
  }
  if (response.status < 200 || response.status >= 300)
    throw new DeliveryAttemptError(`HTTP ${response.status}`);
}
