import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { WebhookEvent } from '@emplois-en-regions/schemas';
import { startTestServer, type TestServer } from '@emplois-en-regions/server/testing';
import { openStore } from '../src/store/index.js';
import {
  addWebhook,
  redeliver,
  rotateWebhookSecret,
  listWebhooks,
  updateContactRequest,
  updateOrganization,
  validateWebhookUrl,
} from '../src/operations/index.js';
import { startNotificationWorker } from '../src/notifications/worker.js';
import { nextAttempt, DEFAULT_RETRY_POLICY } from '../src/notifications/retry-policy.js';
import { readConfig } from '../src/config.js';
import { assertSchema, contactBody, postContact } from './helpers.js';
import { startReceiver, startServerProcess, waitFor } from './notification-helpers.js';

/** Region 04 (Mauricie) is served by this demo partner. */
const ORG = 'passerelle-mauricie';
const FAST = { firstDelayMs: 20, maxDelayMs: 100, giveUpAfterMs: 60_000, jitter: 0.2 };

interface Mail {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server in this process: collects every message it accepts. */
async function startSmtp() {
  const messages: Mail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
  const { port } = smtp.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}

/** The message's header block and its text and HTML parts, quoted-printable decoded. */
function readMail(raw: string) {
  const [head = ''] = raw.split(/\r\n\r\n/);
  const headers = head.replace(/\r\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'mi').exec(headers)?.[1];
  const decoded = Buffer.from(
    raw
      .replace(/=\r\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
  return { header, body: decoded };
}

describe('e-mail notifications over SMTP', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let server: TestServer;
  before(async () => {
    smtp = await startSmtp();
    server = await startTestServer({
      rateLimit: false,
      notifications: {
        smtpUrl: smtp.url,
        mailFrom: 'Emplois en régions <no-reply@eer.example>',
        retryPolicy: FAST,
      },
    });
  });
  after(async () => {
    await server.close();
    await smtp.close();
  });

  test('a new request is e-mailed to its organization in French: headers, reference, fields, escaped HTML', async () => {
    await updateOrganization(
      server.store,
      ORG,
      { email: 'accueil@passerelle.example', language: 'fr' },
      new Date(),
    );
    const created = await postContact(
      server.url,
      contactBody({
        name: 'Amina <b>Diallo</b>',
        phone: '+1 819 555-0101',
        regionCodes: ['04', '17'],
        message: 'Bonjour, je souhaite m’installer en Mauricie <script>alert(1)</script> avec ma famille.',
        privacyPolicyUrl: 'https://www.passerelle.example/confidentialite',
      }),
      { Origin: 'http://localhost:3000' },
    );
    assert.equal(created.status, 201, created.text);
    const reference = created.body.reference as string;
    const mail = await waitFor(
      () => smtp.messages.find((m) => m.raw.includes(reference)),
      'the message reaches the SMTP server',
    );
    assert.deepEqual(mail.to, ['accueil@passerelle.example']);
    assert.equal(mail.from, 'no-reply@eer.example');
    const { header, body } = readMail(mail.raw);
    assert.equal(header('Subject'), `Nouvelle demande de contact ${reference}`);
    assert.match(header('To') ?? '', /accueil@passerelle\.example/);
    assert.match(header('Reply-To') ?? '', /amina@example\.com/);
    assert.equal(header('Auto-Submitted'), 'auto-generated');
    assert.match(header('Content-Type') ?? '', /multipart\/alternative/);
    for (const expected of [
      'Une personne souhaite être accompagnée par',
      `Référence\u00a0: ${reference}`,
      'Courriel\u00a0: amina@example.com',
      'Téléphone\u00a0: +1 819 555-0101',
      'Régions\u00a0: Mauricie, Centre-du-Québec',
      'Langue de réponse souhaitée\u00a0: français',
      'Amina <b>Diallo</b>',
    ]) {
      assert.ok(body.includes(expected), `text part has « ${expected} »`);
    }
    const respondBy = created.body.respondBy as string;
    const day = new Intl.DateTimeFormat('fr-CA', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${respondBy}T00:00:00Z`));
    assert.ok(body.includes(day), `the promised date (${day}) is in the message`);
    // The HTML part escapes what the visitor typed.
    const html = body.slice(body.indexOf('Content-Type: text/html'));
    assert.ok(html.includes('<table>'), 'an HTML part');
    assert.ok(html.includes('Amina &lt;b&gt;Diallo&lt;/b&gt;'));
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(!html.includes('<script') && !html.includes('<b>'), 'no markup from the visitor');
    // Nothing else personal, nothing that tracks: no origin page, no privacy URL, no image, no link.
    assert.ok(!body.includes('localhost:3000') && !body.includes('confidentialite'));
    assert.ok(
      !/<img|https?:\/\//i.test(
        body
          .split(/\r\n\r\n/)
          .slice(1)
          .join('\n'),
      ),
      'no image and no link',
    );
    const delivery = (await server.store.deliveries({ contactRequestId: created.body.id }))[0];
    assert.equal(delivery?.status, 'delivered');
    assert.equal(delivery?.channel, 'email');
  });

  test('an organization whose language is English gets the e-mail in English', async () => {
    await updateOrganization(
      server.store,
      ORG,
      { email: 'welcome@passerelle.example', language: 'en' },
      new Date(),
    );
    const created = await postContact(server.url, contactBody());
    const reference = created.body.reference as string;
    const mail = await waitFor(
      () => smtp.messages.find((m) => m.raw.includes(reference)),
      'the English message arrives',
    );
    const { header, body } = readMail(mail.raw);
    assert.equal(header('Subject'), `New contact request ${reference}`);
    assert.ok(body.includes('Preferred language for the answer: French'));
    assert.ok(body.includes('Regions: Mauricie'));
  });

  test('an SMTP server that refuses is retried until it accepts', async () => {
    await updateOrganization(
      server.store,
      ORG,
      { email: 'accueil@passerelle.example', language: 'fr' },
      new Date(),
    );
    const refusing = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        stream.resume();
        stream.on('end', () => callback(new Error('451 try again later')));
      },
    });
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', () => resolve()));
    const other = await startTestServer({
      rateLimit: false,
      notifications: {
        smtpUrl: `smtp://127.0.0.1:${(refusing.server.address() as AddressInfo).port}`,
        mailFrom: 'no-reply@eer.example',
        retryPolicy: FAST,
      },
    });
    try {
      await updateOrganization(other.store, ORG, { email: 'accueil@passerelle.example' }, new Date());
      const created = await postContact(other.url, contactBody());
      const delivery = await waitFor(
        async () =>
          (await other.store.deliveries({ contactRequestId: created.body.id })).find((d) => d.attempts >= 2),
        'two refused attempts',
      );
      assert.equal(delivery.status, 'pending');
      assert.match(delivery.lastError ?? '', /451/);
    } finally {
      await other.close();
      await new Promise<void>((resolve) => refusing.close(() => resolve()));
    }
  });
});

