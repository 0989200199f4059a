import type { EventFormat, EventStatus, EventType } from '@emplois-en-regions/schemas';
import { statement, type Dialect, type Sql } from './sql.js';
import { idempotentCreator } from './idempotency.js';
import { findOne } from './lookup.js';
import { keysetList, readPage } from './page.js';
import { TORONTO } from '../time/toronto.js';
import { formatWithOffset } from '../time/zone.js';
import { EVENT_REGIONS, replaceRegionLinks, type SeedRow } from './seed-rows.js';
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

/**
 * An event's columns, whoever writes it (the seed, the operator, the write API): each
 * instant kept with its Québec offset and as UTC milliseconds. Its regions, its
 * `sample` flag and its import UID are written beside.
 */
export function eventRow(event: Omit<EventWrite, 'regionCodes' | 'sourceUid'>): SeedRow {
  return {
    id: event.id,
    type: event.type,
    format: event.format,
    status: event.status,
    title_fr: event.title.fr,
    title_en: event.title.en,
    summary_fr: event.summary.fr,
    summary_en: event.summary.en,
    start_at: formatWithOffset(event.start, TORONTO),
    end_at: formatWithOffset(event.end, TORONTO),
    start_ms: event.start.getTime(),
    end_ms: event.end.getTime(),
    time_zone: TORONTO,
    venue: event.location?.venue ?? null,
    address: event.location?.address ?? null,
    municipality_code: event.location?.municipalityCode ?? null,
    online_url: event.onlineUrl,
    registration_url: event.registrationUrl,
    organization_id: event.organizationId,
    languages: JSON.stringify(event.languages),
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
    VALUES (@id, @type, @format, @status, @title_fr, @title_en, @summary_fr, @summary_en, @start_at, @end_at,
      @start_ms, @end_ms, @time_zone, @venue, @address, @municipality_code, @online_url, @registration_url,
      @organization_id, @languages, 0, 'operator', 1, @now, @now, @source_uid)
  `,
  );
  const update = statement(
    db,
    `
    UPDATE events SET type = @type, format = @format, status = @status, title_fr = @title_fr,
      title_en = @title_en, summary_fr = @summary_fr, summary_en = @summary_en, start_at = @start_at,
      end_at = @end_at, start_ms = @start_ms, end_ms = @end_ms, venue = @venue, address = @address,
      municipality_code = @municipality_code, online_url = @online_url, registration_url = @registration_url,
      languages = @languages, source_uid = @source_uid, version = version + 1, updated_at = @now
    WHERE id = @id AND version = @expectedVersion
  `,
  );
  const stored = async (id: string): Promise<StoredEvent> => {
    const row = await oneEvent.get(id);
    if (!row) throw new Error(`event ${id} vanished inside its transaction`);
    return toStoredEvent(row);
  };
  const insertOne = (write: EventWrite, now: Date) =>
    db.transaction(async () => {
      await insert.run({ ...eventRow(write), source_uid: write.sourceUid, now: now.toISOString() });
      await replaceRegionLinks(db, EVENT_REGIONS, [write]);
      return stored(write.id);
    });
  const replaceOne = (write: EventWrite, expectedVersion: number, now: Date) =>
    db.transaction(async () => {
      const { changes } = await update.run({
        ...eventRow(write),
        source_uid: write.sourceUid,
        expectedVersion,
        now: now.toISOString(),
      });
      if (changes === 0) return 'stale' as const;
      await replaceRegionLinks(db, EVENT_REGIONS, [write]);
      return stored(write.id);
    });
  const once = idempotentCreator(db, {
    table: 'event_idempotency_keys',
    createdColumn: 'event_id',
    lockScope: 'event',
  });
  // `create` calls insertEvent, whose own transaction joins this one.
  const createOnce = async (
    claim: IdempotencyClaim,
    create: () => Promise<StoredEvent>,
  ): Promise<IdempotentEventOutcome> => {
    const outcome = await once(
      claim,
      async () => {
        const created = await create();
        return { id: created.event.id, value: created };
      },
      stored,
    );
    return outcome.kind === 'conflict' ? outcome : { kind: outcome.kind, stored: outcome.value };
  };
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
