import type { CmmMembership, Mrc, Municipality, Region, ServiceArea } from '@emplois-en-regions/schemas';
import { statement, type Sql } from './sql.js';
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

export function geographyQueries(db: Sql): GeographyQueries {
  const allRegions = statement<[], RegionRow>(db, 'SELECT * FROM regions ORDER BY code');
  const oneRegion = statement<[string], RegionRow>(db, 'SELECT * FROM regions WHERE code = ?');
  const mrcsOfRegion = statement<{ region: string | null }, MrcRow>(
    db,
    'SELECT * FROM mrcs WHERE CAST(@region AS TEXT) IS NULL OR region_code = @region ORDER BY code',
  );
  const oneMunicipality = statement<[string], MunicipalityRow>(
    db,
    `SELECT ${MUNICIPALITY_COLUMNS} FROM municipalities WHERE code = ?`,
  );
  const searchRows = statement<[], SearchRow>(
    db,
    `SELECT ${MUNICIPALITY_COLUMNS}, search_name, name_order FROM municipalities ORDER BY name_order`,
  );
  // The whole table (about 1,300 small rows) is ranked in memory (municipality-search.ts),
  // identically on every engine. Read on the first search, after the seed: it changes only
  // with the seed, at start. A failed read is not kept, so the next search tries again.
  let searchable: Promise<SearchRow[]> | undefined;
  const searchableRows = () =>
    (searchable ??= searchRows.all().catch((error: unknown) => {
      searchable = undefined;
      throw error;
    }));

  return {
    regions: async () => (await allRegions.all()).map(toRegion),

    region: findOne(oneRegion, toRegion),

    mrcs: async (filter) => (await mrcsOfRegion.all({ region: filter.region ?? null })).map(toMrc),

    async searchMunicipalities(query: MunicipalitySearch): Promise<PageResult<Municipality>> {
      const rows = await searchableRows();
      const { folded, expanded } = searchForms(query.q ?? '');
      const region = query.region ?? null;
      const mrc = query.mrc ?? null;
      const code = /^\d{5}$/.test(folded) ? folded : null;
      const page = { boundTo: [folded, region, mrc], cursor: query.cursor, limit: query.limit };
      return readPage(
        MUNICIPALITY_PAGES,
        page,
        ([afterRank, afterOrder], limit) =>
          rankMunicipalities(rows, {
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
