import type { Mrc } from '@emplois-en-regions/schemas';
import { MrcList, MrcQuery } from '@emplois-en-regions/schemas/wire';
import type { CallOptions, EerCore } from '../core.js';
import type { PagedList } from '../pagination.js';
import { listRequest } from './list-request.js';

/**
 * Regional county municipalities (MRC) and equivalent territories, with their CMM membership.
 *
 * @example
 * ```ts
 * const { data } = await client.mrcs.list({ region: '15' });
 * ```
 */
export interface MrcsResource {
  /**
   * The 104 MRCs and equivalent territories, or those of one region.
   *
   * @example
   * ```ts
   * const outsideCmm = (await client.mrcs.list({ region: '15' })).data.filter((mrc) => mrc.cmm === 'none');
   * ```
   */
  list(query?: MrcQuery, options?: CallOptions): PagedList<MrcList, Mrc>;
}

/**
 * The MRCs resource on a core, for tree-shaken bundles.
 *
 * @example
 * ```ts
 * const mrcs = mrcsResource(createCore({ key: 'pk_test_demo' }));
 * ```
 */
export function mrcsResource(core: EerCore): MrcsResource {
  return {
    list: (query, options) => listRequest(core, 'mrcs', MrcList, options, { schema: MrcQuery, value: query }),
  };
}
