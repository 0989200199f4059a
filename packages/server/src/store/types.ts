/**
 * The contract between the HTTP layer (src/app.ts, src/http/…) and the
 * database (src/store/…): embedded SQLite (store/sqlite/) or PostgreSQL (store/postgres/),
 * behind the same asynchronous methods. Writes that must not race (idempotency keys,
 * reference numbers, outbox claims) are made safe by the store itself, for any number
 * of processes sharing the database.
 */
import type { ContactRequestStatus, WebhookEventType } from '@emplois-en-regions/schemas';
import type {
  Advisor,
  Attribution,
  ContactRequest,
  ContactRequestReceipt,
  Event,
  EventType,
  Mrc,
  Municipality,
  Organization,
  Region,
} from '@emplois-en-regions/schemas';
import type { RateLimitCounter, RateLimitOptions } from '../http/rate-limit.js';

/**
 * An event as stored; the HTTP layer adds `icsUrl` (it knows the public base URL).
 * A key-remapping mapped type rather than `Omit`: `Event` is a loose object with an
 * index signature, and `Omit` over it would keep only that signature, losing every field.
 */
export type EventRecord = { [K in keyof Event as K extends 'icsUrl' ? never : K]: Event[K] };

export interface PageResult<T> {
  data: T[];
  nextCursor: string | null;
}

export interface PageQuery {
  /** 1–100, already validated. */
  limit: number;
  /** Opaque cursor from a previous page; the store throws InvalidCursorError if it cannot read it. */
  cursor?: string | undefined;
}

export interface MunicipalitySearch extends PageQuery {
  q?: string | undefined;
  region?: string | undefined;
  mrc?: string | undefined;
}

export interface EventSearch extends PageQuery {
  region?: string | undefined;
  type?: EventType | undefined;
  /** Events whose end is at or after this instant. */
  from: Date;
  /** Events whose start is before this instant. */
  to?: Date | undefined;
}

/** `demo`: sample partners, advisors, events and the documented test keys; `production`: none of them. */
export type StoreMode = 'demo' | 'production';

export interface ApiKey {
  id: string;
  /** The key itself (`pk_…` or `sk_…`). */
  key: string;
  kind: 'publishable' | 'secret';
  organizationId: string;
  /**
   * Origins a publishable key may be used from: exact origins
   * (`https://www.mrc-exemple.qc.ca`) or a port wildcard (`http://localhost:*`).
   * Empty for secret keys (never usable from a browser).
   */
  allowedOrigins: string[];
}

/** Everything the store needs to record a contact request besides the visitor's input. */
export interface ContactContext {
  apiKeyId: string;
  /** Origin header of the browser page, if any. */
  origin: string | null;
  now: Date;
}

/** The validated visitor input (output of ContactRequestInput.parse). */
export interface ContactInput {
  name: string;
  email: string;
  phone?: string | undefined;
  regionCodes: string[];
  municipalityCode?: string | undefined;
  message: string;
  preferredLanguage: 'fr' | 'en';
  consent: true;
  privacyPolicyUrl?: string | undefined;
  website?: string | undefined;
}

export type IdempotentOutcome =
  | { kind: 'created'; receipt: ContactRequestReceipt }
  | { kind: 'replayed'; receipt: ContactRequestReceipt }
  | { kind: 'conflict' };

/** An organization as the operator sees it (eer-admin): the public fields plus its contact settings. */
export interface OrganizationAccount extends Organization {
  slug: string;
  names: { fr: string; en: string };
  /** Where contact requests are e-mailed; null: no e-mail channel. */
  email: string | null;
  /** Language of the notifications it receives. */
  language: 'fr' | 'en';
  managedBy: 'seed' | 'operator';
  createdAt: string | null;
  updatedAt: string | null;
}

/** What the operator gives to create an organization (already validated). */
export interface OrganizationWrite {
  slug: string;
  names: { fr: string; en: string };
  role: 'lead' | 'partner';
  description: { fr: string; en: string };
  website: string | null;
  regionCodes: string[];
  email: string | null;
  language: 'fr' | 'en';
}

/** An API key as listed: never the key itself. */
export interface ApiKeyInfo {
  id: string;
  kind: 'publishable' | 'secret';
  organizationId: string;
  /** The first characters of the key (`pk_live_Ab12…`), to tell keys apart. */
  prefix: string;
  allowedOrigins: string[];
  createdAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  managedBy: 'seed' | 'operator';
}

export interface ApiKeyWrite {
  id: string;
  /** The plain key: only its SHA-256 is stored. */
  key: string;
  prefix: string;
  kind: 'publishable' | 'secret';
  organizationId: string;
  allowedOrigins: string[];
  now: Date;
}

