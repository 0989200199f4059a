import { CmmMembership, PARTLY_SERVED_REGION_CODES, isServedRegion } from '@emplois-en-regions/schemas';
import type { ServiceArea } from '@emplois-en-regions/schemas';
import { mrcRows, municipalityRows, regionRows } from '../data/quebec.js';
import type { Db } from './database.js';
import { foldForSearch } from './normalize.js';

function serviceAreaOf(regionCode: string): ServiceArea {
  if (!isServedRegion(regionCode)) return 'none';
  return PARTLY_SERVED_REGION_CODES.includes(regionCode) ? 'outside-cmm' : 'all';
}

function mrcTypeOf(type: string): 'MRC' | 'TE' {
  if (type !== 'MRC' && type !== 'TE') throw new Error(`unexpected MRC type in mrc.json: ${type}`);
  return type;
}

/**
 * Each municipality's rank in French alphabetical order (ties by code). SQLite
 * has no ICU collation, so the order is computed here once and stored.
 */
function frenchNameOrder(): Map<string, number> {
  const collator = new Intl.Collator('fr-CA');
  const sorted = [...municipalityRows].sort(
    (a, b) => collator.compare(a.name, b.name) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  return new Map(sorted.map((row, index) => [row.code, index]));
}

/** Upserts the 17 regions, 104 MRCs/TEs and 1,281 municipal entities; runs inside the seed transaction. */
export function upsertGeography(db: Db): void {
  const upsertRegion = db.prepare(`
    INSERT INTO regions (code, name_fr, name_en, served, service_area, cmm, mrc_count, equivalent_territory_count,
      municipality_count, local_municipality_count, population, population_outside_cmm)
    VALUES (@code, @nameFr, @nameEn, @served, @serviceArea, @cmm, @mrcCount, @teCount,
      @municipalityCount, @localMunicipalityCount, @population, @populationOutsideCmm)
    ON CONFLICT (code) DO UPDATE SET
      name_fr = excluded.name_fr, name_en = excluded.name_en, served = excluded.served,
      service_area = excluded.service_area, cmm = excluded.cmm, mrc_count = excluded.mrc_count,
      equivalent_territory_count = excluded.equivalent_territory_count,
      municipality_count = excluded.municipality_count, local_municipality_count = excluded.local_municipality_count,
      population = excluded.population, population_outside_cmm = excluded.population_outside_cmm
  `);
  for (const region of regionRows) {
    upsertRegion.run({
      code: region.code,
      nameFr: region.name_fr,
      nameEn: region.name_en,
      served: isServedRegion(region.code) ? 1 : 0,
      serviceArea: serviceAreaOf(region.code),
      cmm: CmmMembership.parse(region.cmm),
      mrcCount: region.mrc_count,
      teCount: region.te_count,
      municipalityCount: region.entity_count,
      localMunicipalityCount: region.local_municipality_count,
      population: region.population,
      populationOutsideCmm: region.population_outside_cmm,
    });
  }

  const upsertMrc = db.prepare(`
    INSERT INTO mrcs (code, name, type, region_code, cmm, municipality_count, population)
    VALUES (@code, @name, @type, @regionCode, @cmm, @municipalityCount, @population)
    ON CONFLICT (code) DO UPDATE SET
      name = excluded.name, type = excluded.type, region_code = excluded.region_code, cmm = excluded.cmm,
      municipality_count = excluded.municipality_count, population = excluded.population
  `);
  for (const mrc of mrcRows) {
    upsertMrc.run({
      code: mrc.code,
      name: mrc.name,
      type: mrcTypeOf(mrc.type),
      regionCode: mrc.region_code,
      cmm: CmmMembership.parse(mrc.cmm),
      municipalityCount: mrc.entity_count,
      population: mrc.population,
    });
  }

  const nameOrder = frenchNameOrder();
  const upsertMunicipality = db.prepare(`
    INSERT INTO municipalities (code, name, designation, kind, region_code, mrc_code, cmm, population,
      search_name, name_order)
    VALUES (@code, @name, @designation, @kind, @regionCode, @mrcCode, @cmm, @population, @searchName, @nameOrder)
    ON CONFLICT (code) DO UPDATE SET
      name = excluded.name, designation = excluded.designation, kind = excluded.kind,
      region_code = excluded.region_code, mrc_code = excluded.mrc_code, cmm = excluded.cmm,
      population = excluded.population, search_name = excluded.search_name, name_order = excluded.name_order
  `);
  for (const municipality of municipalityRows) {
    upsertMunicipality.run({
      code: municipality.code,
      name: municipality.name,
      designation: municipality.designation,
      kind: municipality.kind,
      regionCode: municipality.region_code,
      mrcCode: municipality.mrcg_code,
      cmm: municipality.cmm ? 1 : 0,
      population: municipality.population,
      searchName: foldForSearch(municipality.name),
      nameOrder: nameOrder.get(municipality.code) ?? 0,
    });
  }
}

/**
 * Removes municipalities and MRCs that a newer data file no longer has (e.g. after
 * a merger). Runs after the events are synced, since an event may point at a municipality.
 */
export function pruneGeography(db: Db): void {
  db.prepare('DELETE FROM municipalities WHERE code NOT IN (SELECT value FROM json_each(?))').run(
    JSON.stringify(municipalityRows.map((row) => row.code)),
  );
  db.prepare('DELETE FROM mrcs WHERE code NOT IN (SELECT value FROM json_each(?))').run(
    JSON.stringify(mrcRows.map((row) => row.code)),
  );
}
