import { advisorSeeds } from '../data/advisors.js';
import { apiKeySeeds } from '../data/keys.js';
import { organizationSeeds } from '../data/organizations.js';
import type { Db } from './database.js';
import { sha256 } from './hash.js';

/**
 * Upserts organizations (never deleted: contact requests point at them) and their
 * regions, and syncs advisors and API keys to the seed (delete the rest, then upsert).
 */
export function syncProgram(db: Db): void {
  const upsertOrganization = db.prepare(`
    INSERT INTO organizations (id, name, role, description_fr, description_en, website, sample, position)
    VALUES (@id, @name, @role, @descriptionFr, @descriptionEn, @website, @sample, @position)
    ON CONFLICT (id) DO UPDATE SET
      name = excluded.name, role = excluded.role, description_fr = excluded.description_fr,
      description_en = excluded.description_en, website = excluded.website, sample = excluded.sample,
      position = excluded.position
  `);
  const clearOrganizationRegions = db.prepare('DELETE FROM organization_regions WHERE organization_id = ?');
  const insertOrganizationRegion = db.prepare(
    'INSERT INTO organization_regions (organization_id, region_code) VALUES (?, ?)',
  );
  organizationSeeds.forEach((organization, position) => {
    upsertOrganization.run({
      id: organization.id,
      name: organization.name,
      role: organization.role,
      descriptionFr: organization.description.fr,
      descriptionEn: organization.description.en,
      website: organization.website,
      sample: organization.sample ? 1 : 0,
      position,
    });
    clearOrganizationRegions.run(organization.id);
    for (const regionCode of organization.regionCodes)
      insertOrganizationRegion.run(organization.id, regionCode);
  });

  // Deleted first, then upserted: a renamed row must not collide with its old self.
  db.prepare('DELETE FROM advisors WHERE id NOT IN (SELECT value FROM json_each(?))').run(
    JSON.stringify(advisorSeeds.map((advisor) => advisor.id)),
  );
  const upsertAdvisor = db.prepare(`
    INSERT INTO advisors (id, display_name, title_fr, title_en, organization_id, languages, sample, position)
    VALUES (@id, @displayName, @titleFr, @titleEn, @organizationId, @languages, 1, @position)
    ON CONFLICT (id) DO UPDATE SET
      display_name = excluded.display_name, title_fr = excluded.title_fr, title_en = excluded.title_en,
      organization_id = excluded.organization_id, languages = excluded.languages, sample = excluded.sample,
      position = excluded.position
  `);
  const clearAdvisorRegions = db.prepare('DELETE FROM advisor_regions WHERE advisor_id = ?');
  const insertAdvisorRegion = db.prepare(
    'INSERT INTO advisor_regions (advisor_id, region_code, position) VALUES (?, ?, ?)',
  );
  advisorSeeds.forEach((advisor, position) => {
    upsertAdvisor.run({
      id: advisor.id,
      displayName: advisor.displayName,
      titleFr: advisor.title.fr,
      titleEn: advisor.title.en,
      organizationId: advisor.organizationId,
      languages: JSON.stringify(advisor.languages),
      position,
    });
    clearAdvisorRegions.run(advisor.id);
    advisor.regionCodes.forEach((regionCode, index) =>
      insertAdvisorRegion.run(advisor.id, regionCode, index),
    );
  });

  // A key whose id changed keeps its hash, which is UNIQUE: delete the stale row first.
  db.prepare('DELETE FROM api_keys WHERE id NOT IN (SELECT value FROM json_each(?))').run(
    JSON.stringify(apiKeySeeds.map((key) => key.id)),
  );
  const upsertKey = db.prepare(`
    INSERT INTO api_keys (id, key_hash, kind, organization_id, allowed_origins)
    VALUES (@id, @keyHash, @kind, @organizationId, @allowedOrigins)
    ON CONFLICT (id) DO UPDATE SET
      key_hash = excluded.key_hash, kind = excluded.kind, organization_id = excluded.organization_id,
      allowed_origins = excluded.allowed_origins
  `);
  for (const key of apiKeySeeds) {
    upsertKey.run({
      id: key.id,
      keyHash: sha256(key.key),
      kind: key.kind,
      organizationId: key.organizationId,
      allowedOrigins: JSON.stringify(key.allowedOrigins),
    });
  }
}
