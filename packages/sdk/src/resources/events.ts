import type { Language } from '@emplois-en-regions/schemas';
import { Event, EventList, EventQuery, Id } from '@emplois-en-regions/schemas/wire';
import type { CallOptions, EerCore } from '../core.js';
import type { PagedList } from '../pagination.js';
import { validateInput } from '../validation.js';
import { listRequest, pathParameter, type WithLimit } from './list-request.js';

/**
 * Filters of the event list: `region`, `type`, `from` (default: now, i.e. events not
 * yet ended), `to`, and the page `limit`/`cursor`.
 *
 * @example
 * ```ts
 * const query: EventSearch = { region: '04', type: 'info-session', from: '2026-01-01' };
 * ```
 */
export type EventSearch = WithLimit<EventQuery>;

/**
 * Filters of the iCalendar feed, and the language of its texts (default: the client's).
 *
 * @example
 * ```ts
 * const query: EventFeedQuery = { region: '04', lang: 'en' };
 * ```
 */
export type EventFeedQuery = Omit<EventQuery, 'limit' | 'cursor'> & {
  /** Language of the calendar's texts (default: the client's). */
  lang?: Language | undefined;
};

/**
 * The program's events: forums, webinars, information sessions, job fairs and
 * exploratory stays, with their iCalendar files.
 *
 * @example
 * ```ts
 * const { data } = await client.events.list({ region: '04', limit: 3 });
 * ```
 */
export interface EventsResource {
  /**
   * Events by start time, paginated.
   *
   * @example
   * ```ts
   * for await (const event of client.events.list({ type: 'webinar' })) console.log(event.start, event.title.fr);
   * ```
   */
  list(query?: EventSearch, options?: CallOptions): PagedList<EventList, Event>;
  /**
   * One event by id; rejects with a `NotFoundError` if unknown.
   *
   * @example
   * ```ts
   * const event = await client.events.get('evt_forum-2026');
   * ```
   */
  get(id: string, options?: CallOptions): Promise<Event>;
  /**
   * URL of one event's iCalendar file, for an "add to calendar" link.
   *
   * @example
   * ```ts
   * link.href = client.events.icsUrl(event.id);
   * ```
   */
  icsUrl(id: string): string;
  /**
   * URL of the iCalendar feed of the filtered events, to subscribe to from a calendar app.
   * Throws an `InvalidRequestError` (kind `validation`) for a refused filter.
   *
   * @example
   * ```ts
   * link.href = client.events.feedUrl({ region: '04' });
   * ```
   */
  feedUrl(query?: EventFeedQuery): string;
}

/**
 * The events resource on a core, for tree-shaken bundles.
 *
 * @example
 * ```ts
 * import { createCore, eventsResource } from '@emplois-en-regions/sdk';
 *
 * const events = eventsResource(createCore({ key: 'pk_test_demo' }));
 * const { data } = await events.list({ region: '04' });
 * ```
 */
export function eventsResource(core: EerCore): EventsResource {
  return {
    list: (query, options) => listEvents(core, query, options),
    get: async (id, options) =>
      core.request({ ...options, path: `events/${pathParameter(core, Id, 'id', id)}`, schema: Event }),
    icsUrl: (id) => core.url(`events/${pathParameter(core, Id, 'id', id)}.ics`),
    feedUrl: ({ lang = core.lang, ...filters } = {}) => {
      const checked = validateInput(EventQuery, filters, core.lang, 'invalid_query');
      return core.url('events.ics', { ...checked, lang });
    },
  };
}

/**
 * {@link EventsResource.list} alone, on a core. A resource brings all its methods
 * (and their validators) into a bundle; a page that only lists events imports this.
 *
 * @example
 * ```ts
 * const { data } = await listEvents(createCore({ key: 'pk_test_demo' }), { region: '04', limit: 3 });
 * ```
 */
export function listEvents(
  core: EerCore,
  query?: EventSearch,
  options?: CallOptions,
): PagedList<EventList, Event> {
  return listRequest(core, 'events', EventList, options, { schema: EventQuery, value: query });
}
