import type { Municipality } from '@emplois-en-regions/schemas';
import { MunicipalityList, MunicipalityQuery } from '@emplois-en-regions/schemas/wire';
import type { CallOptions, EerCore } from '../core.js';
import type { PagedList } from '../pagination.js';
import { listRequest, type WithLimit } from './list-request.js';

/**
 * Search the 1,281 municipal entities: `q` is accent-, case- and hyphen-insensitive
 * (`st`/`ste` read as `saint`/`sainte`), filtered by `region` or `mrc`.
 *
 * @example
 * ```ts
 * const query: MunicipalitySearch = { q: 'riviere du loup', limit: 5 };
 * ```
 */
export type MunicipalitySearch = WithLimit<MunicipalityQuery>;

/**
 * The municipal entities of Québec (local municipalities, reserves, unorganized territories…).
 *
 * @example
 * ```ts
 * const { data } = await client.municipalities.list({ q: 'sainte-anne' });
 * ```
 */
export interface MunicipalitiesResource {
  /**
   * Ranked search (exact, prefix, word prefix, substring), paginated.
   *
   * @example
   * ```ts
   * for await (const municipality of client.municipalities.list({ mrc: '450' })) console.log(municipality.name);
   * ```
   */
  list(query?: MunicipalitySearch, options?: CallOptions): PagedList<MunicipalityList, Municipality>;
}

/**
 * The municipalities resource on a core, for tree-shaken bundles.
 *
 * @example
 * ```ts
 * const municipalities = municipalitiesResource(createCore({ key: 'pk_test_demo' }));
 * ```
 */
export function municipalitiesResource(core: EerCore): MunicipalitiesResource {
  return {
    list: (query, options) =>
      listRequest(core, 'municipalities', MunicipalityList, options, {
        schema: MunicipalityQuery,
        value: query,
      }),
  };
}
