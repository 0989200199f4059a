// GET /healthz tells whether the database answers, on either store: a load balancer
// takes an instance out of rotation when it cannot reach PostgreSQL.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createApp } from '../src/app.js';
import { openStore } from '../src/store/index.js';
import { createTestDatabaseFile, testDatabaseBackend } from '../src/testing.js';

test('GET /healthz: 200 with the database ok; 503 unreachable once the database is gone', async () => {
  const database = await createTestDatabaseFile();
  const store = await openStore({ ...database.options, mode: 'demo' });
  try {
    const app = createApp({ store, logger: false, rateLimit: false });
    const ok = await app.request('/healthz');
    assert.equal(ok.status, 200);
    assert.equal(ok.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await ok.json(), {
      status: 'ok',
      database: { engine: testDatabaseBackend(), status: 'ok' },
    });
    await store.close();
    const down = await app.request('/healthz');
    assert.equal(down.status, 503);
    assert.deepEqual(await down.json(), {
      status: 'unavailable',
      database: { engine: testDatabaseBackend(), status: 'unreachable' },
    });
  } finally {
    await database.dispose();
  }
});
