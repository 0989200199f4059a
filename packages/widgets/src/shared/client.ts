import { createClient, type EerClient } from '@emplois-en-regions/sdk';
import type { Lang } from './i18n.js';

/**
 * One SDK client per (API base, key, language) for the whole page, so three
 * widgets asking for the regions share one request and one cache.
 */
const clients = new Map<string, EerClient>();

export function sharedClient(apiBase: string | undefined, apiKey: string | undefined, lang: Lang): EerClient {
  const id = `${apiBase ?? ''}\n${apiKey ?? ''}\n${lang}`;
  let client = clients.get(id);
  if (!client) {
    client = createClient({ baseUrl: apiBase || undefined, key: apiKey || undefined, lang });
    clients.set(id, client);
  }
  return client;
}
