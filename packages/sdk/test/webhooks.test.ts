// verifyWebhook against real webhooks: the real server's outbox worker POSTs signed
// events to a real HTTP receiver in this process, which fails the first three
// attempts (500, no answer, connection reset) and then accepts.
import assert from 'node:assert/strict';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import {
  addWebhook,
  signatureHeader,
  startTestServer,
  type TestServer,
} from '@emplois-en-regions/server/testing';
import {
  createClient,
  isEerError,
  isWebhookVerificationError,
  verifyWebhook,
  WebhookVerificationError,
  type WebhookEvent,
  type WebhookVerificationReason,
} from '../src/index.js';
import { contactInput, rejectionOf } from './suite/helpers.js';

interface Hit {
  body: string;
  signature: string;
  answer: 'error-500' | 'timeout' | 'reset' | 'accepted';
}

async function waitFor<T>(check: () => T | undefined | false, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) assert.fail(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function rejection(promise: Promise<unknown>): Promise<WebhookVerificationError> {
  const error: unknown = await rejectionOf(promise);
  assert.ok(isWebhookVerificationError(error), `a WebhookVerificationError, got ${String(error)}`);
  return error;
}

describe('verifyWebhook with the real server and a flaky receiver', () => {
  const hits: Hit[] = [];
  const script: Hit['answer'][] = ['error-500', 'timeout', 'reset'];
  const hanging = new Set<ServerResponse>();
  const receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const answer = script.shift() ?? 'accepted';
      hits.push({
        body: Buffer.concat(chunks).toString('utf8'),
        signature: String(req.headers['eer-signature']),
        answer,
      });
      if (answer === 'error-500') res.writeHead(500).end();
      else if (answer === 'timeout') hanging.add(res);
      else if (answer === 'reset') req.socket.destroy();
      else res.writeHead(204).end();
    });
  });
  let server: TestServer;
  let secret: string;

  before(async () => {
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    server = await startTestServer({
      rateLimit: false,
      notifications: {
        retryPolicy: { firstDelayMs: 20, maxDelayMs: 100, giveUpAfterMs: 60_000, jitter: 0.2 },
        webhookTimeoutMs: 300,
      },
    });
    const port = (receiver.address() as AddressInfo).port;
    ({ secret } = await addWebhook(
      server.store,
      { organization: 'passerelle-mauricie', url: `http://127.0.0.1:${port}/webhooks` },
      new Date(),
    ));
  });
  after(async () => {
    await server.close();
    for (const res of hanging) res.destroy();
    receiver.closeAllConnections();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  });

  it('is retried through a 500, a timeout and a reset, then accepted exactly once, and verifies', async () => {
    const client = createClient({ baseUrl: server.url, key: 'pk_test_demo' });
    const receipt = await client.contactRequests.create(contactInput('webhook'));
    const accepted = await waitFor(
      () => hits.find((hit) => hit.answer === 'accepted'),
      'an accepted delivery',
    );
    assert.deepEqual(
      hits.map((hit) => hit.answer),
      ['error-500', 'timeout', 'reset', 'accepted'],
    );
    // Every attempt carries the same event (same id, same bytes), signed afresh.
    const ids = hits.map((hit) => (JSON.parse(hit.body) as WebhookEvent).id);
    assert.equal(new Set(ids).size, 1);
    assert.equal(new Set(hits.map((hit) => hit.body)).size, 1);

    const event = await verifyWebhook(accepted.body, accepted.signature, secret);
    assert.equal(event.type, 'contact_request.created');
    assert.equal(event.data.reference, receipt.reference);
    assert.equal(event.data.email, 'ana.souza@example.com');
    // As bytes too (a framework that hands over a Buffer).
    assert.equal(
      (await verifyWebhook(new TextEncoder().encode(accepted.body), accepted.signature, secret)).id,
      event.id,
    );

    // The outbox row is delivered: nothing more will be sent.
    const delivery = (await server.store.deliveries({ contactRequestId: receipt.id }))[0];
    assert.equal(delivery?.status, 'delivered');
    assert.equal(delivery?.attempts, 4);
    assert.equal(hits.filter((hit) => hit.answer === 'accepted').length, 1);
  });

  it('refuses a tampered body, a wrong secret, a stale timestamp, and a missing or malformed header', async () => {
    const accepted = await waitFor(
      () => hits.find((hit) => hit.answer === 'accepted'),
      'an accepted delivery',
    );
    const timestamp = Number(/t=(\d+)/.exec(accepted.signature)![1]);
    const cases: [string, () => Promise<unknown>, WebhookVerificationReason][] = [
      [
        'tampered body',
        () =>
          verifyWebhook(
            accepted.body.replace('ana.souza@example.com', 'eve@example.com'),
            accepted.signature,
            secret,
          ),
        'signature_mismatch',
      ],
      [
        'wrong secret',
        () => verifyWebhook(accepted.body, accepted.signature, `${secret}x`),
        'signature_mismatch',
      ],
      [
        'timestamp outside the tolerance',
        () =>
          verifyWebhook(accepted.body, accepted.signature, secret, {
            now: (timestamp + 301) * 1000,
            toleranceSeconds: 300,
          }),
        'timestamp_out_of_tolerance',
      ],
      [
        'replayed with another timestamp',
        () => verifyWebhook(accepted.body, accepted.signature.replace(/t=\d+/, `t=${timestamp + 1}`), secret),
        'signature_mismatch',
      ],
      ['missing header', () => verifyWebhook(accepted.body, null, secret), 'missing_signature'],
      ['malformed header', () => verifyWebhook(accepted.body, 'sha256=abc', secret), 'malformed_signature'],
    ];
    for (const [label, verify, reason] of cases) {
      const error = await rejection(verify());
      assert.equal(error.reason, reason, label);
      assert.ok(error instanceof WebhookVerificationError);
      assert.ok(isEerError(error), `${label}: part of the SDK's error hierarchy`);
      assert.equal(error.kind, 'validation');
      assert.equal(error.code, `webhook_${reason}`);
    }
    // Within the tolerance, and with the secret among several (rotation on the receiver's side).
    const event = await verifyWebhook(accepted.body, accepted.signature, ['whsec_old', secret], {
      now: (timestamp + 299) * 1000,
    });
    assert.match(event.id, /^evt_/);
  });

  it('refuses a correctly signed body that is not a webhook event', async () => {
    const body = JSON.stringify({ id: 'evt_x', type: 'something.else', created: 1, data: {} });
    const header = signatureHeader(body, [secret], Math.floor(Date.now() / 1000));
    assert.equal((await rejection(verifyWebhook(body, header, secret))).reason, 'invalid_payload');
  });
});
