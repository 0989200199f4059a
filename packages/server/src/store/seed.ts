import type { Db } from './database.js';
import { pruneGeography, upsertGeography } from './seed-geography.js';
import { syncEvents } from './seed-events.js';
import { syncProgram } from './seed-program.js';

/**
 * Brings the reference data to the state of the seed sources, in one transaction
 * and idempotently: running it again on the same file changes nothing but the
 * sample events' dates (recomputed from `now`). Contact requests, reference
 * counters and idempotency entries are never touched.
 */
export function seed(db: Db, now: Date): void {
  const run = db.transaction(() => {
    upsertGeography(db);
    syncProgram(db);
    syncEvents(db, now);
    pruneGeography(db);
  });
  run.immediate();
}
