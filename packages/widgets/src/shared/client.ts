import {
  advisorsResource,
  createContactRequest,
  createCore,
  listEvents,
  listRegions,
  mrcsResource,
  municipalitiesResource,
  type ContactRequestsResource,
  type EventsResource,
  type RegionsResource,
} from '@emplois-en-regions/sdk';
import type { Lang } from './i18n.js';

/**
 * The SDK calls the widgets make, built on the SDK's core rather than
 * `createClient()`: resources no widget calls stay out of the CDN bundle, and so do
 * the methods no widget calls (`regions.get`, `events.get`, `contactRequests.list`…)
 * with their validators, which a whole resource object would bring along (≈ 330 B brotli).
 */
function widgetClient(apiBase: string, apiKey: string, lang: Lang) {
  const core = createCore({ baseUrl: apiBase, key: apiKey || undefined, lang });
  const regions: Pick<RegionsResource, 'list'> = { list: (options) => listRegions(core, options) };
  const events: Pick<EventsResource, 'list'> = {
    list: (query, options) => listEvents(core, query, options),
  };
  const contactRequests: Pick<ContactRequestsResource, 'create'> = {
    create: (input, options) => createContactRequest(core, input, options),
  };
  return {
    regions,
    mrcs: mrcsResource(core),
    municipalities: municipalitiesResource(core),
    advisors: advisorsResource(core),
    events,
    contactRequests,
  };
}

export type WidgetClient = ReturnType<typeof widgetClient>;

/**
 * One SDK client per (API base, key, language) for the whole page, so three
 * widgets asking for the regions share one request and one cache.
 */
const clients = new Map<string, WidgetClient>();

export function sharedClient(apiBase: string, apiKey: string, lang: Lang): WidgetClient {
  const id = `${apiBase}\n${apiKey}\n${lang}`;
  let client = clients.get(id);
  if (!client) {
    client = widgetClient(apiBase, apiKey, lang);
    clients.set(id, client);
  }
  return client;
}