/** An event as the write API and eer-admin see it: the record plus what backs ETag and import. */
export interface StoredEvent {
  event: EventRecord;
  /** Incremented by every change; the ETag is derived from it. */
  version: number;
  sourceUid: string | null;
  managedBy: 'seed' | 'operator';
  createdAt: string | null;
  updatedAt: string | null;
}

/** A complete event to write (validated, location resolved to a real municipality). */
export interface EventWrite {
  id: string;
  organizationId: string;
  title: { fr: string; en: string };
  summary: { fr: string; en: string };
  type: EventType;
  format: Event['format'];
  status: Event['status'];
  /** Instants; stored with their America/Toronto offset. */
  start: Date;
  end: Date;
  regionCodes: string[];
  location: { venue: string; address: string | null; municipalityCode: string } | null;
  onlineUrl: string | null;
  registrationUrl: string | null;
  languages: string[];
  sourceUid: string | null;
}

export type { ContactRequestStatus };

/** What the outbox tells about a contact request (the webhook event's `type`). */
export type NotificationEventType = WebhookEventType;
export type DeliveryChannel = 'email' | 'webhook';
/** `cancelled`: its request was erased before it could be sent. */
export type DeliveryStatus = 'pending' | 'delivered' | 'failed' | 'cancelled';
/**
 * Where e-mail notifications go: `off` (no SMTP: no e-mail row is written), `on` (to the
 * organization's address, when it has one), `demo` (every organization, printed by the
 * demo's console mailer; organizations without an address get a placeholder).
 */
export type EmailChannel = 'off' | 'on' | 'demo';

/** A delivery leased to one worker, which sends it and then completes or fails it. */
export interface ClaimedDelivery {
  id: string;
  eventId: string;
  eventType: NotificationEventType;
  channel: DeliveryChannel;
  endpointId: string | null;
  /** The organization's e-mail address, or the endpoint's URL. */
  recipient: string;
  language: 'fr' | 'en';
  /** The exact JSON body of the event; null once its request was erased. */
  payload: string | null;
  /** Attempts before this one. */
  attempts: number;
  retryFromMs: number;
  createdMs: number;
}

/** A delivery as the operator sees it. */
export interface DeliveryInfo {
  id: string;
  eventId: string;
  eventType: NotificationEventType;
  contactRequestId: string;
  reference: string;
  channel: DeliveryChannel;
  endpointId: string | null;
  recipient: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  lastAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
}

export interface DeliveryFilter {
  contactRequestId?: string | undefined;
  endpointId?: string | undefined;
  status?: DeliveryStatus | undefined;
  /** Newest first; default 100. */
  limit?: number | undefined;
}

/** A webhook endpoint as listed: never its secret. */
export interface WebhookEndpointInfo {
  id: string;
  organizationId: string;
  url: string;
  createdAt: string;
  rotatedAt: string | null;
  /** Until when the previous secret still signs (both signatures are sent); null: no rotation running. */
  previousSecretExpiresAt: string | null;
  /** Deliveries waiting to be sent (retries included) and given up on. */
  backlog: { pending: number; failed: number };
  /** The most recent failed attempt, if any. */
  lastError: { at: string; message: string } | null;
  lastDeliveredAt: string | null;
}

export interface WebhookEndpointWrite {
  id: string;
  organizationId: string;
  url: string;
  /** The plain secret: stored sealed (store/sealed-secrets.ts). */
  secret: string;
  now: Date;
}

/** An organization's contact requests, optionally at one stage of their follow-up. */
export interface ContactRequestSearch extends PageQuery {
  status?: ContactRequestStatus | undefined;
}

/** Who retries what: an Idempotency-Key is remembered per API key with the hash of its body. */
export interface IdempotencyClaim {
  apiKeyId: string;
  idempotencyKey: string;
  bodyHash: string;
  now: Date;
}

export type IdempotentEventOutcome =
  { kind: 'created'; stored: StoredEvent } | { kind: 'replayed'; stored: StoredEvent } | { kind: 'conflict' };

export class InvalidCursorError extends Error {
  constructor() {
    super('invalid cursor');
    this.name = 'InvalidCursorError';
  }
}

export interface Store {
  readonly attribution: Attribution;

