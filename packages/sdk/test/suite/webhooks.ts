import { expect } from 'chai';
import { isWebhookVerificationError, verifyWebhook } from '../../src/index.js';
import type { SuiteContext } from '../harness.js';
import { rejectionOf } from './helpers.js';

/** Signs like the API does, with Web Crypto only (this suite also runs in Chromium). */
async function sign(body: string, secret: string, timestamp: number): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(`${timestamp}.${body}`)));
  return `t=${timestamp},v1=${[...mac].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

const EVENT = {
  id: 'evt_suite1',
  type: 'contact_request.updated',
  created: 1_764_000_000,
  data: {
    id: 'cr_suite1',
    reference: 'EER-2026-000123',
    status: 'in_progress',
    createdAt: '2026-12-03T14:30:00-05:00',
    updatedAt: '2026-12-04T09:00:00-05:00',
    erasedAt: null,
    regionCodes: ['04'],
    organization: { id: 'org_passerelle-mauricie', name: 'Passerelle Mauricie' },
    responseDelayBusinessDays: 2,
    respondBy: '2026-12-07',
    name: 'Amina Diallo',
    email: 'amina@example.com',
    phone: null,
    municipalityCode: null,
    message: 'Bonjour, je souhaite m’installer en Mauricie.',
    preferredLanguage: 'fr',
    consentAt: '2026-12-03T14:30:00-05:00',
    privacyPolicyUrl: null,
    origin: null,
  },
};

/** verifyWebhook relies on Web Crypto alone: the same checks pass in Node and in a browser engine. */
export function webhooksSuite({ t }: SuiteContext): void {
  t.describe('verifyWebhook (Web Crypto, no Node API)', () => {
    t.it('accepts a body signed with the secret; refuses a changed byte and a replay', async () => {
      const body = JSON.stringify(EVENT);
      const now = Math.floor(Date.now() / 1000);
      const header = await sign(body, 'whsec_suite', now);
      const event = await verifyWebhook(body, header, 'whsec_suite');
      expect(event.data.reference).to.equal('EER-2026-000123');
      const tampered = await rejectionOf(
        verifyWebhook(body.replace('Amina', 'Amino'), header, 'whsec_suite'),
      );
      expect(isWebhookVerificationError(tampered) && tampered.reason).to.equal('signature_mismatch');
      const old = await sign(body, 'whsec_suite', now - 3600);
      const replay = await rejectionOf(verifyWebhook(body, old, 'whsec_suite'));
      expect(isWebhookVerificationError(replay) && replay.reason).to.equal('timestamp_out_of_tolerance');
    });
  });
}
