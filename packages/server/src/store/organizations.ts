import type { Advisor, Organization } from '@emplois-en-regions/schemas';
import { statement, type Dialect, type Sql } from './sql.js';
import { findOne } from './lookup.js';
import { ORGANIZATION_REGIONS, replaceRegionLinks } from './seed-rows.js';
import type { OrganizationAccount, OrganizationWrite, Store } from './types.js';

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

interface AccountRow extends OrganizationRow {
  slug: string;
  name_en: string | null;
  email: string | null;
  language: 'fr' | 'en';
  managed_by: 'seed' | 'operator';
  created_at: string | null;
  updated_at: string | null;
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

const organizationSelect = (dialect: Dialect) => `
  SELECT o.id, o.name, o.role, o.description_fr, o.description_en, o.website, o.sample,
    o.slug, o.name_en, o.email, o.language, o.managed_by, o.created_at, o.updated_at,
    (SELECT ${dialect.jsonArray('region_code', 'region_code')}
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

function toAccount(row: AccountRow): OrganizationAccount {
  return {
    ...toOrganization(row),
    slug: row.slug,
    names: { fr: row.name, en: row.name_en ?? row.name },
    email: row.email,
    language: row.language,
    managedBy: row.managed_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
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

type OrganizationQueries = Pick<
  Store,
  | 'organizations'
  | 'organization'
  | 'advisors'
  | 'organizationAccounts'
  | 'organizationAccount'
  | 'insertOrganization'
  | 'updateOrganization'
>;

export function organizationQueries(db: Sql): OrganizationQueries {
  const ORGANIZATION_SELECT = organizationSelect(db.dialect);
  const oneOrganization = statement<[string], OrganizationRow>(db, `${ORGANIZATION_SELECT} WHERE o.id = ?`);
  const all = statement<[], AccountRow>(db, `${ORGANIZATION_SELECT} ORDER BY o.position, o.id`);
  const oneAccount = statement<[string, string], AccountRow>(
    db,
    `${ORGANIZATION_SELECT} WHERE o.id = ? OR o.slug = ?`,
  );
  const nextPosition = statement<[], { next: number }>(
    db,
    'SELECT coalesce(max(position), -1) + 1 AS next FROM organizations',
  );
  const insert = statement(
    db,
    `
    INSERT INTO organizations (id, slug, name, name_en, role, description_fr, description_en, website, sample,
      position, email, language, managed_by, created_at, updated_at)
    VALUES (@id, @slug, @nameFr, @nameEn, @role, @descriptionFr, @descriptionEn, @website, 0,
      @position, @email, @language, 'operator', @now, @now)
  `,
  );
  const update = statement(
    db,
    `
    UPDATE organizations SET name = @nameFr, name_en = @nameEn, role = @role, description_fr = @descriptionFr,
      description_en = @descriptionEn, website = @website, email = @email, language = @language, updated_at = @now
    WHERE id = @id
  `,
  );
  const fields = (id: string, write: OrganizationWrite, now: Date) => ({
    id,
    slug: write.slug,
    nameFr: write.names.fr,
    nameEn: write.names.en,
    role: write.role,
    descriptionFr: write.description.fr,
    descriptionEn: write.description.en,
    website: write.website,
    email: write.email,
    language: write.language,
    now: now.toISOString(),
  });
  const account = async (id: string): Promise<OrganizationAccount> => {
    const row = await oneAccount.get(id, id);
    if (!row) throw new Error(`organization ${id} vanished inside its transaction`);
    return toAccount(row);
  };
  const setRegions = (id: string, regionCodes: readonly string[]) =>
    replaceRegionLinks(db, ORGANIZATION_REGIONS, [{ id, regionCodes }]);
  const insertOne = (write: OrganizationWrite, now: Date) =>
    db.transaction(async () => {
      const id = `org_${write.slug}`;
      await insert.run({ ...fields(id, write, now), position: (await nextPosition.get())?.next ?? 0 });
      await setRegions(id, write.regionCodes);
      return account(id);
    });
  const updateOne = (id: string, write: OrganizationWrite, now: Date) =>
    db.transaction(async () => {
      await update.run(fields(id, write, now));
      await setRegions(id, write.regionCodes);
      return account(id);
    });
  const advisorsOfRegion = statement<{ region: string | null }, AdvisorRow>(
    db,
    `
    SELECT a.id, a.display_name, a.title_fr, a.title_en, a.organization_id, o.name AS organization_name,
      a.languages, a.sample,
      (SELECT ${db.dialect.jsonArray('region_code', 'position')}
         FROM advisor_regions WHERE advisor_id = a.id) AS region_codes
    FROM advisors a JOIN organizations o ON o.id = a.organization_id
    WHERE CAST(@region AS TEXT) IS NULL
      OR EXISTS (SELECT 1 FROM advisor_regions r WHERE r.advisor_id = a.id AND r.region_code = @region)
    ORDER BY a.position, a.id
  `,
  );

  return {
    organizations: async () => (await all.all()).map(toOrganization),

    organization: findOne(oneOrganization, toOrganization),

    advisors: async (filter) =>
      (await advisorsOfRegion.all({ region: filter.region ?? null })).map(toAdvisor),

    organizationAccounts: async () => (await all.all()).map(toAccount),

    async organizationAccount(idOrSlug) {
      const row = await oneAccount.get(idOrSlug, idOrSlug);
      return row ? toAccount(row) : undefined;
    },

    insertOrganization: insertOne,

    updateOrganization: updateOne,
  };
}
