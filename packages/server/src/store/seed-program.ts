import { advisorSeeds } from '../data/advisors.js';
import { apiKeySeeds, keyPrefix } from '../data/keys.js';
import { organizationSeeds, type OrganizationSeed } from '../data/organizations.js';
import type { Db } from './database.js';
import { sha256 } from './hash.js';
import { deleteRowsNotIn, replaceRegionLinks, upsertRows, type SeedRow } from './seed-rows.js';
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
function insertProgramLeads(db: Db): void {
  const exists = db.prepare<[string]>('SELECT 1 FROM organizations WHERE id = ?');
  const insert = db.prepare<[SeedRow]>(`
    INSERT INTO organizations (id, slug, name, name_en, role, description_fr, description_en, website, sample, position)
    VALUES (@id, @slug, @name, @name_en, @role, @description_fr, @description_en, @website, @sample, @position)
  `);
  const missing = organizationSeeds
    .map((organization, position) => ({ organization, position }))
    .filter(({ organization }) => !organization.sample && !exists.get(organization.id));
  for (const { organization, position } of missing) insert.run(organizationRow(organization, position));
  replaceRegionLinks(
    db,
    { table: 'organization_regions', ownerColumn: 'organization_id', ordered: false },
    missing.map(({ organization }) => organization),
  );
}

/**
 * Demo: upserts every seeded organization (program leads and sample partners)
 * and their regions, and syncs the sample advisors and the documented test keys
 * (seeded rows the seed no longer has are deleted; the operator's rows never are).
 */
function syncDemo(db: Db): void {
  upsertRows(db, 'organizations', 'id', organizationSeeds.map(organizationRow));
  replaceRegionLinks(
    db,
    { table: 'organization_regions', ownerColumn: 'organization_id', ordered: false },
    organizationSeeds,
  );

  // Deleted first, then upserted: a renamed row must not collide with its old self.
  deleteRowsNotIn(
    db,
    'advisors',
    'id',
    advisorSeeds.map((advisor) => advisor.id),
    { seededOnly: true },
  );
  upsertRows(
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
  replaceRegionLinks(
    db,
    { table: 'advisor_regions', ownerColumn: 'advisor_id', ordered: true },
    advisorSeeds,
  );

  // A key whose id changed keeps its hash, which is UNIQUE: delete the stale row first.
  deleteRowsNotIn(
    db,
    'api_keys',
    'id',
    apiKeySeeds.map((key) => key.id),
    { seededOnly: true },
  );
  upsertRows(
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
export function syncProgram(db: Db, mode: StoreMode): void {
  if (mode === 'demo') syncDemo(db);
  else insertProgramLeads(db);
}
