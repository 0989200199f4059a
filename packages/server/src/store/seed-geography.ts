import { CmmMembership, PARTLY_SERVED_REGION_CODES, isServedRegion } from '@emplois-en-regions/schemas';
import type { ServiceArea } from '@emplois-en-regions/schemas';
import { mrcRows, municipalityRows, regionRows } from '../data/quebec.js';
import type { Sql } from './sql.js';
import { foldForSearch } from './normalize.js';
import { deleteRowsNotIn, upsertRows } from './seed-rows.js';

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
export async function upsertGeography(db: Sql): Promise<void> {
  await upsertRows(
    db,
    'regions',
    'code',
    regionRows.map((region) => ({
      code: region.code,
      name_fr: region.name_fr,
      name_en: region.name_en,
      served: isServedRegion(region.code) ? 1 : 0,
      service_area: serviceAreaOf(region.code),
      cmm: CmmMembership.parse(region.cmm),
      mrc_count: region.mrc_count,
      equivalent_territory_count: region.te_count,
      municipality_count: region.entity_count,
      local_municipality_count: region.local_municipality_count,
      population: region.population,
      population_outside_cmm: region.population_outside_cmm,
    })),
  );

  await upsertRows(
    db,
    'mrcs',
    'code',
    mrcRows.map((mrc) => ({
      code: mrc.code,
      name: mrc.name,
      type: mrcTypeOf(mrc.type),
      region_code: mrc.region_code,
      cmm: CmmMembership.parse(mrc.cmm),
      municipality_count: mrc.entity_count,
      population: mrc.population,
    })),
  );

  const nameOrder = frenchNameOrder();
  await upsertRows(
    db,
    'municipalities',
    'code',
    municipalityRows.map((municipality) => ({
      code: municipality.code,
      name: municipality.name,
      designation: municipality.designation,
      kind: municipality.kind,
      region_code: municipality.region_code,
      mrc_code: municipality.mrcg_code,
      cmm: municipality.cmm ? 1 : 0,
      population: municipality.population,
      search_name: foldForSearch(municipality.name),
      name_order: nameOrder.get(municipality.code) ?? 0,
    })),
  );
}

/**
 * Removes municipalities and MRCs that a newer data file no longer has (e.g. after
 * a merger). Runs after the events are synced, since an event may point at a municipality.
 */
export async function pruneGeography(db: Sql): Promise<void> {
  await deleteRowsNotIn(
    db,
    'municipalities',
    'code',
    municipalityRows.map((row) => row.code),
  );
  await deleteRowsNotIn(
    db,
    'mrcs',
    'code',
    mrcRows.map((row) => row.code),
  );
}
