import { geographyAttribution } from '../data/attribution.js';
import { contactRequestQueries } from './contact-requests.js';
import { openDatabase } from './database.js';
import { eventQueries } from './events.js';
import { geographyQueries } from './geography.js';
import { keyQueries } from './keys.js';
import { migrate } from './migrations.js';
import { organizationQueries } from './organizations.js';
import { seed } from './seed.js';
import type { Store, StoreOptions } from './types.js';

export * from './types.js';

/**
 * Opens the embedded database: creates the file if needed, applies pending
 * migrations, runs the idempotent seed (sample events placed relative to
 * `options.now`), and returns the Store over it.
 */
export function openStore(options: StoreOptions): Store {
  const db = openDatabase(options.path);
  try {
    migrate(db);
    seed(db, options.now ?? new Date());
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    attribution: geographyAttribution,
    ...geographyQueries(db),
    ...organizationQueries(db),
    ...eventQueries(db),
    ...keyQueries(db),
    ...contactRequestQueries(db),
    close: () => db.close(),
  };
}
