import type { Sql } from './sql.js';
import { pruneGeography, upsertGeography } from './seed-geography.js';
import { syncEvents } from './seed-events.js';
import { syncProgram } from './seed-program.js';
import type { StoreMode } from './types.js';

/**
 * Brings the seeded data to the state of the seed sources, in one transaction
 * and idempotently. Production: the geography and the three program
 * organizations (created once, never overwritten: the operator may have given
 * them an e-mail address). Demo: also the sample partners, advisors, events and
 * test keys, refreshed at every start (sample dates recomputed from `now`).
 * Rows the operator created (`managed_by = 'operator'`), contact requests,
 * reference counters and idempotency entries are never touched.
 */
export async function seed(db: Sql, now: Date, mode: StoreMode): Promise<void> {
  await db.transaction(async () => {
    await upsertGeography(db);
    await syncProgram(db, mode);
    if (mode === 'demo') await syncEvents(db, now);
    await pruneGeography(db);
  });
}
