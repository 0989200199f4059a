import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  addWebhook,
  signatureHeader,
  startTestServer,
  type TestServer,
} from '@emplois-en-regions/server/testing';
import { createClient } from '@emplois-en-regions/sdk';
import { startReceiver, type Receiver } from '../webhook-receiver/receiver.js';

async function waitFor(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!check()) {
    if (Date.now() > deadline) assert.fail(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('examples/webhook-receiver/receiver.ts', () => {
  let server: TestServer;
  let receiver: Receiver;
  let secret: string;
  let stdout = '';
  let stderr = '';

  before(async () => {
    server = await startTestServer({ rateLimit: false });
    // The receiver listens first (its URL is the endpoint's); the secret comes with the endpoint.
    receiver = await startReceiver({
      secret: () => secret,
      port: 0,
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
    });
    ({ secret } = await addWebhook(
      server.store,
      { organization: 'passerelle-mauricie', url: receiver.url },
      new Date(),
    ));
  });
  after(async () => {
    await server.close();
    await receiver.close();
  });

  test('prints each verified event once; refuses forged ones with 400', async () => {
    const client = createClient({ baseUrl: server.url, key: 'pk_test_demo' });
    const receipt = await client.contactRequests.create({
      name: 'Amina Diallo',
      email: 'amina@example.com',
      regionCodes: ['04'],
      message: 'Bonjour, je souhaite m’installer en Mauricie avec ma famille.',
      preferredLanguage: 'fr',
      consent: true,
    });
    await waitFor(() => stdout.includes(receipt.reference), 'the receiver prints the new request');
    assert.match(
      stdout,
      new RegExp(
        `evt_\\S+ nouvelle demande / new request ${receipt.reference} · Amina Diallo <amina@example.com> · régions 04`,
      ),
    );
    assert.equal((await server.store.deliveries({ contactRequestId: receipt.id }))[0]?.status, 'delivered');

    // A forged request: signed with another secret.
    const body = JSON.stringify({ id: 'evt_forged', type: 'contact_request.created', created: 1, data: {} });
    const forged = await fetch(receiver.url, {
      method: 'POST',
      headers: { 'eer-signature': signatureHeader(body, ['whsec_guess'], Math.floor(Date.now() / 1000)) },
      body,
    });
    assert.equal(forged.status, 400);
    assert.equal(await forged.text(), 'signature_mismatch');
    assert.match(stderr, /refusé \/ refused \(signature_mismatch\)/);
    assert.ok(!stdout.includes('evt_forged'));

    // The same event delivered twice (at-least-once) is printed once.
    const list = (await fetch(`${server.url}/v1/contact-requests`, {
      headers: { authorization: 'Bearer sk_test_passerelle-mauricie' },
    }).then((r) => r.json())) as { data: { reference: string }[] };
    const request = list.data.find((r) => r.reference === receipt.reference);
    const again = JSON.stringify({
      id: 'evt_sentTwice',
      type: 'contact_request.updated',
      created: 2,
      data: request,
    });
    for (let i = 0; i < 2; i += 1) {
      const answer = await fetch(receiver.url, {
        method: 'POST',
        headers: { 'eer-signature': signatureHeader(again, [secret], Math.floor(Date.now() / 1000)) },
        body: again,
      });
      assert.equal(answer.status, 204);
    }
    assert.equal(stdout.split('evt_sentTwice').length - 1, 2, 'printed, then reported as a duplicate');
    assert.match(stdout, /evt_sentTwice déjà reçu \/ already received/);
  });
});