  /** The 17 regions, ordered by code. */
  regions(): Promise<Region[]>;
  region(code: string): Promise<Region | undefined>;
  /** The 104 MRCs/TEs, optionally of one region, ordered by code. */
  mrcs(filter: { region?: string | undefined }): Promise<Mrc[]>;
  /** Accent-, case-, hyphen-insensitive search, ranked exact > prefix > word prefix > substring, then by name. */
  searchMunicipalities(query: MunicipalitySearch): Promise<PageResult<Municipality>>;
  municipality(code: string): Promise<Municipality | undefined>;

  organizations(): Promise<Organization[]>;
  organization(id: string): Promise<Organization | undefined>;
  advisors(filter: { region?: string | undefined }): Promise<Advisor[]>;

  /** Events ordered by start then id; cursor-paginated. */
  events(query: EventSearch): Promise<PageResult<EventRecord>>;
  event(id: string): Promise<EventRecord | undefined>;

  findKey(key: string): Promise<ApiKey | undefined>;

  /**
   * Stores a contact request exactly once per (apiKeyId, idempotencyKey):
   * a first call creates it and remembers `bodyHash`; a repeat with the same
   * hash returns the original receipt; a repeat with another hash is a conflict.
   * Assigns an organization serving the first region and a reference EER-YYYY-NNNNNN.
   */
  createContactRequest(
    idempotencyKey: string,
    bodyHash: string,
    input: ContactInput,
    context: ContactContext,
  ): Promise<IdempotentOutcome>;
  /** The requests assigned to one organization, newest first; a cursor is bound to the status filter. */
  listContactRequests(
    organizationId: string,
    query: ContactRequestSearch,
  ): Promise<PageResult<ContactRequest>>;
  /** Number of stored contact requests (tests check that refused input stores nothing). */
  countContactRequests(): Promise<number>;

  /** Whether the database holds the demo's sample data or is a production database. */
  readonly mode: StoreMode;
  /**
   * Changes whenever any process commits a change to the database: answers kept
   * in memory (reference data) are valid only while it stays the same.
   */
  dataVersion(): string;

  // Operator (eer-admin) and write API. Business rules live in src/operations/.
  organizationAccounts(): Promise<OrganizationAccount[]>;
  organizationAccount(idOrSlug: string): Promise<OrganizationAccount | undefined>;
  insertOrganization(write: OrganizationWrite, now: Date): Promise<OrganizationAccount>;
  updateOrganization(id: string, write: OrganizationWrite, now: Date): Promise<OrganizationAccount>;

  insertApiKey(write: ApiKeyWrite): Promise<ApiKeyInfo>;
  apiKeys(filter: { organizationId?: string | undefined }): Promise<ApiKeyInfo[]>;
  apiKey(id: string): Promise<ApiKeyInfo | undefined>;
  /** Sets revoked_at; a revoked key is no longer found by findKey. */
  revokeApiKey(id: string, now: Date): Promise<ApiKeyInfo | undefined>;
  /** Records a use of the key (callers throttle: at most about once a minute per key). */
  touchApiKey(id: string, now: Date): Promise<void>;

  storedEvent(id: string): Promise<StoredEvent | undefined>;
  eventBySourceUid(organizationId: string, uid: string): Promise<StoredEvent | undefined>;
  /** Every event of one organization (or all), by start. */
  eventsOf(filter: { organizationId?: string | undefined }): Promise<StoredEvent[]>;
  insertEvent(write: EventWrite, now: Date): Promise<StoredEvent>;
  /**
   * Runs `create` (which inserts one event) at most once per (apiKeyId, idempotencyKey),
   * in one write transaction holding a lock on that pair (store/idempotency.ts), so two
   * processes racing with the same key cannot both create: a repeat with the same body hash
   * gives the event created first (as it is now), another hash is a conflict. A `create`
   * that throws stores nothing, the key included.
   */
  createEventOnce(
    claim: IdempotencyClaim,
    create: () => Promise<StoredEvent>,
  ): Promise<IdempotentEventOutcome>;
  /** Replaces the event's fields when its version is still `expectedVersion`; 'stale' otherwise. */
  replaceEvent(write: EventWrite, expectedVersion: number, now: Date): Promise<StoredEvent | 'stale'>;

  contactRequest(id: string): Promise<ContactRequest | undefined>;
  /** Changes the status (and updatedAt); undefined when no such request. */
  setContactRequestStatus(
    id: string,
    status: ContactRequestStatus,
    now: Date,
  ): Promise<ContactRequest | undefined>;

