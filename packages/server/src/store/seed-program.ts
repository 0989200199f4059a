import { advisorSeeds } from '../data/advisors.js';
import { apiKeySeeds, keyPrefix } from '../data/keys.js';
import { organizationSeeds, type OrganizationSeed } from '../data/organizations.js';
import { statement, type Sql } from './sql.js';
import { sha256 } from './hash.js';
import {
  ORGANIZATION_REGIONS,
  deleteRowsNotIn,
  replaceRegionLinks,
  upsertRows,
  type SeedRow,
} from './seed-rows.js';
import type { StoreMode } from './types.js';

function organizationRow(organization: OrganizationSeed, position: number): SeedRow {
  return {
    id: organization.id,
    slug: organization.slug,
    name: organization.name,
    name_en: organization.name,
    role: organization.role,
    description_fr: organization.description.fr,
    description_en: organization.description.en,
    website: organization.website,
    sample: organization.sample ? 1 : 0,
    position,
  };
}

/**
 * Production: inserts the three program organizations that are missing, with
 * their regions, and leaves existing rows alone (the operator may have changed them).
 */
async function insertProgramLeads(db: Sql): Promise<void> {
  const exists = statement<[string]>(db, 'SELECT 1 FROM organizations WHERE id = ?');
  const insert = statement<[SeedRow]>(
    db,
    `
    INSERT INTO organizations (id, slug, name, name_en, role, description_fr, description_en, website, sample, position)
    VALUES (@id, @slug, @name, @name_en, @role, @description_fr, @description_en, @website, @sample, @position)
  `,
  );
  const missing: { organization: OrganizationSeed; position: number }[] = [];
  for (const [position, organization] of organizationSeeds.entries()) {
    if (!organization.sample && !(await exists.get(organization.id)))
      missing.push({ organization, position });
  }
  for (const { organization, position } of missing) await insert.run(organizationRow(organization, position));
  await replaceRegionLinks(
    db,
    ORGANIZATION_REGIONS,
    missing.map(({ organization }) => organization),
  );
}

/**
 * Demo: upserts every seeded organization (program leads and sample partners)
 * and their regions, and syncs the sample advisors and the documented test keys
 * (seeded rows the seed no longer has are deleted; the operator's rows never are).
 */
async function syncDemo(db: Sql): Promise<void> {
  await upsertRows(db, 'organizations', 'id', organizationSeeds.map(organizationRow));
  await replaceRegionLinks(db, ORGANIZATION_REGIONS, organizationSeeds);

  // Deleted first, then upserted: a renamed row must not collide with its old self.
  await deleteRowsNotIn(
    db,
    'advisors',
    'id',
    advisorSeeds.map((advisor) => advisor.id),
    { seededOnly: true },
  );
  await upsertRows(
    db,
    'advisors',
    'id',
    advisorSeeds.map((advisor, position) => ({
      id: advisor.id,
      display_name: advisor.displayName,
      title_fr: advisor.title.fr,
      title_en: advisor.title.en,
      organization_id: advisor.organizationId,
      languages: JSON.stringify(advisor.languages),
      sample: 1,
      position,
    })),
  );
  await replaceRegionLinks(
    db,
    { table: 'advisor_regions', ownerColumn: 'advisor_id', ordered: true },
    advisorSeeds,
  );

  // A key whose id changed keeps its hash, which is UNIQUE: delete the stale row first.
  await deleteRowsNotIn(
    db,
    'api_keys',
    'id',
    apiKeySeeds.map((key) => key.id),
    { seededOnly: true },
  );
  await upsertRows(
    db,
    'api_keys',
    'id',
    apiKeySeeds.map((key) => ({
      id: key.id,
      key_hash: sha256(key.key),
      prefix: keyPrefix(key.key),
      kind: key.kind,
      organization_id: key.organizationId,
      allowed_origins: JSON.stringify(key.allowedOrigins),
    })),
  );
}

/** The program's organizations, and in the demo its sample partners, advisors and test keys. */
export async function syncProgram(db: Sql, mode: StoreMode): Promise<void> {
  if (mode === 'demo') await syncDemo(db);
  else await insertProgramLeads(db);
}
