import { geographyAttribution } from '../data/attribution.js';
import { contactRequestQueries } from './contact-requests.js';
import { deliveryQueries } from './deliveries.js';
import { erasureQueries } from './erasure.js';
import { eventQueries } from './events.js';
import { geographyQueries } from './geography.js';
import { keyQueries } from './keys.js';
import { organizationQueries } from './organizations.js';
import { outbox as createOutbox } from './outbox.js';
import type { SecretSealer } from './sealed-secrets.js';
import { answers, type Sql } from './sql.js';
import type { Store, StoreMode } from './types.js';
import { webhookQueries } from './webhooks.js';

/** Store methods that change what reference answers (organizations, keys, events) hold. */
const REFERENCE_WRITES = [
  'insertOrganization',
  'updateOrganization',
  'insertApiKey',
  'revokeApiKey',
  'insertEvent',
  'replaceEvent',
] as const satisfies readonly (keyof Store)[];

/** What differs between backends once the query modules are shared. */
export interface Backend {
  name: Store['backend'];
  sql: Sql;
  mode: StoreMode;
  sealer: SecretSealer;
  dataVersion(): string;
  sharedRateLimitCounter: Store['sharedRateLimitCounter'];
  /** Runs a write that changes reference data, so that dataVersion() changes once it is committed. */
  referenceWrite<T>(write: () => Promise<T>): Promise<T>;
  /** After an erasure committed: make the erased bytes leave the disk where the engine allows. */
  afterErasure(): Promise<void>;
  close(): Promise<void>;
}

/** The Store: the shared query modules (store/*.ts) over one backend's Sql. */
export function assembleStore(backend: Backend): Store {
  const { sql } = backend;
  const outbox = createOutbox(sql);
  const store: Store = {
    attribution: geographyAttribution,
    mode: backend.mode,
    backend: backend.name,
    dataVersion: () => backend.dataVersion(),
    ...geographyQueries(sql),
    ...organizationQueries(sql),
    ...eventQueries(sql),
    ...keyQueries(sql),
    ...contactRequestQueries(sql, outbox),
    ...webhookQueries(sql, backend.sealer),
    ...deliveryQueries(sql, outbox),
    ...erasureQueries(sql, () => backend.afterErasure()),
    setEmailChannel: (channel) => {
      outbox.emailChannel = channel;
    },
    onDeliveriesEnqueued: (listener) => outbox.onEnqueued(listener),
    sharedRateLimitCounter: (name, options, clock) => backend.sharedRateLimitCounter(name, options, clock),
    ping: () => answers(sql),
    close: () => backend.close(),
  };
  for (const name of REFERENCE_WRITES) {
    const write = store[name] as (...args: unknown[]) => Promise<unknown>;
    (store as unknown as Record<string, unknown>)[name] = (...args: unknown[]) =>
      backend.referenceWrite(() => write(...args));
  }
  return store;
}
