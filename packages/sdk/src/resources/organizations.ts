import type { Organization } from '@emplois-en-regions/schemas';
import { OrganizationList } from '@emplois-en-regions/schemas/wire';
import type { CallOptions, EerCore } from '../core.js';
import type { PagedList } from '../pagination.js';
import { listRequest } from './list-request.js';

/**
 * The organizations of the program (PROMIS, CFIQ, INICI) and its local partners.
 *
 * @example
 * ```ts
 * const { data } = await client.organizations.list();
 * ```
 */
export interface OrganizationsResource {
  /**
   * Every organization, leads and partners.
   *
   * @example
   * ```ts
   * const leads = (await client.organizations.list()).data.filter((org) => org.role === 'lead');
   * ```
   */
  list(options?: CallOptions): PagedList<OrganizationList, Organization>;
}

/**
 * The organizations resource on a core, for tree-shaken bundles.
 *
 * @example
 * ```ts
 * const organizations = organizationsResource(createCore({ key: 'pk_test_demo' }));
 * ```
 */
export function organizationsResource(core: EerCore): OrganizationsResource {
  return { list: (options) => listRequest(core, 'organizations', OrganizationList, options) };
}
