import { randomBytes } from 'node:crypto';
import type { ContactRequest, ContactRequestReceipt } from '@emplois-en-regions/schemas';
import { statement, type Sql } from './sql.js';
import { idempotentCreator } from './idempotency.js';
import { findOne } from './lookup.js';
import type { Outbox } from './outbox.js';
import { keysetList, readPage } from './page.js';
import { TORONTO } from '../time/toronto.js';
import { addBusinessDays, formatLocalDate, localDateOf } from '../time/zone.js';
import type {
  ContactRequestStatus,
  ContactContext,
  ContactInput,
  ContactRequestSearch,
  IdempotentOutcome,
  PageResult,
  Store,
} from './types.js';

/** Promised delay before an advisor answers. */
export const RESPONSE_DELAY_BUSINESS_DAYS = 2;

interface ContactRequestRow {
  seq: number;
  id: string;
  reference: string;
  organization_id: string;
  organization_name: string;
  created_at: string;
  created_ms: number;
  region_codes: string;
  name: string;
  email: string;
  phone: string | null;
  municipality_code: string | null;
  message: string;
  preferred_language: 'fr' | 'en';
  consent_at: string;
  privacy_policy_url: string | null;
  origin: string | null;
  response_delay_business_days: number;
  respond_by: string;
  status: ContactRequestStatus;
  updated_at: string | null;
  erased_at: string | null;
}

const CONTACT_REQUEST_SELECT = `
  SELECT c.*, o.name AS organization_name
  FROM contact_requests c JOIN organizations o ON o.id = c.organization_id
`;

function toReceipt(row: ContactRequestRow): ContactRequestReceipt {
  return {
    id: row.id,
    reference: row.reference,
    status: 'received',
    createdAt: row.created_at,
    regionCodes: JSON.parse(row.region_codes) as string[],
    organization: { id: row.organization_id, name: row.organization_name },
    responseDelayBusinessDays: row.response_delay_business_days,
    respondBy: row.respond_by,
  };
}

function toContactRequest(row: ContactRequestRow): ContactRequest {
  return {
    ...toReceipt(row),
    status: row.status,
    updatedAt: row.updated_at ?? row.created_at,
    erasedAt: row.erased_at,
    name: row.name,
    email: row.email,
    phone: row.phone,
    municipalityCode: row.municipality_code,
    message: row.message,
    preferredLanguage: row.preferred_language,
    consentAt: row.consent_at,
    privacyPolicyUrl: row.privacy_policy_url,
    origin: row.origin,
  };
}

/** `EER-2026-000123`: the year in Québec and a sequence that restarts each year. */
export function formatReference(year: number, sequence: number): string {
  return `EER-${year}-${String(sequence).padStart(6, '0')}`;
}

/** An organization's requests, newest first. */
const CONTACT_REQUEST_PAGES = keysetList(
  'contact-requests',
  ['integer', 'integer'],
  (row: ContactRequestRow) => [row.created_ms, row.seq],
);

type ContactRequestQueries = Pick<
  Store,
  | 'createContactRequest'
  | 'listContactRequests'
  | 'countContactRequests'
  | 'contactRequest'
  | 'contactRequestByReference'
  | 'setContactRequestStatus'
>;

/**
 * `outbox` receives, inside the same transaction, what must be sent about a new
 * request or a status change (src/notifications/ sends it).
 */
