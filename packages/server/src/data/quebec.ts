/**
 * Typed access to the real Québec geography files in ./quebec (see SOURCES.md).
 * They are imported as JSON modules, so `tsc` copies them next to the build
 * output and the server reads them from the same place in source and in dist.
 */
import mrcFile from './quebec/mrc.json' with { type: 'json' };
import municipalitiesFile from './quebec/municipalities.json' with { type: 'json' };
import regionsFile from './quebec/regions.json' with { type: 'json' };

/** The fields of regions.json the server uses. */
export interface RegionRow {
  code: string;
  name_fr: string;
  name_en: string;
  mrc_count: number;
  te_count: number;
  local_municipality_count: number;
  entity_count: number;
  population: number;
  population_outside_cmm: number;
  cmm: string;
}

/** The fields of mrc.json the server uses. */
export interface MrcRow {
  code: string;
  type: string;
  name: string;
  region_code: string;
  entity_count: number;
  population: number;
  cmm: string;
}

/** The fields of municipalities.json the server uses. */
export interface MunicipalityRow {
  code: string;
  name: string;
  designation: string;
  kind: string;
  region_code: string;
  /** MRC or equivalent territory the entity lies in (statistical geography); null for one TNO. */
  mrcg_code: string | null;
  cmm: boolean;
  population: number;
}

export const regionRows: readonly RegionRow[] = regionsFile.regions;
export const mrcRows: readonly MrcRow[] = mrcFile.mrc;
export const municipalityRows: readonly MunicipalityRow[] = municipalitiesFile.municipalities;
