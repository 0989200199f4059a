import { geographyAttribution } from '../data/attribution.js';
import { contactRequestQueries } from './contact-requests.js';
import { openDatabase } from './database.js';
import { deliveryQueries } from './deliveries.js';
import { erasureQueries } from './erasure.js';
import { eventQueries } from './events.js';
import { geographyQueries } from './geography.js';
import { keyQueries } from './keys.js';
import { migrate } from './migrations.js';
import { claimMode } from './mode.js';
import { organizationQueries } from './organizations.js';
import { outbox as createOutbox } from './outbox.js';
import { secretSealer } from './sealed-secrets.js';
import { seed } from './seed.js';
import type { Store, StoreOptions } from './types.js';
import { webhookQueries } from './webhooks.js';

export * from './types.js';

/** Store methods that change what reference answers (organizations, keys, events) hold. */
const REFERENCE_WRITES = [
  'insertOrganization',
  'updateOrganization',
  'insertApiKey',
  'revokeApiKey',
  'insertEvent',
  'replaceEvent',
] as const satisfies readonly (keyof Store)[];

/**
 * Opens the embedded database: creates the file if needed, applies pending
 * migrations, checks its mode (demo or production, see claimMode), runs the
 * idempotent seed of that mode (sample events placed relative to `options.now`),
 * and returns the Store over it.
 */
export function openStore(options: StoreOptions): Store {
  const mode = options.mode ?? 'demo';
  const db = openDatabase(options.path);
  // Deleted and overwritten content is zeroed, not just unlinked (Law 25 erasure, store/erasure.ts).
  db.pragma('secure_delete = ON');
  try {
    migrate(db);
    claimMode(db, mode, options.path);
    seed(db, options.now ?? new Date(), mode);
  } catch (error) {
    db.close();
    throw error;
  }
  // PRAGMA data_version changes when another connection (another process: eer-admin,
  // a second server) commits; this connection's own writes are counted here.
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  let ownWrites = 0;
  const outbox = createOutbox(db);
  const store: Store = {
    attribution: geographyAttribution,
    mode,
    dataVersion: () => `${dataVersion.get()}.${ownWrites}`,
    ...geographyQueries(db),
    ...organizationQueries(db),
    ...eventQueries(db),
    ...keyQueries(db),
    ...contactRequestQueries(db, outbox),
    ...webhookQueries(db, secretSealer(options.path)),
    ...deliveryQueries(db, outbox),
    ...erasureQueries(db),
    setEmailChannel: (channel) => {
      outbox.emailChannel = channel;
    },
    onDeliveriesEnqueued: (listener) => outbox.onEnqueued(listener),
    close: () => db.close(),
  };
  for (const name of REFERENCE_WRITES) {
    const write = store[name] as (...args: unknown[]) => unknown;
    (store as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      try {
        return write(...args);
      } finally {
        ownWrites += 1;
      }
    };
  }
  return store;
}
