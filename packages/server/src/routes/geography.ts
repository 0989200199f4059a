import { MrcQuery, MunicipalityQuery, RegionCode } from '@emplois-en-regions/schemas';
import { problem } from '../http/problem.js';
import { NO_QUERY, validateParam, validateQuery } from '../http/validation.js';
import type { RouteDeps } from './deps.js';
import { DEFAULT_PAGE_SIZE, withCursor } from './paging.js';
import type { AppContext } from '../http/env.js';

/** Regions, MRCs and municipalities: reference data with the attribution of its sources. */
export function geographyHandlers({ store }: RouteDeps) {
  return {
    async regions(c: AppContext) {
      validateQuery(c, NO_QUERY, ['key']);
      return c.json({ data: await store.regions(), nextCursor: null, attribution: store.attribution });
    },

    async region(c: AppContext) {
      const code = validateParam(c, 'code', c.req.param('code') ?? '', RegionCode);
      validateQuery(c, NO_QUERY, ['key']);
      const region = await store.region(code);
      if (!region) throw problem(404, 'not_found');
      return c.json(region);
    },

    async mrcs(c: AppContext) {
      const query = validateQuery(c, MrcQuery, ['key']);
      return c.json({
        data: await store.mrcs({ region: query.region }),
        nextCursor: null,
        attribution: store.attribution,
      });
    },

    async municipalities(c: AppContext) {
      const query = validateQuery(c, MunicipalityQuery, ['key']);
      const page = await withCursor(c, () =>
        store.searchMunicipalities({
          q: query.q,
          region: query.region,
          mrc: query.mrc,
          limit: query.limit ?? DEFAULT_PAGE_SIZE,
          cursor: query.cursor,
        }),
      );
      return c.json({ ...page, attribution: store.attribution });
    },
  };
}
