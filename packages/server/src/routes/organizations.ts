import { AdvisorQuery } from '@emplois-en-regions/schemas';
import { NO_QUERY, validateQuery } from '../http/validation.js';
import type { RouteDeps } from './deps.js';
import type { AppContext } from '../http/env.js';

/** Who runs the program and who accompanies newcomers in each region. */
export function organizationHandlers({ store }: RouteDeps) {
  return {
    async organizations(c: AppContext) {
      validateQuery(c, NO_QUERY, ['key']);
      return c.json({ data: await store.organizations(), nextCursor: null });
    },

    async advisors(c: AppContext) {
      const query = validateQuery(c, AdvisorQuery, ['key']);
      return c.json({ data: await store.advisors({ region: query.region }), nextCursor: null });
    },
  };
}
