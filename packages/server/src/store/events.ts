import type { EventFormat, EventStatus, EventType } from '@emplois-en-regions/schemas';
import { statement, type Dialect, type Sql } from './sql.js';
import { findOne } from './lookup.js';
import { keysetList, readPage } from './page.js';
import { TORONTO } from '../time/toronto.js';
import { formatWithOffset } from '../time/zone.js';
import { replaceRegionLinks } from './seed-rows.js';
import type {
  EventRecord,
  EventSearch,
  EventWrite,
  IdempotencyClaim,
  IdempotentEventOutcome,
  PageResult,
  Store,
  StoredEvent,
} from './types.js';

/** How long an Idempotency-Key of POST /v1/events is remembered, as for contact requests. */
const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

interface EventRow {
  id: string;
  type: EventType;
  format: EventFormat;
  status: EventStatus;
  title_fr: string;
  title_en: string;
  summary_fr: string;
  summary_en: string;
  start_at: string;
  end_at: string;
  start_ms: number;
  time_zone: string;
  venue: string | null;
  address: string | null;
  municipality_code: string | null;
  municipality_name: string | null;
  municipality_region_code: string | null;
  online_url: string | null;
  registration_url: string | null;
  organization_id: string;
  languages: string;
  sample: number;
  region_codes: string;
  version: number;
  source_uid: string | null;
  managed_by: 'seed' | 'operator';
  created_at: string | null;
  updated_at: string | null;
}

const eventSelect = (dialect: Dialect) => `
  SELECT e.*, m.name AS municipality_name, m.region_code AS municipality_region_code,
    (SELECT ${dialect.jsonArray('region_code', 'position')}
       FROM event_regions WHERE event_id = e.id) AS region_codes
  FROM events e LEFT JOIN municipalities m ON m.code = e.municipality_code
`;

function toEventRecord(row: EventRow): EventRecord {
  return {
    id: row.id,
    title: { fr: row.title_fr, en: row.title_en },
    summary: { fr: row.summary_fr, en: row.summary_en },
    type: row.type,
    format: row.format,
    status: row.status,
    start: row.start_at,
    end: row.end_at,
    timeZone: row.time_zone,
    regionCodes: JSON.parse(row.region_codes) as string[],
    // The schema's CHECK ties venue and municipality together, and the foreign key keeps the join non-null.
    location:
      row.venue !== null && row.municipality_code !== null
        ? {
            venue: row.venue,
            address: row.address,
            municipalityCode: row.municipality_code,
            municipalityName: row.municipality_name ?? '',
            regionCode: row.municipality_region_code ?? '',
          }
        : null,
    onlineUrl: row.online_url,
    registrationUrl: row.registration_url,
    organizationId: row.organization_id,
    languages: JSON.parse(row.languages) as string[],
    sample: row.sample === 1,
  };
}

