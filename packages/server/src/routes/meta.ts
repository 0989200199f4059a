import { DOCS_CSS } from '../docs/styles.js';
import { DOCS_CSS_PATH, DOCS_PATH, renderReferencePage } from '../docs/page.js';
import type { AppContext } from '../http/env.js';
import { requestLanguage } from '../http/language.js';
import { NO_QUERY, validateQuery } from '../http/validation.js';
import { addVary } from '../http/vary.js';
import { API_VERSION, buildOpenApiDocument } from '../openapi/document.js';
import { DocsQuery, type ApiIndex } from '../schemas.js';
import { baseUrl, type RouteDeps } from './deps.js';

/**
 * The reference page loads nothing but its own stylesheet: no script, no
 * inline style, no third party — so it holds under the strictest CSP.
 */
const DOCS_CSP = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The API's own description: index, OpenAPI document, reference page, health. */
export function metaHandlers(deps: RouteDeps) {
  const languageOf = (c: AppContext) => {
    const query = validateQuery(c, DocsQuery, ['key']);
    addVary(c, 'Accept-Language');
    return query.lang ?? requestLanguage(c);
  };

  return {
    index(c: AppContext) {
      validateQuery(c, NO_QUERY, ['key']);
      const base = baseUrl(c, deps);
      const body: ApiIndex = {
        name: 'Emplois en régions API',
        version: API_VERSION,
        links: {
          regions: `${base}/v1/regions`,
          mrcs: `${base}/v1/mrcs`,
          municipalities: `${base}/v1/municipalities`,
          organizations: `${base}/v1/organizations`,
          advisors: `${base}/v1/advisors`,
          events: `${base}/v1/events`,
          eventsCalendar: `${base}/v1/events.ics`,
          contactRequests: `${base}/v1/contact-requests`,
          openapi: `${base}/v1/openapi.json`,
          reference: `${base}${DOCS_PATH}`,
        },
        attribution: deps.store.attribution,
      };
      return c.json(body);
    },

    /** 200 `ok` while the database answers; 503 `unavailable` (database `unreachable`) otherwise. */
    async health(c: AppContext) {
      const reachable = await deps.store.ping();
      return c.json(
        {
          status: reachable ? 'ok' : 'unavailable',
          database: { engine: deps.store.backend, status: reachable ? 'ok' : 'unreachable' },
        },
        reachable ? 200 : 503,
        { 'Cache-Control': 'no-store' },
      );
    },

    openapi(c: AppContext) {
      const lang = languageOf(c);
      return c.json(buildOpenApiDocument({ baseUrl: baseUrl(c, deps), lang }));
    },

    referencePage(c: AppContext) {
      const lang = languageOf(c);
      const page = renderReferencePage(buildOpenApiDocument({ baseUrl: baseUrl(c, deps), lang }), lang);
      return c.html(page, 200, {
        'Content-Security-Policy': DOCS_CSP,
        'Content-Language': lang,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      });
    },

    referenceStyles(c: AppContext) {
      return c.body(DOCS_CSS, 200, {
        'Content-Type': 'text/css; charset=utf-8',
        'X-Content-Type-Options': 'nosniff',
      });
    },
  };
}

export { DOCS_CSS_PATH, DOCS_PATH };
