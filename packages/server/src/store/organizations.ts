import type { Advisor, Organization } from '@emplois-en-regions/schemas';
import type { Db } from './database.js';
import { findOne } from './lookup.js';
import type { Store } from './types.js';

interface OrganizationRow {
  id: string;
  name: string;
  role: 'lead' | 'partner';
  description_fr: string;
  description_en: string;
  website: string | null;
  sample: number;
  region_codes: string;
}

interface AdvisorRow {
  id: string;
  display_name: string;
  title_fr: string;
  title_en: string;
  organization_id: string;
  organization_name: string;
  languages: string;
  sample: number;
  region_codes: string;
}

const ORGANIZATION_SELECT = `
  SELECT o.id, o.name, o.role, o.description_fr, o.description_en, o.website, o.sample,
    (SELECT json_group_array(region_code ORDER BY region_code)
       FROM organization_regions WHERE organization_id = o.id) AS region_codes
  FROM organizations o
`;

function toOrganization(row: OrganizationRow): Organization {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    description: { fr: row.description_fr, en: row.description_en },
    website: row.website,
    regionCodes: JSON.parse(row.region_codes) as string[],
    sample: row.sample === 1,
  };
}

function toAdvisor(row: AdvisorRow): Advisor {
  return {
    id: row.id,
    displayName: row.display_name,
    title: { fr: row.title_fr, en: row.title_en },
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    regionCodes: JSON.parse(row.region_codes) as string[],
    languages: JSON.parse(row.languages) as string[],
    sample: row.sample === 1,
  };
}

type OrganizationQueries = Pick<Store, 'organizations' | 'organization' | 'advisors'>;

export function organizationQueries(db: Db): OrganizationQueries {
  const allOrganizations = db.prepare<[], OrganizationRow>(
    `${ORGANIZATION_SELECT} ORDER BY o.position, o.id`,
  );
  const oneOrganization = db.prepare<[string], OrganizationRow>(`${ORGANIZATION_SELECT} WHERE o.id = ?`);
  const advisorsOfRegion = db.prepare<{ region: string | null }, AdvisorRow>(`
    SELECT a.id, a.display_name, a.title_fr, a.title_en, a.organization_id, o.name AS organization_name,
      a.languages, a.sample,
      (SELECT json_group_array(region_code ORDER BY position)
         FROM advisor_regions WHERE advisor_id = a.id) AS region_codes
    FROM advisors a JOIN organizations o ON o.id = a.organization_id
    WHERE @region IS NULL
      OR EXISTS (SELECT 1 FROM advisor_regions r WHERE r.advisor_id = a.id AND r.region_code = @region)
    ORDER BY a.position, a.id
  `);

  return {
    organizations: () => allOrganizations.all().map(toOrganization),

    organization: findOne(oneOrganization, toOrganization),

    advisors: (filter) => advisorsOfRegion.all({ region: filter.region ?? null }).map(toAdvisor),
  };
}
