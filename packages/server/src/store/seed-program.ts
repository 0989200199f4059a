import { advisorSeeds } from '../data/advisors.js';
import { apiKeySeeds } from '../data/keys.js';
import { organizationSeeds } from '../data/organizations.js';
import type { Db } from './database.js';
import { sha256 } from './hash.js';
import { deleteRowsNotIn, replaceRegionLinks, upsertRows } from './seed-rows.js';

/**
 * Upserts organizations (never deleted: contact requests point at them) and their
 * regions, and syncs advisors and API keys to the seed (delete the rest, then upsert).
 */
export function syncProgram(db: Db): void {
  upsertRows(
    db,
    'organizations',
    'id',
    organizationSeeds.map((organization, position) => ({
      id: organization.id,
      name: organization.name,
      role: organization.role,
      description_fr: organization.description.fr,
      description_en: organization.description.en,
      website: organization.website,
      sample: organization.sample ? 1 : 0,
      position,
    })),
  );
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
  );
  upsertRows(
    db,
    'api_keys',
    'id',
    apiKeySeeds.map((key) => ({
      id: key.id,
      key_hash: sha256(key.key),
      kind: key.kind,
      organization_id: key.organizationId,
      allowed_origins: JSON.stringify(key.allowedOrigins),
    })),
  );
}
