/**
 * The contract between the HTTP layer (src/app.ts, src/http/…) and the
 * embedded database (src/store/…). Everything here is synchronous: better-sqlite3
 * runs each call to completion, which also serializes concurrent duplicates of
 * an idempotent request without extra locking.
 */
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

export class InvalidCursorError extends Error {
  constructor() {
    super('invalid cursor');
    this.name = 'InvalidCursorError';
  }
}

export interface Store {
  readonly attribution: Attribution;

  /** The 17 regions, ordered by code. */
  regions(): Region[];
  region(code: string): Region | undefined;
  /** The 104 MRCs/TEs, optionally of one region, ordered by code. */
  mrcs(filter: { region?: string | undefined }): Mrc[];
  /** Accent-, case-, hyphen-insensitive search, ranked exact > prefix > word prefix > substring, then by name. */
  searchMunicipalities(query: MunicipalitySearch): PageResult<Municipality>;
  municipality(code: string): Municipality | undefined;

  organizations(): Organization[];
  organization(id: string): Organization | undefined;
  advisors(filter: { region?: string | undefined }): Advisor[];

  /** Events ordered by start then id; cursor-paginated. */
  events(query: EventSearch): PageResult<EventRecord>;
  event(id: string): EventRecord | undefined;

  findKey(key: string): ApiKey | undefined;

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
  ): IdempotentOutcome;
  /** The requests assigned to one organization, newest first. */
  listContactRequests(organizationId: string, query: PageQuery): PageResult<ContactRequest>;
  /** Number of stored contact requests (tests check that refused input stores nothing). */
  countContactRequests(): number;

  close(): void;
}

export interface StoreOptions {
  /** File path, or ':memory:'. The parent folder is created if missing. */
  path: string;
  /** "Now" for the sample events, so a fresh database always has upcoming events. */
  now?: Date;
}
