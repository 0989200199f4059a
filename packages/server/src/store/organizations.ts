import type { Advisor, Organization } from '@emplois-en-regions/schemas';
import type { Db } from './database.js';
import { findOne } from './lookup.js';
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

const ORGANIZATION_SELECT = `
  SELECT o.id, o.name, o.role, o.description_fr, o.description_en, o.website, o.sample,
    o.slug, o.name_en, o.email, o.language, o.managed_by, o.created_at, o.updated_at,
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

export function organizationQueries(db: Db): OrganizationQueries {
  const allOrganizations = db.prepare<[], OrganizationRow>(
    `${ORGANIZATION_SELECT} ORDER BY o.position, o.id`,
  );
  const oneOrganization = db.prepare<[string], OrganizationRow>(`${ORGANIZATION_SELECT} WHERE o.id = ?`);
  const allAccounts = db.prepare<[], AccountRow>(`${ORGANIZATION_SELECT} ORDER BY o.position, o.id`);
  const oneAccount = db.prepare<[string, string], AccountRow>(
    `${ORGANIZATION_SELECT} WHERE o.id = ? OR o.slug = ?`,
  );
  const nextPosition = db.prepare<[], { next: number }>(
    'SELECT coalesce(max(position), -1) + 1 AS next FROM organizations',
  );
  const insert = db.prepare(`
    INSERT INTO organizations (id, slug, name, name_en, role, description_fr, description_en, website, sample,
      position, email, language, managed_by, created_at, updated_at)
    VALUES (@id, @slug, @nameFr, @nameEn, @role, @descriptionFr, @descriptionEn, @website, 0,
      @position, @email, @language, 'operator', @now, @now)
  `);
  const update = db.prepare(`
    UPDATE organizations SET name = @nameFr, name_en = @nameEn, role = @role, description_fr = @descriptionFr,
      description_en = @descriptionEn, website = @website, email = @email, language = @language, updated_at = @now
    WHERE id = @id
  `);
  const clearRegions = db.prepare<[string]>('DELETE FROM organization_regions WHERE organization_id = ?');
  const addRegion = db.prepare<[string, string]>(
    'INSERT INTO organization_regions (organization_id, region_code) VALUES (?, ?)',
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
  const account = (id: string): OrganizationAccount => {
    const row = oneAccount.get(id, id);
    if (!row) throw new Error(`organization ${id} vanished inside its transaction`);
    return toAccount(row);
  };
  const setRegions = (id: string, codes: readonly string[]) => {
    clearRegions.run(id);
    for (const code of codes) addRegion.run(id, code);
  };
  const insertOne = db.transaction((write: OrganizationWrite, now: Date) => {
    const id = `org_${write.slug}`;
    insert.run({ ...fields(id, write, now), position: nextPosition.get()?.next ?? 0 });
    setRegions(id, write.regionCodes);
    return account(id);
  });
  const updateOne = db.transaction((id: string, write: OrganizationWrite, now: Date) => {
    update.run(fields(id, write, now));
    setRegions(id, write.regionCodes);
    return account(id);
  });
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

    organizationAccounts: () => allAccounts.all().map(toAccount),

    organizationAccount(idOrSlug) {
      const row = oneAccount.get(idOrSlug, idOrSlug);
      return row ? toAccount(row) : undefined;
    },

    insertOrganization: (write, now) => insertOne.immediate(write, now),

    updateOrganization: (id, write, now) => updateOne.immediate(id, write, now),
  };
}
