// Issue 16's figures: what a contact request costs to store as the table grows, and
// what the contact rate limiter costs per hit as distinct clients flood it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { openStore } from '@emplois-en-regions/server';
import { RateLimiter } from '../../packages/server/src/http/rate-limit.js';
import { median, spread } from './stats.js';
import type { Row } from './table.js';

/** What the fill below needs of better-sqlite3. */
interface RawDatabase {
  prepare(sql: string): { run(...params: unknown[]): unknown };
  transaction(work: () => void): () => void;
  close(): void;
}

// The server package's own driver: the root has no dependency on it.
const Database = createRequire(new URL('../../packages/server/package.json', import.meta.url))(
  'better-sqlite3',
) as new (path: string) => RawDatabase;

const INPUT = {
  name: 'Amélie Côté',
  email: 'amelie.cote@example.org',
  regionCodes: ['01'],
  message: 'Je souhaite m’installer au Bas-Saint-Laurent avec ma famille.',
  preferredLanguage: 'fr' as const,
  consent: true as const,
};

/** Stores `count` requests straight into the file, as a year of traffic would have. */
function fill(path: string, count: number): void {
  const db = new Database(path);
  try {
    db.transaction(() => {
      const insert = db.prepare(`
        INSERT INTO contact_requests (id, reference, organization_id, api_key_id, created_at, created_ms,
          region_codes, name, email, message, preferred_language, consent_at, response_delay_business_days,
          respond_by, status, updated_at)
        VALUES (?, ?, 'org_carrefour-bsl', 'key_demo_publishable', '2025-06-01T12:00:00.000Z', ?, '["01"]',
          'Nom', 'nom@example.org', 'Un message assez long.', 'fr', '2025-06-01T12:00:00.000Z', 2,
          '2025-06-03', 'new', '2025-06-01T12:00:00.000Z')
      `);
      for (let i = 0; i < count; i += 1) {
        insert.run(`cr_bench${i}`, `EER-2025-${String(i + 1).padStart(6, '0')}`, 1748779200000 + i);
      }
      db.prepare(
        "UPDATE organizations SET contact_request_count = contact_request_count + ? WHERE id = 'org_carrefour-bsl'",
      ).run(count);
    })();
  } finally {
    db.close();
  }
}

/** Milliseconds per stored request (createContactRequest: assignment, reference, outbox, idempotency). */
async function writeTimes(stored: number): Promise<number[]> {
  const folder = mkdtempSync(join(tmpdir(), 'eer-bench-hardening-'));
  try {
    const path = join(folder, 'bench.db');
    await (await openStore({ path, mode: 'demo' })).close();
    if (stored > 0) fill(path, stored);
    const store = await openStore({ path, mode: 'demo' });
    try {
      const times: number[] = [];
      for (let i = 0; i < 300; i += 1) {
        const started = performance.now();
        await store.createContactRequest(`bench-${stored}-${i}`, `hash-${i}`, INPUT, {
          apiKeyId: 'key_demo_publishable',
          origin: null,
          now: new Date(),
        });
        times.push(performance.now() - started);
      }
      return times.slice(50); // the first calls warm the statements
    } finally {
      await store.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function limiterRows(): Row[] {
  let now = Date.parse('2026-12-01T12:00:00Z');
  const limiter = new RateLimiter({ limit: 10, windowMs: 600_000 }, () => new Date(now));
  const rows: Row[] = [];
  let client = 0;
  for (const clients of [1_000, 200_000]) {
    const started = performance.now();
    const from = client;
    while (client < clients) {
      limiter.hit(`10.${(client >> 16) & 255}.${(client >> 8) & 255}.${client & 255}`);
      client += 1;
      now += 1;
    }
    rows.push({
      figure: `contact rate limiter, per hit, ${clients.toLocaleString('en')} distinct clients`,
      value: ((performance.now() - started) * 1000) / (client - from),
      unit: 'µs',
      digits: 2,
      notes: `${limiter.size.toLocaleString('en')} windows kept (bound 100,000)`,
    });
  }
  return rows;
}

export async function hardeningRows(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const stored of [0, 100_000]) {
    const times = await writeTimes(stored);
    rows.push({
      figure: `contact request stored, ${stored.toLocaleString('en')} requests already in the database`,
      value: median(times),
      unit: 'ms',
      digits: 3,
      notes: spread(times, 3),
    });
  }
  return [...rows, ...limiterRows()];
}
