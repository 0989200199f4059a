import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import { openStore } from '../src/store/index.js';
import type { ContactInput, Store } from '../src/store/types.js';
import {
  addWebhook,
  eraseContactRequest,
  exportContactRequest,
  purgeExpired,
} from '../src/operations/index.js';
import { startServer } from '../src/server.js';
import { createTestDatabaseFile, type TestDatabaseFile } from '../src/testing.js';
import { waitFor } from './notification-helpers.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The controlled clock: every date below is relative to it. */
const NOW = new Date('2026-11-16T15:00:00Z');
const CUTOFF = new Date(NOW.getTime() - 365 * DAY_MS);

/** A request whose every personal field is unique, so its bytes can be looked for in the file. */
function person(label: string): ContactInput {
  const tag = `${label}${randomBytes(6).toString('hex')}`;
  return {
    name: `Nom ${tag}`,
    email: `${tag}@courriel.example`,
    phone: `+1 418 555-${String(randomBytes(2).readUInt16BE() % 10000).padStart(4, '0')}`,
    regionCodes: ['04'],
    municipalityCode: '37067',
    message: `Message personnel ${tag} : je cherche un emploi en région.`,
    preferredLanguage: 'fr',
    consent: true,
    privacyPolicyUrl: `https://www.partenaire.example/confidentialite-${tag}`,
  };
}

async function create(store: Store, input: ContactInput, createdAt: Date) {
  const outcome = await store.createContactRequest(randomBytes(8).toString('hex'), 'hash', input, {
    apiKeyId: 'key_test',
    origin: `https://${input.email.split('@')[0]}.example`,
    now: createdAt,
  });
  assert.equal(outcome.kind, 'created');
  return (await store.contactRequest(outcome.kind === 'created' ? outcome.receipt.id : ''))!;
}

/** The database file and its WAL, as bytes on disk. */
function diskBytes(path: string): Buffer {
  return Buffer.concat([path, `${path}-wal`].filter(existsSync).map((file) => readFileSync(file)));
}

/**
 * Asserts whether `text` is in the SQLite file or its WAL. Not on PostgreSQL, whose old
 * row versions are left to VACUUM (store/erasure.ts): the bytes on disk are SQLite's promise.
 */
function assertOnDisk(database: TestDatabaseFile, text: string, expected: boolean, message?: string): void {
  if (database.backend !== 'sqlite') return;
  const found = diskBytes(database.options.path).includes(Buffer.from(text, 'utf8'));
  assert.equal(found, expected, message ?? `"${text}" on disk: ${expected}`);
}

