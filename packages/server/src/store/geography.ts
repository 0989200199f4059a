import type { CmmMembership, Mrc, Municipality, Region, ServiceArea } from '@emplois-en-regions/schemas';
import type { Db } from './database.js';
import { findOne } from './lookup.js';
import { searchForms } from './normalize.js';
import { rankMunicipalities } from './municipality-search.js';
import { keysetList, readPage } from './page.js';
import type { MunicipalitySearch, PageResult, Store } from './types.js';

interface RegionRow {
  code: string;
  name_fr: string;
  name_en: string;
  served: number;
  service_area: ServiceArea;
  cmm: CmmMembership;
  mrc_count: number;
  equivalent_territory_count: number;
  municipality_count: number;
  local_municipality_count: number;
  population: number;
  population_outside_cmm: number;
}

interface MrcRow {
  code: string;
  name: string;
  type: 'MRC' | 'TE';
  region_code: string;
  cmm: CmmMembership;
  municipality_count: number;
  population: number;
}

interface MunicipalityRow {
  code: string;
  name: string;
  designation: string;
  kind: string;
  region_code: string;
  mrc_code: string | null;
  cmm: number;
  population: number;
}

interface RankedMunicipalityRow extends MunicipalityRow {
  rank: number;
  name_order: number;
}

interface SearchRow extends MunicipalityRow {
  search_name: string;
  name_order: number;
}

function toRegion(row: RegionRow): Region {
  return {
    code: row.code,
    name: { fr: row.name_fr, en: row.name_en },
    served: row.served === 1,
    serviceArea: row.service_area,
    cmm: row.cmm,
    mrcCount: row.mrc_count,
    equivalentTerritoryCount: row.equivalent_territory_count,
    municipalityCount: row.municipality_count,
    localMunicipalityCount: row.local_municipality_count,
    population: row.population,
    populationOutsideCmm: row.population_outside_cmm,
  };
}

function toMrc(row: MrcRow): Mrc {
  return {
    code: row.code,
    name: row.name,
    type: row.type,
    regionCode: row.region_code,
    cmm: row.cmm,
    municipalityCount: row.municipality_count,
    population: row.population,
  };
}

function toMunicipality(row: MunicipalityRow): Municipality {
  return {
    code: row.code,
    name: row.name,
    designation: row.designation,
    kind: row.kind,
    regionCode: row.region_code,
    mrcCode: row.mrc_code,
    cmm: row.cmm === 1,
    population: row.population,
  };
}

const MUNICIPALITY_COLUMNS = 'code, name, designation, kind, region_code, mrc_code, cmm, population';

/** Municipalities by rank, then French alphabetical order. */
const MUNICIPALITY_PAGES = keysetList(
  'municipalities',
  ['integer', 'integer'],
  (row: RankedMunicipalityRow) => [row.rank, row.name_order],
);

type GeographyQueries = Pick<Store, 'regions' | 'region' | 'mrcs' | 'searchMunicipalities' | 'municipality'>;

export function geographyQueries(db: Db): GeographyQueries {
  const allRegions = db.prepare<[], RegionRow>('SELECT * FROM regions ORDER BY code');
  const oneRegion = db.prepare<[string], RegionRow>('SELECT * FROM regions WHERE code = ?');
  const mrcsOfRegion = db.prepare<{ region: string | null }, MrcRow>(
    'SELECT * FROM mrcs WHERE @region IS NULL OR region_code = @region ORDER BY code',
  );
  const oneMunicipality = db.prepare<[string], MunicipalityRow>(
    `SELECT ${MUNICIPALITY_COLUMNS} FROM municipalities WHERE code = ?`,
  );
  const searchRows = db.prepare<[], SearchRow>(
    `SELECT ${MUNICIPALITY_COLUMNS}, search_name, name_order FROM municipalities ORDER BY name_order`,
  );
  // Read on the first search, after the seed; the table never changes afterwards.
  let searchable: SearchRow[] | undefined;

  return {
    regions: () => allRegions.all().map(toRegion),

    region: findOne(oneRegion, toRegion),

    mrcs: (filter) => mrcsOfRegion.all({ region: filter.region ?? null }).map(toMrc),

    searchMunicipalities(query: MunicipalitySearch): PageResult<Municipality> {
      const { folded, expanded } = searchForms(query.q ?? '');
      const region = query.region ?? null;
      const mrc = query.mrc ?? null;
      const code = /^\d{5}$/.test(folded) ? folded : null;
      const page = { boundTo: [folded, region, mrc], cursor: query.cursor, limit: query.limit };
      return readPage(
        MUNICIPALITY_PAGES,
        page,
        ([afterRank, afterOrder], limit) =>
          rankMunicipalities((searchable ??= searchRows.all()), {
            folded,
            expanded,
            code,
            region,
            mrc,
            afterRank,
            afterOrder,
            limit,
          }),
        toMunicipality,
      );
    },

    municipality: findOne(oneMunicipality, toMunicipality),
  };
}
