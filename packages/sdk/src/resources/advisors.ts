import type { Advisor } from '@emplois-en-regions/schemas';
import { AdvisorList, AdvisorQuery } from '@emplois-en-regions/schemas/wire';
import type { CallOptions, EerCore } from '../core.js';
import type { PagedList } from '../pagination.js';
import { listRequest } from './list-request.js';

/**
 * The advisors who accompany newcomers (no personal e-mail or phone is ever exposed:
 * visitors reach them through contact requests).
 *
 * @example
 * ```ts
 * const { data } = await client.advisors.list({ region: '01' });
 * ```
 */
export interface AdvisorsResource {
  /**
   * Advisors, or those serving one region.
   *
   * @example
   * ```ts
   * const names = (await client.advisors.list({ region: '01' })).data.map((advisor) => advisor.displayName);
   * ```
   */
  list(query?: AdvisorQuery, options?: CallOptions): PagedList<AdvisorList, Advisor>;
}

/**
 * The advisors resource on a core, for tree-shaken bundles.
 *
 * @example
 * ```ts
 * const advisors = advisorsResource(createCore({ key: 'pk_test_demo' }));
 * ```
 */
export function advisorsResource(core: EerCore): AdvisorsResource {
  return {
    list: (query, options) =>
      listRequest(core, 'advisors', AdvisorList, options, { schema: AdvisorQuery, value: query }),
  };
}
