/**
 * eer-admin's webhook and Law 25 commands (runAdmin: the code of the bin, in this
 * process) on the database file a test server is serving, with a real receiver.
 */
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from '@emplois-en-regions/server/testing';
import { runAdmin } from '../src/admin/run.js';
import { contactBody, postContact } from './helpers.js';
import { startReceiver, waitFor } from './notification-helpers.js';

describe('eer-admin webhook … and requests erase / export --reference / purge', () => {
  let folder: string;
  let databasePath: string;
  let server: TestServer;

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'eer-admin-notify-'));
    databasePath = join(folder, 'eer.db');
    server = await startTestServer({
      databasePath,
      rateLimit: false,
      notifications: { retryPolicy: { firstDelayMs: 20, maxDelayMs: 50, giveUpAfterMs: 200, jitter: 0 } },
    });
  });
  after(async () => {
    await server.close();
    await rm(folder, { recursive: true, force: true });
  });

  async function admin(args: string[], lang: 'fr' | 'en' = 'fr') {
    let stdout = '';
    let stderr = '';
    const code = await runAdmin([...args, '--lang', lang], {
      io: { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) },
      env: { DATABASE_PATH: databasePath, EER_DEMO: '1' },
      cwd: folder,
    });
    return { code, stdout, stderr };
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async function adminJson<T = any>(args: string[]): Promise<T> {
    const run = await admin([...args, '--json']);
    assert.equal(run.code, 0, run.stderr);
    return JSON.parse(run.stdout) as T;
  }

  test('webhook add prints the secret once; deliveries are signed with it; list shows backlog and last error; redeliver', async () => {
    const receiver = await startReceiver([], 500);
    try {
      const added = await adminJson<{ id: string; secret: string; url: string }>([
        'webhook',
        'add',
        '--org',
        'passerelle-mauricie',
        '--url',
        receiver.url,
      ]);
      assert.match(added.secret, /^whsec_/);
      const listed = await admin(['webhook', 'list']);
      assert.ok(!listed.stdout.includes(added.secret), 'the list never shows a secret');

      const created = await postContact(server.url, contactBody());
      await waitFor(
        async () =>
          (await server.store.deliveries({ contactRequestId: created.body.id, status: 'failed' }))[0],
        'given up (short retry window)',
      );
      const [hit] = receiver.received;
      const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(hit!.signature ?? '') ?? [];
      assert.equal(v1, createHmac('sha256', added.secret).update(`${t}.${hit!.body}`).digest('hex'));

      const [endpoint] = await adminJson(['webhook', 'list', '--org', 'passerelle-mauricie']);
      assert.deepEqual(endpoint.backlog, { pending: 0, failed: 1 });
      assert.equal(endpoint.lastError.message, 'HTTP 500');
      const table = await admin(['webhook', 'list'], 'en');
      assert.match(table.stdout, /Pending\s+Failed\s+Last error/);
      assert.match(table.stdout, new RegExp(`${added.id}.*\\s0\\s+1\\s+.*HTTP 500`));
      const failed = await admin(['webhook', 'deliveries']);
      assert.match(failed.stdout, new RegExp(`${created.body.reference}.*en échec`));

      receiver.answerFromNowOn(204);
      const again = await admin(['webhook', 'redeliver', '--endpoint', added.id]);
      assert.equal(again.code, 0, again.stderr);
      assert.match(again.stdout, /1\snotification\(s\) remise\(s\) en file/);
      await waitFor(() => receiver.accepted().length === 1, 'delivered after redeliver');

      const rotated = await adminJson(['webhook', 'rotate', added.id]);
      assert.notEqual(rotated.secret, added.secret);
      assert.ok(rotated.previousSecretExpiresAt);

      const refused = await admin([
        'webhook',
        'add',
        '--org',
        'passerelle-mauricie',
        '--url',
        'http://crm.example/x',
      ]);
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /Adresse de webhook refusée\s:\s«\shttp:\/\/crm\.example\/x\s»/);
      const twice = await admin(['webhook', 'add', '--org', 'passerelle-mauricie', '--url', receiver.url]);
      assert.equal(twice.code, 1);
      assert.match(twice.stderr, /Cette organisation a déjà un webhook vers http:\/\/127\.0\.0\.1/);
      const english = await admin(['webhook', 'rotate', 'whk_nope'], 'en');
      assert.match(english.stderr, /No webhook has the id 'whk_nope'/);
    } finally {
      await receiver.close();
    }
  });

  test('requests export --reference, erase and purge', async () => {
    const created = await postContact(server.url, contactBody({ email: 'droit.acces@example.com' }));
    const reference = created.body.reference as string;

    const exported = await adminJson(['requests', 'export', '--reference', reference]);
    assert.equal(exported.request.email, 'droit.acces@example.com');
    assert.ok(Array.isArray(exported.deliveries));
    const missing = await admin(['requests', 'export']);
    assert.equal(missing.code, 2, 'neither --org nor --reference is a usage error');
    assert.match(missing.stderr, /option obligatoire manquante\s«\s--org/);

    const erased = await admin(['requests', 'erase', reference]);
    assert.equal(erased.code, 0, erased.stderr);
    assert.match(erased.stdout, new RegExp(`Demande ${reference}\\s: nom, courriel`));
    assert.equal((await server.store.contactRequestByReference(reference))?.email, '');
    const twice = await admin(['requests', 'erase', reference], 'en');
    assert.match(twice.stdout, /was already erased/);

    const purge = await adminJson(['requests', 'purge', '--days', '30']);
    assert.equal(purge.days, 30);
    assert.equal(typeof purge.erased, 'number');
    const bad = await admin(['requests', 'purge', '--days', '0']);
    assert.equal(bad.code, 1);
  });
});
