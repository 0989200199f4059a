import { EventQuery, Id } from '@emplois-en-regions/schemas';
import type { Event, Language } from '@emplois-en-regions/schemas';
import { ICS_CONTENT_TYPE, renderCalendar } from '../ics/calendar.js';
import { requestLanguage } from '../http/language.js';
import { problem } from '../http/problem.js';
import { eventEtag } from '../operations/events.js';
import { NO_QUERY, validateParam, validateQuery } from '../http/validation.js';
import { addVary } from '../http/vary.js';
import { EventFeedQuery, EventFileQuery } from '../schemas.js';
import type { EventRecord, EventSearch } from '../store/types.js';
import { boundFromQuery } from '../time/toronto.js';
import { baseUrl, type RouteDeps } from './deps.js';
import { DEFAULT_PAGE_SIZE, withCursor } from './paging.js';
import type { AppContext } from '../http/env.js';

/** A feed holds every match, read from the store in pages of this size, up to FEED_MAX_EVENTS. */
const FEED_PAGE_SIZE = 100;
const FEED_MAX_EVENTS = 1000;

interface EventFilters {
  region?: string | undefined;
  type?: EventSearch['type'];
  from?: string | undefined;
  to?: string | undefined;
}

/** An event as the API answers it: with the absolute URL of its iCalendar file (`base`: see baseUrl). */
export function eventBody(base: string, event: EventRecord): Event {
  return { ...event, icsUrl: `${base}/v1/events/${encodeURIComponent(event.id)}.ics` };
}

/** Program events as JSON and as iCalendar files. */
export function eventHandlers(deps: RouteDeps) {
  const { store, clock } = deps;

  const search = (filters: EventFilters): Omit<EventSearch, 'limit' | 'cursor'> => ({
    region: filters.region,
    type: filters.type,
    // Without `from`: events not yet ended.
    from: filters.from ? boundFromQuery(filters.from, 'from') : clock(),
    to: filters.to ? boundFromQuery(filters.to, 'to') : undefined,
  });

  const findEvent = async (id: string): Promise<EventRecord> => {
    const event = await store.event(id);
    if (!event) throw problem(404, 'not_found');
    return event;
  };

  const calendar = (
    c: AppContext,
    events: EventRecord[],
    lang: Language,
    filename: string,
    feed: boolean,
  ) => {
    addVary(c, 'Accept-Language');
    const body = renderCalendar(events, { lang, revisedAt: deps.startedAt, feed });
    return c.body(body, 200, {
      'Content-Type': ICS_CONTENT_TYPE,
      'Content-Disposition': `inline; filename="${filename}"`,
      'Content-Language': lang,
    });
  };

  return {
    async list(c: AppContext) {
      const query = validateQuery(c, EventQuery, ['key']);
      const page = await withCursor(c, () =>
        store.events({ ...search(query), limit: query.limit ?? DEFAULT_PAGE_SIZE, cursor: query.cursor }),
      );
      const base = baseUrl(c, deps);
      return c.json({
        data: page.data.map((event) => eventBody(base, event)),
        nextCursor: page.nextCursor,
      });
    },

    /** With the event's own ETag (its version), the one PATCH and DELETE take in If-Match. */
    async one(c: AppContext) {
      const id = validateParam(c, 'id', c.req.param('id') ?? '', Id);
      validateQuery(c, NO_QUERY, ['key']);
      const stored = await store.storedEvent(id);
      if (!stored) throw problem(404, 'not_found');
      c.header('ETag', eventEtag(stored));
      return c.json(eventBody(baseUrl(c, deps), stored.event));
    },

    /** `/v1/events/{id}.ics`: the route's parameter still carries the extension. */
    async calendar(c: AppContext) {
      const id = validateParam(c, 'id', (c.req.param('id') ?? '').replace(/\.ics$/, ''), Id);
      const query = validateQuery(c, EventFileQuery, ['key']);
      const event = await findEvent(id);
      return calendar(c, [event], query.lang ?? requestLanguage(c), `${event.id}.ics`, false);
    },

    async feed(c: AppContext) {
      const query = validateQuery(c, EventFeedQuery, ['key']);
      const filters = search(query);
      const events: EventRecord[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.events({ ...filters, limit: FEED_PAGE_SIZE, cursor });
        events.push(...page.data);
        cursor = page.nextCursor ?? undefined;
      } while (cursor && events.length < FEED_MAX_EVENTS);
      return calendar(
        c,
        events.slice(0, FEED_MAX_EVENTS),
        query.lang ?? requestLanguage(c),
        'emplois-en-regions.ics',
        true,
      );
    },
  };
}