function toStoredEvent(row: EventRow): StoredEvent {
  return {
    event: toEventRecord(row),
    version: row.version,
    sourceUid: row.source_uid,
    managedBy: row.managed_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The columns of an event written by the operator or the write API. */
function eventColumns(write: EventWrite) {
  return {
    id: write.id,
    type: write.type,
    format: write.format,
    status: write.status,
    titleFr: write.title.fr,
    titleEn: write.title.en,
    summaryFr: write.summary.fr,
    summaryEn: write.summary.en,
    startAt: formatWithOffset(write.start, TORONTO),
    endAt: formatWithOffset(write.end, TORONTO),
    startMs: write.start.getTime(),
    endMs: write.end.getTime(),
    timeZone: TORONTO,
    venue: write.location?.venue ?? null,
    address: write.location?.address ?? null,
    municipalityCode: write.location?.municipalityCode ?? null,
    onlineUrl: write.onlineUrl,
    registrationUrl: write.registrationUrl,
    organizationId: write.organizationId,
    languages: JSON.stringify(write.languages),
    sourceUid: write.sourceUid,
  };
}

/** Events by start time, then id. */
const EVENT_PAGES = keysetList('events', ['integer', 'string'], (row: EventRow) => [row.start_ms, row.id]);

type EventQueries = Pick<
  Store,
  | 'events'
  | 'event'
  | 'storedEvent'
  | 'eventBySourceUid'
  | 'eventsOf'
  | 'insertEvent'
  | 'createEventOnce'
  | 'replaceEvent'
>;

export function eventQueries(db: Sql): EventQueries {
  const EVENT_SELECT = eventSelect(db.dialect);
  const oneEvent = statement<[string], EventRow>(db, `${EVENT_SELECT} WHERE e.id = ?`);
  const bySourceUid = statement<[string, string], EventRow>(
    db,
    `${EVENT_SELECT} WHERE e.organization_id = ? AND e.source_uid = ?`,
  );
  const ofOrganization = statement<{ organizationId: string | null }, EventRow>(
    db,
    `${EVENT_SELECT} WHERE CAST(@organizationId AS TEXT) IS NULL OR e.organization_id = @organizationId ORDER BY e.start_ms, e.id`,
  );
  const insert = statement(
    db,
    `
    INSERT INTO events (id, type, format, status, title_fr, title_en, summary_fr, summary_en, start_at, end_at,
      start_ms, end_ms, time_zone, venue, address, municipality_code, online_url, registration_url,
      organization_id, languages, sample, managed_by, version, created_at, updated_at, source_uid)
    VALUES (@id, @type, @format, @status, @titleFr, @titleEn, @summaryFr, @summaryEn, @startAt, @endAt,
      @startMs, @endMs, @timeZone, @venue, @address, @municipalityCode, @onlineUrl, @registrationUrl,
      @organizationId, @languages, 0, 'operator', 1, @now, @now, @sourceUid)
  `,
  );
  const update = statement(
    db,
    `
    UPDATE events SET type = @type, format = @format, status = @status, title_fr = @titleFr, title_en = @titleEn,
      summary_fr = @summaryFr, summary_en = @summaryEn, start_at = @startAt, end_at = @endAt, start_ms = @startMs,
      end_ms = @endMs, venue = @venue, address = @address, municipality_code = @municipalityCode,
      online_url = @onlineUrl, registration_url = @registrationUrl, languages = @languages,
      source_uid = @sourceUid, version = version + 1, updated_at = @now
    WHERE id = @id AND version = @expectedVersion
  `,
  );
  const links = { table: 'event_regions', ownerColumn: 'event_id', ordered: true } as const;
  const stored = async (id: string): Promise<StoredEvent> => {
    const row = await oneEvent.get(id);
    if (!row) throw new Error(`event ${id} vanished inside its transaction`);
    return toStoredEvent(row);
  };
  const insertOne = (write: EventWrite, now: Date) =>
    db.transaction(async () => {
      await insert.run({ ...eventColumns(write), now: now.toISOString() });
      await replaceRegionLinks(db, links, [write]);
      return stored(write.id);
    });
  const replaceOne = (write: EventWrite, expectedVersion: number, now: Date) =>
    db.transaction(async () => {
      const { changes } = await update.run({
        ...eventColumns(write),
        expectedVersion,
        now: now.toISOString(),
      });
      if (changes === 0) return 'stale' as const;
      await replaceRegionLinks(db, links, [write]);
      return stored(write.id);
    });
  const forgetExpiredKeys = statement<[number]>(
    db,
    'DELETE FROM event_idempotency_keys WHERE created_ms < ?',
  );
  const findIdempotencyEntry = statement<[string, string], { body_hash: string; event_id: string }>(
    db,
    'SELECT body_hash, event_id FROM event_idempotency_keys WHERE api_key_id = ? AND idempotency_key = ?',
  );
  const rememberIdempotencyEntry = statement<[string, string, string, string, number]>(
    db,
    `
    INSERT INTO event_idempotency_keys (api_key_id, idempotency_key, body_hash, event_id, created_ms)
    VALUES (?, ?, ?, ?, ?)
  `,
  );
  // `create` calls insertEvent, whose own transaction becomes a savepoint of this one.
  const createOnce = (
    claim: IdempotencyClaim,
    create: () => Promise<StoredEvent>,
  ): Promise<IdempotentEventOutcome> =>
    db.transaction(async () => {
      await db.lock(`event:${claim.apiKeyId}:${claim.idempotencyKey}`);
      await forgetExpiredKeys.run(claim.now.getTime() - IDEMPOTENCY_TTL_MS);
      const previous = await findIdempotencyEntry.get(claim.apiKeyId, claim.idempotencyKey);
      if (previous) {
        return previous.body_hash === claim.bodyHash
          ? { kind: 'replayed', stored: await stored(previous.event_id) }
          : { kind: 'conflict' };
      }
      const created = await create();
      await rememberIdempotencyEntry.run(
        claim.apiKeyId,
        claim.idempotencyKey,
        claim.bodyHash,
        created.event.id,
        claim.now.getTime(),
      );
      return { kind: 'created', stored: created };
    });
  const search = statement<
    {
      region: string | null;
      type: string | null;
      fromMs: number;
      toMs: number | null;
      afterStartMs: number | null;
      afterId: string | null;
      limit: number;
    },
    EventRow
  >(
    db,
    `
    ${EVENT_SELECT}
    WHERE e.end_ms >= @fromMs
      AND (CAST(@toMs AS BIGINT) IS NULL OR e.start_ms < @toMs)
      AND (CAST(@type AS TEXT) IS NULL OR e.type = @type)
      AND (CAST(@region AS TEXT) IS NULL
        OR EXISTS (SELECT 1 FROM event_regions r WHERE r.event_id = e.id AND r.region_code = @region))
      AND (CAST(@afterStartMs AS BIGINT) IS NULL OR e.start_ms > @afterStartMs
        OR (e.start_ms = @afterStartMs AND e.id > @afterId))
    ORDER BY e.start_ms, e.id
    LIMIT @limit
  `,
  );

  return {
    events(query: EventSearch): Promise<PageResult<EventRecord>> {
      const region = query.region ?? null;
      const type = query.type ?? null;
      const toMs = query.to ? query.to.getTime() : null;
      // `from` is left out of the binding on purpose: it defaults to "now" in the HTTP
      // layer, so it differs on every page request of the same listing.
      const page = { boundTo: [region, type, toMs], cursor: query.cursor, limit: query.limit };
      return readPage(
        EVENT_PAGES,
        page,
        ([afterStartMs, afterId], limit) =>
          search.all({ region, type, fromMs: query.from.getTime(), toMs, afterStartMs, afterId, limit }),
        toEventRecord,
      );
    },

    event: findOne(oneEvent, toEventRecord),

    storedEvent: findOne(oneEvent, toStoredEvent),

    async eventBySourceUid(organizationId, uid) {
      const row = await bySourceUid.get(organizationId, uid);
      return row ? toStoredEvent(row) : undefined;
    },

    eventsOf: async (filter) =>
      (await ofOrganization.all({ organizationId: filter.organizationId ?? null })).map(toStoredEvent),

    insertEvent: insertOne,

    createEventOnce: createOnce,

    replaceEvent: replaceOne,
  };
}
