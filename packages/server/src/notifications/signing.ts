import { createHmac } from 'node:crypto';

/**
 * `Eer-Signature: t=<unix s>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`, one `v1`
 * per secret (two while a rotated secret is still valid). The timestamp is signed
 * with the body, so a captured request cannot be replayed outside the receiver's
 * tolerance. The SDK's `verifyWebhook` checks it.
 */
export function signatureHeader(body: string, secrets: readonly string[], timestamp: number): string {
  const signed = `${timestamp}.${body}`;
  const signatures = secrets.map(
    (secret) => `v1=${createHmac('sha256', secret).update(signed).digest('hex')}`,
  );
  return [`t=${timestamp}`, ...signatures].join(',');
}

export const SIGNATURE_HEADER = 'Eer-Signature';