  // Notifications (src/notifications/, src/operations/webhooks.ts). Creating a request and
  // changing its status write their outbox rows in the same transaction.
  /** Which e-mail rows new events get (set once by the server from its configuration). */
  setEmailChannel(channel: EmailChannel): void;
  /** Called after a commit of this connection wrote deliveries (the worker wakes up at once). */
  onDeliveriesEnqueued(listener: () => void): () => void;
  insertWebhookEndpoint(write: WebhookEndpointWrite): Promise<WebhookEndpointInfo>;
  webhookEndpoints(filter: { organizationId?: string | undefined }): Promise<WebhookEndpointInfo[]>;
  webhookEndpoint(id: string): Promise<WebhookEndpointInfo | undefined>;
  /** New secret; the current one keeps signing until `previousValidUntil`. */
  rotateWebhookSecret(
    id: string,
    secret: string,
    previousValidUntil: Date,
    now: Date,
  ): Promise<WebhookEndpointInfo | undefined>;
  /** The secrets that sign a delivery now: the current one, then the previous one while it is valid. */
  webhookSigningSecrets(id: string, now: Date): Promise<string[]>;
  /**
   * Leases up to `limit` due deliveries to `owner` until now + leaseMs, in one write:
   * a row leased by another live worker is never returned.
   */
  claimDeliveries(owner: string, now: Date, leaseMs: number, limit: number): Promise<ClaimedDelivery[]>;
  /** Marks a claimed delivery sent; false if `owner` no longer holds its lease. */
  completeDelivery(id: string, owner: string, now: Date): Promise<boolean>;
  /** Records a failed attempt: retried at `retryAt`, or `failed` when null; false without the lease. */
  failDelivery(id: string, owner: string, error: string, retryAt: Date | null, now: Date): Promise<boolean>;
  /** Gives back the leases of `owner` (a worker stopping) so another worker need not wait for them. */
  releaseDeliveries(owner: string): Promise<void>;
  /** `failed` deliveries (all, one, or one endpoint's) become due again now, with a new retry window. */
  retryFailedDeliveries(
    filter: { id?: string | undefined; endpointId?: string | undefined },
    now: Date,
  ): Promise<number>;
  deliveries(filter: DeliveryFilter): Promise<DeliveryInfo[]>;

  contactRequestByReference(reference: string): Promise<ContactRequest | undefined>;
  /**
   * Erases the personal fields of one request (`id`) or of every request created before
   * `createdBefore` (not yet erased), and their outbox payloads; pending deliveries are
   * cancelled. Then checkpoints the WAL so the erased bytes leave the disk. Returns the
   * erased requests' ids.
   */
  eraseContactRequests(filter: { id: string } | { createdBefore: Date }, now: Date): Promise<string[]>;

  /**
   * A rate-limit counter shared by every process on the database (PostgreSQL); undefined
   * when one process holds the data (SQLite), which counts in memory instead.
   */
  sharedRateLimitCounter(
    name: string,
    options: RateLimitOptions,
    clock: () => Date,
  ): RateLimitCounter | undefined;
  /** Which engine holds the data. */
  readonly backend: 'sqlite' | 'postgres';
  /** Whether the database answers now (GET /healthz). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** SQLite: file path, or ':memory:'. The parent folder is created if missing. Ignored with `url`. */
  path: string;
  /** PostgreSQL: `postgres://user:pass@host:5432/db?sslmode=require`; when set, `path` is not used. */
  url?: string | undefined;
  /** PostgreSQL connections per process (default 10). */
  poolSize?: number | undefined;
  /** PostgreSQL statement_timeout in milliseconds (default 10,000; 0: none). */
  statementTimeoutMs?: number | undefined;
  /**
   * The file holding the key that seals webhook secrets (store/sealed-secrets.ts). Default:
   * beside the SQLite file; with PostgreSQL it is required and every process must share it.
   */
  sealingKeyFile?: string | undefined;
  /**
   * What the database must be. A new database becomes this; an existing one of the
   * other mode is refused with ModeMismatchError. Default `demo`.
   */
  mode?: StoreMode;
  /** "Now" for the sample events, so a fresh database always has upcoming events. */
  now?: Date;
}

/** Opening a demo database in production mode, or the reverse. */
export class ModeMismatchError extends Error {
  constructor(
    readonly expected: StoreMode,
    readonly actual: StoreMode,
    readonly path: string,
  ) {
    super(
      actual === 'demo'
        ? `${path} is a demo database (sample partners, advisors, events and public test keys): ` +
            'production mode refuses it. Point DATABASE_PATH at a new file for production, ' +
            'or set EER_DEMO=1 to run the demo.'
        : `${path} is a production database: the demo (EER_DEMO=1, pnpm start) refuses to add sample ` +
            'data and test keys to it. Use another DATABASE_PATH for the demo.',
    );
    this.name = 'ModeMismatchError';
  }
}