describe('Law 25 retention and erasure', () => {
  const databases: TestDatabaseFile[] = [];
  /** A fresh demo store on the backend under test (EER_TEST_DATABASE). */
  async function openDemo(): Promise<{ database: TestDatabaseFile; store: Store }> {
    const database = await createTestDatabaseFile();
    databases.push(database);
    return { database, store: await openStore({ ...database.options, mode: 'demo', now: NOW }) };
  }
  after(async () => {
    for (const database of databases) await database.dispose();
  });

  test('purge: a request just outside the window is erased to the last byte, one just inside is kept', async () => {
    const { database, store } = await openDemo();
    try {
      // A webhook endpoint, so that the outbox holds a copy of each request too.
      await addWebhook(store, { organization: 'passerelle-mauricie', url: 'http://127.0.0.1:9/hook' }, NOW);
      const outsideInput = person('outside');
      const insideInput = person('inside');
      const outside = await create(store, outsideInput, new Date(CUTOFF.getTime() - 60 * 60 * 1000));
      const inside = await create(store, insideInput, new Date(CUTOFF.getTime() + 60 * 60 * 1000));
      for (const value of [outsideInput.email, outsideInput.name, outsideInput.message, insideInput.email]) {
        assertOnDisk(database, value, true, `before: "${value}" is on disk (the search works)`);
      }

      const result = await purgeExpired(store, 365, NOW);
      assert.deepEqual(result, { cutoff: CUTOFF, erased: 1 });

      const erased = (await store.contactRequest(outside.id))!;
      assert.deepEqual(
        {
          name: erased.name,
          email: erased.email,
          phone: erased.phone,
          message: erased.message,
          municipalityCode: erased.municipalityCode,
          privacyPolicyUrl: erased.privacyPolicyUrl,
          origin: erased.origin,
          erasedAt: erased.erasedAt,
        },
        {
          name: '',
          email: '',
          phone: null,
          message: '',
          municipalityCode: null,
          privacyPolicyUrl: null,
          origin: null,
          erasedAt: NOW.toISOString(),
        },
      );
      // Statistics remain.
      for (const field of [
        'reference',
        'createdAt',
        'regionCodes',
        'organization',
        'status',
        'respondBy',
      ] as const) {
        assert.deepEqual(erased[field], outside[field], field);
      }
      assert.deepEqual(
        await store.contactRequest(inside.id),
        inside,
        'the request inside the window is untouched',
      );

      // The bytes are gone from the database file and the WAL, outbox copies included.
      for (const value of [
        outsideInput.email,
        outsideInput.name,
        outsideInput.message,
        outsideInput.phone!,
        outsideInput.privacyPolicyUrl!,
        outsideInput.email.split('@')[0]!,
      ]) {
        assertOnDisk(database, value, false, `after: "${value}" is nowhere on disk`);
      }
      assertOnDisk(database, insideInput.email, true, 'the kept request is still stored');
      const [cancelled] = await store.deliveries({ contactRequestId: outside.id });
      assert.equal(cancelled?.status, 'cancelled', 'nothing left to send about an erased request');
      assert.equal((await store.deliveries({ contactRequestId: inside.id }))[0]?.status, 'pending');

      assert.equal((await purgeExpired(store, 365, NOW)).erased, 0, 'idempotent');
      // A day later, the other one leaves the window too.
      assert.equal((await purgeExpired(store, 365, new Date(NOW.getTime() + DAY_MS))).erased, 1);
      assertOnDisk(database, insideInput.email, false);
    } finally {
      await store.close();
    }
  });

  test('right to erasure and right of access, by reference', async () => {
    const { database, store } = await openDemo();
    try {
      await addWebhook(store, { organization: 'passerelle-mauricie', url: 'http://127.0.0.1:9/hook' }, NOW);
      const input = person('rights');
      const request = await create(store, input, NOW);

      const exported = await exportContactRequest(store, request.reference.toLowerCase());
      assert.equal(exported.request.email, input.email);
      assert.equal(exported.request.message, input.message);
      assert.deepEqual(
        exported.deliveries.map((d) => [d.channel, d.eventType, d.status]),
        [['webhook', 'contact_request.created', 'pending']],
      );

      const erased = await eraseContactRequest(store, request.reference, NOW);
      assert.equal(erased.email, '');
      assert.equal(erased.reference, request.reference);
      assertOnDisk(database, input.email, false, 'gone from the file and the WAL at once');
      assertOnDisk(database, input.message, false);
      const again = await eraseContactRequest(store, request.id, NOW);
      assert.equal(again.erasedAt, NOW.toISOString(), 'twice is harmless');
      await assert.rejects(async () => await eraseContactRequest(store, 'EER-2026-999999', NOW), /not_found/);
      await assert.rejects(async () => await exportContactRequest(store, 'EER-2026-999999'), /not_found/);
    } finally {
      await store.close();
    }
  });

  test('the server runs the purge at start (then daily) with CONTACT_RETENTION_DAYS', async () => {
    const { store } = await openDemo();
    const old = await create(store, person('daily'), new Date(NOW.getTime() - 31 * DAY_MS));
    const recent = await create(store, person('recent'), new Date(NOW.getTime() - 29 * DAY_MS));
    const server = await startServer({
      store,
      port: 0,
      logger: false,
      now: () => NOW,
      notifications: { retentionDays: 30, log: false },
    });
    try {
      // The start-up purge runs beside the server (on PostgreSQL it may end after startServer).
      await waitFor(
        async () => (await store.contactRequest(old.id))!.erasedAt,
        'the old request erased',
        5000,
      );
      assert.equal((await store.contactRequest(recent.id))!.erasedAt, null);
    } finally {
      await server.close();
      await store.close();
    }
  });
});
