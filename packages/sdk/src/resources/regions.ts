import { Region, RegionCode, RegionList } from '@emplois-en-regions/schemas/wire';
import type { CallOptions, EerCore } from '../core.js';
import type { PagedList } from '../pagination.js';
import { listRequest, pathParameter } from './list-request.js';

/**
 * Québec's 17 administrative regions, with whether the program serves them.
 *
 * @example
 * ```ts
 * const { data, attribution } = await client.regions.list();
 * const served = data.filter((region) => region.served);
 * ```
 */
export interface RegionsResource {
  /**
   * The 17 regions, ordered by code, with the data `attribution` to show with them.
   *
   * @example
   * ```ts
   * const { data } = await client.regions.list();
   * ```
   */
  list(options?: CallOptions): PagedList<RegionList, Region>;
  /**
   * One region by code (`"01"` … `"17"`); rejects with a `NotFoundError` if unknown.
   *
   * @example
   * ```ts
   * const region = await client.regions.get('04');
   * console.log(region.name.fr); // Mauricie
   * ```
   */
  get(code: string, options?: CallOptions): Promise<Region>;
}

/**
 * The regions resource on a core, for tree-shaken bundles.
 *
 * @example
 * ```ts
 * const regions = regionsResource(createCore({ key: 'pk_test_demo' }));
 * const region = await regions.get('01');
 * ```
 */
export function regionsResource(core: EerCore): RegionsResource {
  return {
    list: (options) => listRegions(core, options),
    get: async (code, options) =>
      core.request({
        ...options,
        path: `regions/${pathParameter(core, RegionCode, 'code', code)}`,
        schema: Region,
      }),
  };
}

/**
 * {@link RegionsResource.list} alone, on a core. A resource brings all its methods
 * (and their validators) into a bundle; a page that only lists regions imports this.
 *
 * @example
 * ```ts
 * const { data } = await listRegions(createCore({ key: 'pk_test_demo' }));
 * ```
 */
export function listRegions(core: EerCore, options?: CallOptions): PagedList<RegionList, Region> {
  return listRequest(core, 'regions', RegionList, options);
}
