import {
  advisorsResource,
  contactRequestsResource,
  createCore,
  eventsResource,
  mrcsResource,
  municipalitiesResource,
  regionsResource,
} from '@emplois-en-regions/sdk';
import type { Lang } from './i18n.js';

/**
 * The resources the widgets use, built on the SDK's core rather than
 * `createClient()`: resources (and their validators) no widget calls stay out of
 * the CDN bundle.
 */
function widgetClient(apiBase: string, apiKey: string, lang: Lang) {
  const core = createCore({ baseUrl: apiBase, key: apiKey || undefined, lang });
  return {
    regions: regionsResource(core),
    mrcs: mrcsResource(core),
    municipalities: municipalitiesResource(core),
    advisors: advisorsResource(core),
    events: eventsResource(core),
    contactRequests: contactRequestsResource(core),
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
