import { Hono } from 'hono';
import { cached, eventData, noStore, referenceData } from './http/caching.js';
import { compressResponses } from './http/compression.js';
import { cors } from './http/cors.js';
import type { AppEnv } from './http/env.js';
import { errorHandler, methodNotAllowedProblem, routeNotFound } from './http/errors.js';
import { injectFaults, type FaultController } from './http/faults.js';
import { apiAccess, requireKey, requireSecretKey } from './http/keys.js';
import { requestLanguage } from './http/language.js';
import { consoleSink, requestLogger, type LogSink } from './http/logger.js';
import {
  DEFAULT_CONTACT_RATE_LIMIT,
  RateLimiter,
  rateLimit,
  type RateLimitOptions,
  type TrustProxy,
} from './http/rate-limit.js';
import { recordRequests, type RequestLog } from './http/request-log.js';
import { requestId } from './http/request-id.js';
import { staticFiles, type StaticMount } from './http/static-files.js';
import { contactRequestHandlers } from './routes/contact-requests.js';
import type { RouteDeps } from './routes/deps.js';
import { eventWriteHandlers } from './routes/event-writes.js';
import { eventHandlers } from './routes/events.js';
import { geographyHandlers } from './routes/geography.js';
import { DOCS_CSS_PATH, DOCS_PATH, metaHandlers } from './routes/meta.js';
import { organizationHandlers } from './routes/organizations.js';
import type { Store } from './store/types.js';

/** Reference answers kept in memory: 16 kB at most each (100 municipalities), so under 10 MB in all. */
const REFERENCE_ANSWERS_KEPT = 500;

export interface AppOptions {
  /** The embedded database (see `openStore`). */
  store: Store;
  /**
   * Absolute origin used in links (`icsUrl`, OpenAPI `servers`), e.g.
   * `https://api.example.org` behind a proxy. Default: the request's origin.
   */
  publicBaseUrl?: string | undefined;
  /** One line per request; `false` silences it (tests). Default: console. */
  logger?: LogSink | undefined;
  /** Contact-request rate limit per client address (across keys); `false` turns it off. Default 10 per 10 minutes. */
  rateLimit?: Partial<RateLimitOptions> | false | undefined;
  /**
   * Behind reverse proxies that append to `X-Forwarded-For`: how many hops (or which
   * proxy addresses) to trust, counted from the right (see TrustProxy). Default off:
   * without such a proxy, any client could pick its own address.
   */
  trustProxy?: TrustProxy | undefined;
  /** The clock (events' default `from`, contact requests' dates, rate-limit windows). Default: real time. */
  now?: (() => Date) | undefined;
  /** Folders served as files (CDN bundle, examples); see `StaticMount`. */
  staticMounts?: readonly StaticMount[] | undefined;
  /** Where `/` redirects (e.g. `/docs/` when the docs site is served); unset: `/` is a 404. */
  home?: string | undefined;
  /** Test servers only (see `startTestServer`): injected failures. Never set by a normal server. */
  faults?: FaultController | undefined;
  /** Test servers only: records every incoming request. */
  requests?: RequestLog | undefined;
}

/** The HTTP API v1 (docs/http-api.md) on a store. Each route lists its guards, caching and handler. */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const clock = options.now ?? (() => new Date());
  const sink = options.logger === undefined ? consoleSink : options.logger;
  const deps: RouteDeps = {
    store: options.store,
    clock,
    startedAt: clock(),
    publicBaseUrl: options.publicBaseUrl?.replace(/\/+$/, ''),
  };
  const contactLimits = { ...DEFAULT_CONTACT_RATE_LIMIT, ...(options.rateLimit || {}) };
  // Shared by every process on a PostgreSQL database; in memory when one process holds the data.
  const contactRateLimiter =
    options.rateLimit === false
      ? undefined
      : (options.store.sharedRateLimitCounter('contact', contactLimits, clock) ??
        new RateLimiter(contactLimits, clock));
  const meta = metaHandlers(deps);
  const geography = geographyHandlers(deps);
  const organizations = organizationHandlers(deps);
  const events = eventHandlers(deps);
  const eventWrites = eventWriteHandlers(deps);
  const contacts = contactRequestHandlers(deps);
  const reference = referenceData({
    maxEntries: REFERENCE_ANSWERS_KEPT,
    // Reference answers hold no link today; the origin stays in the key so one never could leak across hosts.
    variant: (c) => `${requestLanguage(c)} ${deps.publicBaseUrl ?? new URL(c.req.url).origin}`,
    version: () => options.store.dataVersion(),
  });

  const app = new Hono<AppEnv>();
  if (options.requests) app.use(recordRequests(options.requests));
  app.use(requestId(), requestLogger(sink), methodNotAllowedProblem(app));
  app.use('/v1/*', compressResponses());
  app.use('/v1/*', apiAccess(options.store, { keylessPaths: ['/v1/openapi.json'], clock }), cors());
  // After the access check, so an injected 503 still carries CORS headers a browser can read.
  if (options.faults) app.use(injectFaults(options.faults));

  app.get('/healthz', meta.health);
  app.get(DOCS_PATH, cached(300), meta.referencePage);
  app.get(DOCS_CSS_PATH, cached(300), meta.referenceStyles);
  // After /docs/api: a docs site mounted at /docs must not hide the API reference page.
  for (const mount of options.staticMounts ?? []) app.get(`${mount.prefix}/*`, staticFiles(mount));
  if (options.home) {
    const home = options.home;
    app.get('/', (c) => c.redirect(home, 302));
  }

  app.get('/v1', meta.index);
  app.get('/v1/openapi.json', cached(300), meta.openapi);
  app.get('/v1/regions', reference(geography.regions));
  app.get('/v1/regions/:code', reference(geography.region));
  app.get('/v1/mrcs', reference(geography.mrcs));
  app.get('/v1/municipalities', reference(geography.municipalities));
  app.get('/v1/organizations', reference(organizations.organizations));
  app.get('/v1/advisors', reference(organizations.advisors));
  app.get('/v1/events', eventData(), events.list);
  app.get('/v1/events.ics', eventData(), events.feed);
  app.get('/v1/events/:id{[^/]+\\.ics}', eventData(), events.calendar);
  app.get('/v1/events/:id', eventData(), events.one);
  // Writes: secret key of the event's organization (others get 404), never cached.
  app.post('/v1/events', requireSecretKey, noStore, eventWrites.create);
  app.patch('/v1/events/:id', requireSecretKey, noStore, eventWrites.update);
  app.delete('/v1/events/:id', requireSecretKey, noStore, eventWrites.cancel);
  app.post(
    '/v1/contact-requests',
    requireKey,
    rateLimit(contactRateLimiter, { trustProxy: options.trustProxy ?? false }),
    noStore,
    contacts.create,
  );
  app.get('/v1/contact-requests', requireSecretKey, noStore, contacts.list);
  app.patch('/v1/contact-requests/:id', requireSecretKey, noStore, contacts.update);

  app.notFound(routeNotFound);
  app.onError(errorHandler(sink));
  return app;
}
