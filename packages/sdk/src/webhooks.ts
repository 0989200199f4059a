import * as z from 'zod/mini';
import { WebhookEvent } from '@emplois-en-regions/schemas';
import { EerError, isNamed } from './errors.js';

/**
 * Why a webhook was refused:
 * - `missing_signature`: no `Eer-Signature` header;
 * - `malformed_signature`: the header is not `t=<unix s>,v1=<64 hex>[,v1=…]`;
 * - `signature_mismatch`: no `v1` matches the body under the secret(s) — tampered body,
 *   wrong secret, or a request that did not come from the API;
 * - `timestamp_out_of_tolerance`: signed too long ago (or in the future): a replay;
 * - `invalid_payload`: correctly signed, but not a webhook event this SDK knows.
 *
 * @example
 * ```ts
 * const reason: WebhookVerificationReason = 'signature_mismatch';
 * ```
 */
export type WebhookVerificationReason =
  | 'missing_signature'
  | 'malformed_signature'
  | 'signature_mismatch'
  | 'timestamp_out_of_tolerance'
  | 'invalid_payload';

/**
 * A webhook that must not be trusted (answer it with 400 and ignore it). `reason` says
 * why; `kind` is `validation` and `code` is `webhook_<reason>`.
 *
 * @example
 * ```ts
 * try {
 *   await verifyWebhook(body, header, secret);
 * } catch (error) {
 *   if (isWebhookVerificationError(error)) console.warn('refused webhook:', error.reason);
 * }
 * ```
 */
export class WebhookVerificationError extends EerError {
  override name = 'WebhookVerificationError';
  /** Why the webhook was refused. */
  readonly reason: WebhookVerificationReason;

  constructor(message: string, reason: WebhookVerificationReason, cause?: unknown) {
    super(message, { kind: 'validation', code: `webhook_${reason}`, cause });
    this.reason = reason;
  }
}

/**
 * True for a refused webhook, also one thrown by another copy of the SDK.
 *
 * @example
 * ```ts
 * if (isWebhookVerificationError(error)) return new Response(error.reason, { status: 400 });
 * ```
 */
export function isWebhookVerificationError(error: unknown): error is WebhookVerificationError {
  return isNamed(error, 'WebhookVerificationError');
}

/**
 * Options of {@link verifyWebhook}.
 *
 * @example
 * ```ts
 * const options: VerifyWebhookOptions = { toleranceSeconds: 300 };
 * ```
 */
export interface VerifyWebhookOptions {
  /** How old (or how far in the future) the signature's timestamp may be; default 300 s. */
  toleranceSeconds?: number | undefined;
  /** "Now" to compare the timestamp with; default the current time. */
  now?: Date | number | undefined;
}

/** Five minutes, as most webhook senders use: room for clock skew and slow networks, not for replays. */
const DEFAULT_TOLERANCE_SECONDS = 300;

function hexBytes(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

function parseHeader(header: string): { timestamp: number; signatures: string[] } {
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [key, value = ''] = part.trim().split('=', 2) as [string, string?];
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    // Other schemes (a future v2) are skipped, so a newer API does not break this verifier.
    else if (key === 'v1' && /^[0-9a-f]{64}$/i.test(value)) signatures.push(value);
  }
  if (timestamp === undefined || signatures.length === 0) {
    throw new WebhookVerificationError(
      'The Eer-Signature header is not t=<unix seconds>,v1=<hex HMAC-SHA256>.',
      'malformed_signature',
    );
  }
  return { timestamp, signatures };
}

/**
 * Checks a webhook from the Emplois en régions API and returns its event.
 *
 * The `Eer-Signature` header is `t=<unix s>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`,
 * with two `v1` while the endpoint's secret is being rotated. Pass the body exactly as
 * received (before any JSON parsing: re-serializing changes the bytes). Uses Web Crypto
 * only, so it runs in Node ≥ 22, Deno, Bun and edge runtimes; the comparison is
 * constant-time (`crypto.subtle.verify`). Events may arrive more than once: deduplicate
 * by `event.id`.
 *
 * @param rawBody - The request body, unparsed.
 * @param signatureHeader - The `Eer-Signature` header.
 * @param secret - The endpoint's signing secret (`whsec_…`), or several while you rotate it.
 * @returns The verified event.
 * @throws {@link WebhookVerificationError} when the webhook must not be trusted.
 *
 * @example
 * ```ts
 * import { verifyWebhook, isWebhookVerificationError } from '@emplois-en-regions/sdk';
 *
 * const body = await request.text();
 * try {
 *   const event = await verifyWebhook(body, request.headers.get('eer-signature'), process.env.EER_WEBHOOK_SECRET!);
 *   if (event.type === 'contact_request.created') console.log(event.data.reference, event.data.email);
 *   return new Response(null, { status: 204 });
 * } catch (error) {
 *   if (isWebhookVerificationError(error)) return new Response(error.reason, { status: 400 });
 *   throw error;
 * }
 * ```
 */
export async function verifyWebhook(
  rawBody: string | Uint8Array,
  signatureHeader: string | null | undefined,
  secret: string | readonly string[],
  options: VerifyWebhookOptions = {},
): Promise<WebhookEvent> {
  if (!signatureHeader) {
    throw new WebhookVerificationError('The request has no Eer-Signature header.', 'missing_signature');
  }
  const { timestamp, signatures } = parseHeader(signatureHeader);
  // Created here rather than at module level: a top-level `new` would keep this module in
  // every bundle that imports the SDK's index, even one that never verifies a webhook.
  const encoder = new TextEncoder();
  const body = typeof rawBody === 'string' ? encoder.encode(rawBody) : rawBody;
  const prefix = encoder.encode(`${timestamp}.`);
  const signed = new Uint8Array(prefix.length + body.length);
  signed.set(prefix);
  signed.set(body, prefix.length);

  const secrets = typeof secret === 'string' ? [secret] : secret;
  let matched = false;
  for (const candidate of secrets) {
    const key = await crypto.subtle.importKey(
      'raw',
      encoder.encode(candidate),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['verify'],
    );
    for (const signature of signatures) {
      // verify() compares in constant time, unlike comparing hex strings.
      if (await crypto.subtle.verify('HMAC', key, hexBytes(signature), signed)) matched = true;
    }
  }
  if (!matched) {
    throw new WebhookVerificationError(
      'No signature matches the body under this secret: tampered body, wrong secret, or not from the API.',
      'signature_mismatch',
    );
  }

  const nowMs = options.now === undefined ? Date.now() : new Date(options.now).getTime();
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  if (Math.abs(Math.floor(nowMs / 1000) - timestamp) > tolerance) {
    throw new WebhookVerificationError(
      `The signature is ${Math.round(Math.abs(nowMs / 1000 - timestamp))} s away from now (tolerance ${tolerance} s): a replayed or delayed webhook.`,
      'timestamp_out_of_tolerance',
    );
  }

  let json: unknown;
  try {
    json = JSON.parse(typeof rawBody === 'string' ? rawBody : new TextDecoder().decode(rawBody));
  } catch (error) {
    throw new WebhookVerificationError('The body is not JSON.', 'invalid_payload', error);
  }
  const result = z.safeParse(WebhookEvent, json);
  if (!result.success) {
    throw new WebhookVerificationError(
      'The body is not a webhook event this SDK knows.',
      'invalid_payload',
      result.error,
    );
  }
  return result.data;
}
