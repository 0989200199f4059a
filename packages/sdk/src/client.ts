import { createCore, type ClientOptions, type EerCore } from './core.js';
import { advisorsResource, type AdvisorsResource } from './resources/advisors.js';
import { contactRequestsResource, type ContactRequestsResource } from './resources/contact-requests.js';
import { eventsResource, type EventsResource } from './resources/events.js';
import { mrcsResource, type MrcsResource } from './resources/mrcs.js';
import { municipalitiesResource, type MunicipalitiesResource } from './resources/municipalities.js';
import { organizationsResource, type OrganizationsResource } from './resources/organizations.js';
import { regionsResource, type RegionsResource } from './resources/regions.js';

/**
 * A client with every resource of the API v1.
 *
 * @example
 * ```ts
 * const client: EerClient = createClient({ baseUrl: 'https://eer.example.org', key: 'pk_live_…' });
 * ```
 */
export interface EerClient {
  /** The 17 administrative regions. */
  readonly regions: RegionsResource;
  /** MRCs and equivalent territories. */
  readonly mrcs: MrcsResource;
  /** Search of the 1,281 municipal entities. */
  readonly municipalities: MunicipalitiesResource;
  /** The program's organizations and partners. */
  readonly organizations: OrganizationsResource;
  /** Advisors by region. */
  readonly advisors: AdvisorsResource;
  /** Events and their iCalendar URLs. */
  readonly events: EventsResource;
  /** The advisor contact form (and, with a secret key, the requests received). */
  readonly contactRequests: ContactRequestsResource;
  /** The transport underneath, for {@link EerCore.request} or for more resource factories. */
  readonly core: EerCore;
}

/**
 * Creates a client with every resource. Share one client between the parts of a
 * page: identical calls in flight and cached answers are shared per client.
 * (For the smallest bundle, compose {@link createCore} with the resources you use.)
 *
 * @example
 * ```ts
 * import { createClient } from '@emplois-en-regions/sdk';
 *
 * const client = createClient({ baseUrl: 'https://eer.example.org', key: 'pk_live_…', lang: 'fr' });
 * const { data: regions } = await client.regions.list();
 * const upcoming = await client.events.list({ region: '04', limit: 3 });
 * ```
 */
export function createClient(options: ClientOptions = {}): EerClient {
  const core = createCore(options);
  return {
    regions: regionsResource(core),
    mrcs: mrcsResource(core),
    municipalities: municipalitiesResource(core),
    organizations: organizationsResource(core),
    advisors: advisorsResource(core),
    events: eventsResource(core),
    contactRequests: contactRequestsResource(core),
    core,
  };
}