export function contactRequestQueries(db: Sql, outbox: Outbox): ContactRequestQueries {
  const once = idempotentCreator(db, {
    table: 'idempotency_keys',
    createdColumn: 'contact_request_id',
    lockScope: 'contact',
  });
  // A partner serving the first region before a program lead; within each, the one
  // with the fewest requests so far, so the load spreads; the id breaks ties.
  const assignOrganization = statement<[string], { id: string }>(
    db,
    `
    SELECT o.id FROM organizations o
    JOIN organization_regions r ON r.organization_id = o.id AND r.region_code = ?
    ORDER BY CASE o.role WHEN 'partner' THEN 0 ELSE 1 END, o.contact_request_count, o.id
    LIMIT 1
  `,
  );
  const anyLead = statement<[], { id: string }>(
    db,
    `
    SELECT o.id FROM organizations o WHERE o.role = 'lead'
    ORDER BY o.contact_request_count, o.id
    LIMIT 1
  `,
  );
  const countAssignment = statement<[string]>(
    db,
    'UPDATE organizations SET contact_request_count = contact_request_count + 1 WHERE id = ?',
  );
  const nextSequence = statement<[number], { last_value: number }>(
    db,
    `
    INSERT INTO reference_counters (year, last_value) VALUES (?, 1)
    ON CONFLICT (year) DO UPDATE SET last_value = reference_counters.last_value + 1
    RETURNING last_value
  `,
  );
  const insertRequest = statement(
    db,
    `
    INSERT INTO contact_requests (id, reference, organization_id, api_key_id, created_at, created_ms, region_codes,
      name, email, phone, municipality_code, message, preferred_language, consent_at, privacy_policy_url, origin,
      response_delay_business_days, respond_by, status, updated_at)
    VALUES (@id, @reference, @organizationId, @apiKeyId, @createdAt, @createdMs, @regionCodes,
      @name, @email, @phone, @municipalityCode, @message, @preferredLanguage, @consentAt, @privacyPolicyUrl,
      @origin, @responseDelayBusinessDays, @respondBy, 'new', @createdAt)
  `,
  );
  const byId = statement<[string], ContactRequestRow>(db, `${CONTACT_REQUEST_SELECT} WHERE c.id = ?`);
  const byReference = statement<[string], ContactRequestRow>(
    db,
    `${CONTACT_REQUEST_SELECT} WHERE c.reference = ?`,
  );
  const ofOrganization = statement<
    {
      organizationId: string;
      status: ContactRequestStatus | null;
      afterMs: number | null;
      afterSeq: number | null;
      limit: number;
    },
    ContactRequestRow
  >(
    db,
    `
    ${CONTACT_REQUEST_SELECT}
    WHERE c.organization_id = @organizationId
      AND (CAST(@status AS TEXT) IS NULL OR c.status = @status)
      AND (CAST(@afterMs AS BIGINT) IS NULL OR c.created_ms < @afterMs
        OR (c.created_ms = @afterMs AND c.seq < @afterSeq))
    ORDER BY c.created_ms DESC, c.seq DESC
    LIMIT @limit
  `,
  );
  const count = statement<[], { count: number }>(db, 'SELECT count(*) AS count FROM contact_requests');
  const setStatus = statement<[string, string, string]>(
    db,
    'UPDATE contact_requests SET status = ?, updated_at = ? WHERE id = ?',
  );

  async function rowOf(id: string): Promise<ContactRequestRow> {
    const row = await byId.get(id);
    if (!row) throw new Error(`contact request ${id} vanished inside its transaction`);
    return row;
  }

  /**
   * Inserts the request and its outbox rows. What only reads comes first; the two counters
   * (the organization's, the year's reference number) are rows every concurrent transaction
   * updates, so they come last, to be held locked (PostgreSQL) for as few statements as possible.
   */
  async function insert(input: ContactInput, context: ContactContext): Promise<ContactRequestRow> {
    const firstRegion = input.regionCodes[0] ?? '';
    const organization = (await assignOrganization.get(firstRegion)) ?? (await anyLead.get());
    if (!organization)
      throw new Error('no organization to assign a contact request to: is the database seeded?');
    const plan = await outbox.plan(organization.id, 'contact_request.created');
    await countAssignment.run(organization.id);
    const today = localDateOf(context.now, TORONTO);
    // One atomic statement: concurrent transactions (other processes) each get their own number.
    const sequence = (await nextSequence.get(today.year))?.last_value ?? 1;
    const createdAt = context.now.toISOString();
    const id = `cr_${randomBytes(12).toString('base64url')}`;
    await insertRequest.run({
      id,
      reference: formatReference(today.year, sequence),
      organizationId: organization.id,
      apiKeyId: context.apiKeyId,
      createdAt,
      createdMs: context.now.getTime(),
      regionCodes: JSON.stringify(input.regionCodes),
      name: input.name,
      email: input.email,
      phone: input.phone ?? null,
      municipalityCode: input.municipalityCode ?? null,
      message: input.message,
      preferredLanguage: input.preferredLanguage,
      // Consent is given by submitting the form: `consent: true` is required by the schema.
      consentAt: createdAt,
      privacyPolicyUrl: input.privacyPolicyUrl ?? null,
      origin: context.origin,
      responseDelayBusinessDays: RESPONSE_DELAY_BUSINESS_DAYS,
      respondBy: formatLocalDate(addBusinessDays(today, RESPONSE_DELAY_BUSINESS_DAYS)),
    });
    const row = await rowOf(id);
    await outbox.write(plan, toContactRequest(row), 'contact_request.created', context.now);
    return row;
  }

  const createOnce = async (
    idempotencyKey: string,
    bodyHash: string,
    input: ContactInput,
    context: ContactContext,
  ): Promise<IdempotentOutcome> => {
    const outcome = await once(
      { apiKeyId: context.apiKeyId, idempotencyKey, bodyHash, now: context.now },
      async () => {
        const row = await insert(input, context);
        return { id: row.id, value: row };
      },
      rowOf,
    );
    return outcome.kind === 'conflict' ? outcome : { kind: outcome.kind, receipt: toReceipt(outcome.value) };
  };

  // The status and its `contact_request.updated` deliveries commit together.
  const changeStatus = (id: string, status: ContactRequestStatus, now: Date) =>
    db.transaction(async () => {
      await setStatus.run(status, now.toISOString(), id);
      const row = await byId.get(id);
      if (!row) return undefined;
      const request = toContactRequest(row);
      await outbox.enqueue(request, 'contact_request.updated', now);
      return request;
    });

  return {
    async createContactRequest(idempotencyKey, bodyHash, input, context) {
      const outcome = await createOnce(idempotencyKey, bodyHash, input, context);
      outbox.flush();
      return outcome;
    },

    listContactRequests(
      organizationId: string,
      query: ContactRequestSearch,
    ): Promise<PageResult<ContactRequest>> {
      const status = query.status ?? null;
      // Unfiltered lists keep their former binding, so cursors already handed out stay valid.
      const boundTo = status === null ? [organizationId] : [organizationId, status];
      const page = { boundTo, cursor: query.cursor, limit: query.limit };
      return readPage(
        CONTACT_REQUEST_PAGES,
        page,
        ([afterMs, afterSeq], limit) =>
          ofOrganization.all({ organizationId, status, afterMs, afterSeq, limit }),
        toContactRequest,
      );
    },

    countContactRequests: async () => (await count.get())?.count ?? 0,

    contactRequest: findOne(byId, toContactRequest),

    contactRequestByReference: findOne(byReference, toContactRequest),

    async setContactRequestStatus(id, status, now) {
      const request = await changeStatus(id, status, now);
      outbox.flush();
      return request;
    },
  };
}