describe('e-mail channel off (no SMTP_URL)', () => {
  test('no e-mail is stored or sent; webhooks still go out', async () => {
    const smtp = await startSmtp();
    const receiver = await startReceiver();
    const server = await startTestServer({ rateLimit: false });
    try {
      await updateOrganization(server.store, ORG, { email: 'accueil@passerelle.example' }, new Date());
      await addWebhook(server.store, { organization: ORG, url: receiver.url }, new Date());
      const created = await postContact(server.url, contactBody());
      assert.equal(created.status, 201);
      // Committed with the request: the outbox holds the webhook only.
      assert.deepEqual(
        (await server.store.deliveries({ contactRequestId: created.body.id })).map((d) => d.channel),
        ['webhook'],
      );
      await waitFor(() => receiver.accepted().length === 1, 'the webhook arrives');
      assert.equal(smtp.messages.length, 0);
    } finally {
      await server.close();
      await receiver.close();
      await smtp.close();
    }
  });

  test('configuration: SMTP_URL needs MAIL_FROM; production refuses unencrypted or unchecked SMTP', () => {
    const base = { EER_DEMO: '0', DATABASE_PATH: ':memory:' };
    assert.equal(readConfig(base).smtpUrl, undefined);
    assert.throws(() => readConfig({ ...base, SMTP_URL: 'smtps://u:p@mail.example:465' }), /MAIL_FROM/);
    assert.throws(
      () => readConfig({ ...base, SMTP_URL: 'smtp://mail.example:587', MAIL_FROM: 'no-reply@eer.example' }),
      /requireTLS=true/,
    );
    assert.throws(
      () =>
        readConfig({
          ...base,
          SMTP_URL: 'smtps://mail.example:465?tls.rejectUnauthorized=false',
          MAIL_FROM: 'no-reply@eer.example',
        }),
      /production refuses/,
    );
    assert.throws(() => readConfig({ ...base, SMTP_URL: 'http://mail.example' }), /smtp:\/\//);
    const ok = readConfig({
      ...base,
      SMTP_URL: 'smtp://u:p@mail.example:587?requireTLS=true',
      MAIL_FROM: 'Emplois en régions <no-reply@eer.example>',
    });
    assert.equal(ok.mailFrom, 'Emplois en régions <no-reply@eer.example>');
    // The demo may talk to a local catcher without TLS.
    assert.ok(readConfig({ EER_DEMO: '1', SMTP_URL: 'smtp://mail.example:1025', MAIL_FROM: 'a@b.example' }));
    assert.equal(readConfig(base).retentionDays, 365);
    assert.equal(readConfig({ ...base, CONTACT_RETENTION_DAYS: '30' }).retentionDays, 30);
    assert.throws(() => readConfig({ ...base, CONTACT_RETENTION_DAYS: '0' }), /CONTACT_RETENTION_DAYS/);
    assert.throws(() => readConfig({ ...base, CONTACT_RETENTION_DAYS: '1.5' }), /CONTACT_RETENTION_DAYS/);
  });
});

describe('webhooks', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({
      rateLimit: false,
      notifications: { retryPolicy: FAST, webhookTimeoutMs: 500 },
    });
  });
  after(() => server.close());

  test('only https:// URLs, plus http://localhost and 127.0.0.1 in the demo; no credentials', () => {
    assert.equal(validateWebhookUrl('https://crm.example/hooks', 'production'), 'https://crm.example/hooks');
    assert.equal(validateWebhookUrl('http://localhost:9000/x', 'demo'), 'http://localhost:9000/x');
    assert.equal(validateWebhookUrl('http://127.0.0.1:9000/x', 'demo'), 'http://127.0.0.1:9000/x');
    for (const [url, mode] of [
      ['http://localhost:9000/x', 'production'],
      ['http://crm.example/hooks', 'demo'],
      ['ftp://crm.example/hooks', 'production'],
      ['https://user:pass@crm.example/hooks', 'production'],
      ['not a url', 'production'],
    ] as const) {
      assert.throws(() => validateWebhookUrl(url, mode), /invalid/, `${url} in ${mode}`);
    }
  });

  test('a signed event per request, the secret shown once and stored sealed', async () => {
    const receiver = await startReceiver();
    try {
      const { endpoint, secret } = await addWebhook(
        server.store,
        { organization: 'escale-saguenay', url: receiver.url },
        new Date(),
      );
      assert.match(secret, /^whsec_[A-Za-z0-9]{32}$/);
      assert.ok(!JSON.stringify(await listWebhooks(server.store)).includes(secret), 'never listed');
      const created = await postContact(server.url, contactBody({ regionCodes: ['02'] }));
      const [hit] = await waitFor(() => receiver.accepted().length === 1 && receiver.accepted(), 'delivered');
      const event = JSON.parse(hit!.body) as WebhookEvent;
      assertSchema(WebhookEvent, event, 'webhook event');
      assert.equal(event.type, 'contact_request.created');
      assert.equal(event.data.reference, created.body.reference);
      assert.equal(event.data.email, 'amina@example.com');
      assert.match(event.id, /^evt_/);
      assert.ok(Math.abs(event.created - Date.now() / 1000) < 60);
      assert.equal(hit!.headers['content-type'], 'application/json');
      const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(hit!.signature ?? '') ?? [];
      assert.equal(v1, createHmac('sha256', secret).update(`${t}.${hit!.body}`).digest('hex'));
      const listed = (await listWebhooks(server.store, 'escale-saguenay')).find((e) => e.id === endpoint.id);
      assert.deepEqual(listed?.backlog, { pending: 0, failed: 0 });
      assert.ok(listed?.lastDeliveredAt);
    } finally {
      await receiver.close();
    }
  });

  test('a status change sends contact_request.updated, committed with the change', async () => {
    const receiver = await startReceiver();
    try {
      await addWebhook(server.store, { organization: 'maison-cantons', url: receiver.url }, new Date());
      const created = await postContact(server.url, contactBody({ regionCodes: ['05'] }));
      await waitFor(() => receiver.accepted().length === 1, 'created event');
      await updateContactRequest(
        server.store,
        'org_maison-cantons',
        created.body.id,
        { status: 'in_progress' },
        new Date(),
      );
      const updates = await waitFor(() => {
        const all = receiver.accepted().map((r) => JSON.parse(r.body) as WebhookEvent);
        return all.length === 2 && all;
      }, 'updated event');
      assert.equal(updates[1]!.type, 'contact_request.updated');
      assert.equal(updates[1]!.data.status, 'in_progress');
      assert.notEqual(updates[1]!.id, updates[0]!.id);
      // The same status again changes nothing and sends nothing.
      await updateContactRequest(
        server.store,
        undefined,
        created.body.id,
        { status: 'in_progress' },
        new Date(),
      );
      assert.equal(
        (await server.store.deliveries({ contactRequestId: created.body.id })).length,
        2,
        'no delivery for a non-change',
      );
    } finally {
      await receiver.close();
    }
  });

  test('rotation: both signatures for 24 h, the new secret alone afterwards', async () => {
    const receiver = await startReceiver();
    try {
      const { endpoint, secret: old } = await addWebhook(
        server.store,
        { organization: 'boussole-abitibi', url: receiver.url },
        new Date(),
      );
      const { secret: fresh } = await rotateWebhookSecret(server.store, endpoint.id, new Date());
      assert.notEqual(fresh, old);
      await postContact(server.url, contactBody({ regionCodes: ['08'] }));
      const [hit] = await waitFor(() => receiver.accepted().length === 1 && receiver.accepted(), 'delivered');
      const [, t, first, second] =
        /^t=(\d+),v1=([0-9a-f]{64}),v1=([0-9a-f]{64})$/.exec(hit!.signature ?? '') ?? [];
      const sign = (secret: string) => createHmac('sha256', secret).update(`${t}.${hit!.body}`).digest('hex');
      assert.deepEqual([first, second], [sign(fresh), sign(old)]);
      const dayLater = new Date(Date.now() + 24 * 3600_000 + 1000);
      assert.deepEqual(await server.store.webhookSigningSecrets(endpoint.id, dayLater), [fresh]);
    } finally {
      await receiver.close();
    }
  });

  test('redirects are not followed; a huge answer is cut off; give up → failed → redeliver', async () => {
    let followed = 0;
    const target = createServer((_req, res) => {
      followed += 1;
      res.end();
    });
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    const targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}/`;
    const receiver = await startReceiver(
      [
        (_req, res) => res.writeHead(302, { location: targetUrl }).end(),
        // 20 MB of answer: read up to the limit, then dropped.
        (_req, res) => {
          res.writeHead(500);
          const chunk = Buffer.alloc(64 * 1024, 120);
          let sent = 0;
          const write = () => {
            while (sent < 320 && res.write(chunk)) sent += 1;
            if (sent < 320) res.once('drain', write);
            else res.end();
          };
          write();
        },
      ],
      503,
    );
    const giveUpFast = await startTestServer({
      rateLimit: false,
      notifications: { retryPolicy: { ...FAST, giveUpAfterMs: 300 }, webhookTimeoutMs: 2000 },
    });
    try {
      const { endpoint } = await addWebhook(
        giveUpFast.store,
        { organization: 'relais-appalaches', url: receiver.url },
        new Date(),
      );
      const created = await postContact(giveUpFast.url, contactBody({ regionCodes: ['12'] }));
      const failed = await waitFor(
        async () =>
          (await giveUpFast.store.deliveries({ contactRequestId: created.body.id, status: 'failed' }))[0],
        'given up after its retry window',
      );
      assert.equal(followed, 0, 'the redirect was not followed');
      assert.ok(failed.attempts >= 3);
      assert.match(failed.lastError ?? '', /HTTP 503/);
      const errors = receiver.received.map((r) => r.answer);
      assert.deepEqual(errors.slice(0, 3), [302, 500, 503]);
      const listed = (await listWebhooks(giveUpFast.store)).find((e) => e.id === endpoint.id)!;
      assert.deepEqual(listed.backlog, { pending: 0, failed: 1 });
      assert.match(listed.lastError?.message ?? '', /HTTP 503/);

      // The receiver is fixed; the operator sends the failed delivery again.
      receiver.answerFromNowOn(204);
      assert.equal(await redeliver(giveUpFast.store, { endpoint: endpoint.id }, new Date()), 1);
      const delivered = await waitFor(
        async () =>
          (await giveUpFast.store.deliveries({ contactRequestId: created.body.id, status: 'delivered' }))[0],
        'delivered after the re-send',
      );
      assert.equal(delivered.attempts, failed.attempts + 1);
      assert.equal(receiver.accepted().length, 1);
      assert.deepEqual((await listWebhooks(giveUpFast.store)).find((e) => e.id === endpoint.id)!.backlog, {
        pending: 0,
        failed: 0,
      });
      await assert.rejects(
        async () => await redeliver(giveUpFast.store, { delivery: 'dlv_nope' }, new Date()),
        /not_found/,
      );
    } finally {
      await giveUpFast.close();
      await receiver.close();
      await new Promise<void>((resolve) => target.close(() => resolve()));
    }
  });

  test('backoff: exponential, jittered, capped, and kept up for 24 h', () => {
    const start = Date.parse('2026-12-01T00:00:00Z');
    const at = (attempts: number, elapsedMs: number, random = 0.5) =>
      nextAttempt(DEFAULT_RETRY_POLICY, attempts, start, new Date(start + elapsedMs), () => random);
    assert.equal(at(1, 0)!.getTime() - start, 30_000);
    assert.equal(at(2, 0)!.getTime() - start, 60_000);
    assert.equal(at(3, 0, 0)!.getTime() - start, 120_000 * 0.8);
    assert.equal(at(3, 0, 1)!.getTime() - start, 120_000 * 1.2);
    assert.equal(at(20, 0)!.getTime() - start, 3_600_000, 'capped at an hour');
    assert.ok(at(30, 24 * 3600_000 - 1), 'still retried just before 24 h');
    assert.equal(at(30, 24 * 3600_000), null, 'given up after 24 h');
  });
});

describe('durability and concurrency (server processes on one database file)', () => {
  let folder: string;
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'eer-outbox-'));
  });
  after(() => rm(folder, { recursive: true, force: true }));

  test('killed with SIGKILL after its 201 and before sending: delivered after the restart', async () => {
    const databasePath = join(folder, 'crash.db');
    const receiver = await startReceiver();
    const setup = await openStore({ path: databasePath, mode: 'demo' });
    await addWebhook(setup, { organization: ORG, url: receiver.url }, new Date());
    await setup.close();
    try {
      // The worker is held: the process dies between the commit and any send.
      const first = await startServerProcess(databasePath, { EER_TEST_HOLD: '1' });
      const created = await postContact(first.url, contactBody());
      assert.equal(created.status, 201, created.text);
      await first.kill('SIGKILL');
      assert.equal(first.child.signalCode, 'SIGKILL');
      assert.equal(receiver.received.length, 0);

      const second = await startServerProcess(databasePath);
      try {
        const [hit] = await waitFor(
          () => receiver.accepted().length > 0 && receiver.accepted(),
          'delivered by the restarted server',
        );
        const event = JSON.parse(hit!.body) as WebhookEvent;
        assert.equal(event.data.reference, created.body.reference);
      } finally {
        await second.kill('SIGTERM');
      }
      assert.equal(receiver.accepted().length, 1);
    } finally {
      await receiver.close();
    }
  });

  test('two server processes on one database never send the same delivery twice', async () => {
    const databasePath = join(folder, 'two.db');
    const receiver = await startReceiver();
    const setup = await openStore({ path: databasePath, mode: 'demo' });
    for (const organization of ['passerelle-mauricie', 'carrefour-bsl']) {
      await addWebhook(setup, { organization, url: receiver.url }, new Date());
    }
    await setup.close();
    const [a, b] = await Promise.all([startServerProcess(databasePath), startServerProcess(databasePath)]);
    try {
      const total = 120;
      const references = new Set<string>();
      await Promise.all(
        Array.from({ length: total }, async (_, i) => {
          const target = i % 2 ? a! : b!;
          const created = await postContact(target.url, contactBody({ regionCodes: [i % 3 ? '04' : '01'] }));
          assert.equal(created.status, 201, created.text);
          references.add(created.body.reference as string);
        }),
      );
      await waitFor(() => receiver.accepted().length >= total, `${total} deliveries`, 30_000);
      const ids = receiver.accepted().map((r) => (JSON.parse(r.body) as WebhookEvent).id);
      assert.equal(new Set(ids).size, ids.length, 'no event delivered twice');
      assert.equal(ids.length, total);
      assert.deepEqual(
        new Set(receiver.accepted().map((r) => (JSON.parse(r.body) as WebhookEvent).data.reference)),
        references,
      );
    } finally {
      await Promise.all([a!.kill('SIGTERM'), b!.kill('SIGTERM')]);
      await receiver.close();
    }
  });

  test('a lease held by a live worker is never taken; an expired one is', async () => {
    const databasePath = join(folder, 'lease.db');
    const one = await openStore({ path: databasePath, mode: 'demo' });
    const two = await openStore({ path: databasePath, mode: 'demo' });
    try {
      await addWebhook(one, { organization: ORG, url: 'http://127.0.0.1:9/unused' }, new Date());
      await one.createContactRequest('k1', 'h1', { ...contactBody(), consent: true } as never, {
        apiKeyId: 'key_test',
        origin: null,
        now: new Date(),
      });
      const now = new Date();
      assert.equal((await one.claimDeliveries('worker-1', now, 60_000, 10)).length, 1);
      assert.equal((await two.claimDeliveries('worker-2', now, 60_000, 10)).length, 0, 'leased to worker-1');
      assert.equal(await two.completeDelivery((await one.deliveries({}))[0]!.id, 'worker-2', now), false);
      const later = new Date(now.getTime() + 60_001);
      const [taken] = await two.claimDeliveries('worker-2', later, 60_000, 10);
      assert.ok(taken, 'worker-1 died: its lease expired');
      assert.equal(await one.completeDelivery(taken.id, 'worker-1', later), false, 'worker-1 lost it');
      assert.equal(await two.completeDelivery(taken.id, 'worker-2', later), true);
    } finally {
      await one.close();
      await two.close();
    }
  });

  test('a worker stopping gives back its leases at once', async () => {
    const databasePath = join(folder, 'release.db');
    const store = await openStore({ path: databasePath, mode: 'demo' });
    try {
      await addWebhook(store, { organization: ORG, url: 'http://127.0.0.1:9/unused' }, new Date());
      const worker = startNotificationWorker({ store, held: true, log: false });
      await store.createContactRequest('k1', 'h1', { ...contactBody(), consent: true } as never, {
        apiKeyId: 'key_test',
        origin: null,
        now: new Date(),
      });
      assert.equal((await store.claimDeliveries(worker.owner, new Date(), 60_000, 10)).length, 1);
      await worker.stop();
      assert.equal((await store.claimDeliveries('other', new Date(), 60_000, 10)).length, 1);
    } finally {
      await store.close();
    }
  });
});
