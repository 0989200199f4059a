// Three server processes on one PostgreSQL database, behind a small round-robin proxy
// written here, behave as one service: idempotency, the contact rate limit, reference
// numbers, the outbox, and what one process changes is seen by the others within a
// second. Then one process is killed in the middle of a burst of submissions.
// PostgreSQL only: that is the engine several processes share (EER_TEST_DATABASE=postgres).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { createKey, createOrganization, revokeKey } from '../src/operations/index.js';
import { addWebhook } from '../src/operations/webhooks.js';
import { openStore } from '../src/store/index.js';
import type { Store } from '../src/store/types.js';
import { createTestDatabaseFile, testDatabaseBackend, type TestDatabaseFile } from '../src/testing.js';
import { contactBody, request } from './helpers.js';
import { startReceiver, startServerProcess, waitFor, type ServerProcess } from './notification-helpers.js';

const PROCESSES = 3;
const RATE_LIMIT = 10;

/** Forwards each request to the next live target in turn; 502 when the chosen one is gone. */
async function roundRobinProxy(targets: string[]) {
  let next = 0;
  const server: Server = createServer((req, res) => {
    const target = new URL(targets[next++ % targets.length]!);
    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        // The proxy appends the address it saw, as a real one does (TRUST_PROXY=1 on the servers);
        // a test may set the client it stands for.
        headers: {
          ...req.headers,
          'x-forwarded-for': String(req.headers['x-test-client'] ?? req.socket.remoteAddress ?? ''),
        },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502).end();
      else res.destroy();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function post(url: string, body: unknown, headers: Record<string, string>) {
  return request(`${url}/v1/contact-requests`, {
    method: 'POST',
    headers: { Authorization: 'Bearer pk_test_demo', 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

const client = (n: number) => `10.${Math.floor(n / 65536) % 256}.${Math.floor(n / 256) % 256}.${n % 256}`;

describe(
  'three server processes on one PostgreSQL database',
  { skip: testDatabaseBackend() !== 'postgres' },
  () => {
    let database: TestDatabaseFile;
    let processes: ServerProcess[] = [];
    let proxy: Awaited<ReturnType<typeof roundRobinProxy>>;
    let operator: Store;
    let clients = 1;

    before(async () => {
      database = await createTestDatabaseFile();
      const { url, sealingKeyFile } = database.options;
      // The operator's own connection (as eer-admin would be), which also creates the schema.
      operator = await openStore({ ...database.options, mode: 'demo' });
      processes = await Promise.all(
        Array.from({ length: PROCESSES }, () =>
          startServerProcess(url!, {
            EER_TEST_SEALING_KEY: sealingKeyFile!,
            EER_TEST_RATE_LIMIT: String(RATE_LIMIT),
            EER_TEST_TRUST_PROXY: '1',
          }),
        ),
      );
      proxy = await roundRobinProxy(processes.map((p) => p.url));
    });
    after(async () => {
      await proxy?.close();
      await Promise.all(processes.map((p) => p.kill('SIGTERM')));
      await operator?.close();
      await database?.dispose();
    });

    test('20 concurrent duplicates spread over the 3 processes: one row, the same receipt to all 20', async () => {
      const key = `dup-${randomUUID()}`;
      const answers = await Promise.all(
        Array.from({ length: 20 }, () =>
          post(proxy.url, contactBody(), { 'Idempotency-Key': key, 'X-Test-Client': client(clients++) }),
        ),
      );
      assert.deepEqual(
        answers.map((a) => a.status),
        Array(20).fill(201),
      );
      assert.equal(new Set(answers.map((a) => a.body.id)).size, 1);
      assert.equal(new Set(answers.map((a) => a.body.reference)).size, 1);
      const rows = await database.rows(
        `SELECT count(*) AS n FROM idempotency_keys WHERE idempotency_key = '${key}'`,
      );
      assert.equal(rows[0]?.n, 1);
    });

    test('the contact rate limit is global: 10 per client across the 3 processes, not 10 each', async () => {
      const from = client(clients++);
      const statuses: number[] = [];
      for (let i = 0; i < RATE_LIMIT + 5; i++) {
        statuses.push(
          (await post(proxy.url, contactBody(), { 'Idempotency-Key': randomUUID(), 'X-Test-Client': from }))
            .status,
        );
      }
      assert.equal(statuses.filter((s) => s === 201).length, RATE_LIMIT);
      assert.equal(statuses.filter((s) => s === 429).length, 5);
    });

    test('a key created or revoked through another connection is seen by every process within one second', async () => {
      const created = await createKey(
        operator,
        { organization: 'promis', kind: 'secret', origins: [] },
        new Date(),
      );
      const asKey = (url: string) =>
        request(`${url}/v1/contact-requests?limit=1`, {
          headers: { Authorization: `Bearer ${created.key}` },
        });
      const started = Date.now();
      for (const p of processes) {
        await waitFor(async () => (await asKey(p.url)).status === 200, `key accepted by ${p.url}`, 1000);
      }
      await revokeKey(operator, created.info.id, new Date());
      for (const p of processes) {
        await waitFor(async () => (await asKey(p.url)).status === 401, `key refused by ${p.url}`, 1000);
      }
      assert.ok(Date.now() - started < 3000);
    });

    test('an organization created elsewhere shows in every process’s cached answers within one second', async () => {
      // Warm each process's reference cache first.
      for (const p of processes) {
        assert.equal(
          (await request(`${p.url}/v1/organizations`, { headers: { Authorization: 'Bearer pk_test_demo' } }))
            .status,
          200,
        );
      }
      const slug = `mrc-${randomUUID().slice(0, 8)}`;
      await createOrganization(operator, { slug, nameFr: 'MRC ailleurs', regionCodes: ['01'] }, new Date());
      const started = Date.now();
      for (const p of processes) {
        await waitFor(
          async () => {
            const answer = await request(`${p.url}/v1/organizations`, {
              headers: { Authorization: 'Bearer pk_test_demo' },
            });
            return (answer.body.data as { id: string }[]).some((o) => o.id === `org_${slug}`);
          },
          `organization listed by ${p.url}`,
          1500,
        );
      }
      assert.ok(Date.now() - started < 1500, `seen in ${Date.now() - started} ms`);
    });

    test('the outbox: each webhook delivery is claimed and sent once across the 3 workers', async () => {
      const receiver = await startReceiver();
      try {
        await addWebhook(operator, { organization: 'passerelle-mauricie', url: receiver.url }, new Date());
        const answers = await Promise.all(
          Array.from({ length: 30 }, () =>
            post(proxy.url, contactBody({ regionCodes: ['04'] }), {
              'Idempotency-Key': randomUUID(),
              'X-Test-Client': client(clients++),
            }),
          ),
        );
        assert.ok(answers.every((a) => a.status === 201));
        const events = await waitFor(() => {
          const ids = receiver.received.map((r) => (JSON.parse(r.body) as { data: { id: string } }).data.id);
          return answers.every((a) => ids.includes(a.body.id)) && ids;
        }, 'every request delivered');
        const ids = receiver.received.map((r) => (JSON.parse(r.body) as { id: string }).id);
        assert.equal(new Set(ids).size, ids.length, 'no event sent twice');
        assert.ok(events.length >= 30);
      } finally {
        await receiver.close();
      }
    });

    test('one process killed mid-burst: no 201 without its row, no duplicate, nothing lost after retries', async () => {
      const total = 60;
      const keys = Array.from({ length: total }, () => randomUUID());
      const froms = keys.map(() => client(clients++));
      const outcomes = new Map<string, { status: number; id?: string }>();
      const burst = keys.map(async (key, i) => {
        await new Promise((resolve) => setTimeout(resolve, i * 5));
        try {
          const answer = await post(proxy.url, contactBody({ message: `Rafale ${key}` }), {
            'Idempotency-Key': key,
            'X-Test-Client': froms[i]!,
          });
          outcomes.set(key, { status: answer.status, id: answer.body?.id });
        } catch {
          outcomes.set(key, { status: 0 });
        }
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      await processes[1]!.kill('SIGKILL');
      await Promise.all(burst);
      assert.ok(
        [...outcomes.values()].some((outcome) => outcome.status !== 201),
        'the kill interrupted some submissions',
      );

      // Every 201 has its row.
      for (const [key, outcome] of outcomes) {
        if (outcome.status !== 201) continue;
        const rows = await database.rows(
          `SELECT count(*) AS n FROM contact_requests WHERE id = '${outcome.id}'`,
        );
        assert.equal(rows[0]?.n, 1, `201 for ${key} has its row`);
      }
      // The visitor retries what failed (same key): the dead process is skipped by luck of the turn.
      for (const [i, key] of keys.entries()) {
        let outcome = outcomes.get(key)!;
        for (let attempt = 0; outcome.status !== 201 && attempt < 20; attempt++) {
          const answer = await post(proxy.url, contactBody({ message: `Rafale ${key}` }), {
            'Idempotency-Key': key,
            'X-Test-Client': froms[i]!,
          });
          if (answer.status === 201 && outcome.id) assert.equal(answer.body.id, outcome.id);
          outcome = { status: answer.status, id: answer.body?.id };
        }
        assert.equal(outcome.status, 201, `${key} finally accepted`);
        outcomes.set(key, outcome);
      }
      const stored = await database.rows(
        `SELECT c.id, i.idempotency_key FROM contact_requests c JOIN idempotency_keys i ON i.contact_request_id = c.id
       WHERE c.message LIKE 'Rafale %'`,
      );
      assert.equal(stored.length, total, 'one row per submission: nothing lost, no duplicate');
      assert.deepEqual(
        new Set(stored.map((row) => row.id)),
        new Set(keys.map((key) => outcomes.get(key)!.id)),
      );
      // Reference numbers stay unique and readable.
      const references = (await database.rows('SELECT reference FROM contact_requests')).map((r) =>
        String(r.reference),
      );
      assert.equal(new Set(references).size, references.length);
      for (const reference of references) assert.match(reference, /^EER-\d{4}-\d{6}$/);
    });
  },
);
