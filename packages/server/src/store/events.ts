import type { EventFormat, EventStatus, EventType } from '@emplois-en-regions/schemas';
import type { Db } from './database.js';
import { findOne } from './lookup.js';
import { keysetList, readPage } from './page.js';
import type { EventRecord, EventSearch, PageResult, Store } from './types.js';

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
}

const EVENT_SELECT = `
  SELECT e.*, m.name AS municipality_name, m.region_code AS municipality_region_code,
    (SELECT json_group_array(region_code ORDER BY position)
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

/** Events by start time, then id. */
const EVENT_PAGES = keysetList('events', ['integer', 'string'], (row: EventRow) => [row.start_ms, row.id]);

type EventQueries = Pick<Store, 'events' | 'event'>;

export function eventQueries(db: Db): EventQueries {
  const oneEvent = db.prepare<[string], EventRow>(`${EVENT_SELECT} WHERE e.id = ?`);
  const search = db.prepare<
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
  >(`
    ${EVENT_SELECT}
    WHERE e.end_ms >= @fromMs
      AND (@toMs IS NULL OR e.start_ms < @toMs)
      AND (@type IS NULL OR e.type = @type)
      AND (@region IS NULL
        OR EXISTS (SELECT 1 FROM event_regions r WHERE r.event_id = e.id AND r.region_code = @region))
      AND (@afterStartMs IS NULL OR e.start_ms > @afterStartMs OR (e.start_ms = @afterStartMs AND e.id > @afterId))
    ORDER BY e.start_ms, e.id
    LIMIT @limit
  `);

  return {
    events(query: EventSearch): PageResult<EventRecord> {
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
  };
}
