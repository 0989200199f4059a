import * as z from 'zod/mini';
import {
  CmmMembership,
  LocalizedText,
  MrcCode,
  MunicipalityCode,
  RegionCode,
  ServiceArea,
  page,
} from './common.js';

/** One of Québec's 17 administrative regions. */
export const Region = z.looseObject({
  code: RegionCode,
  name: LocalizedText,
  /** True for the 15 regions where the program accompanies newcomers. */
  served: z.boolean(),
  serviceArea: ServiceArea,
  cmm: CmmMembership,
  mrcCount: z.int(),
  equivalentTerritoryCount: z.int(),
  municipalityCount: z.int(),
  localMunicipalityCount: z.int(),
  population: z.int(),
  populationOutsideCmm: z.int(),
});
export type Region = z.infer<typeof Region>;

/** Source and licence of the geographic data, to be shown with it. */
export const Attribution = z.looseObject({
  text: LocalizedText,
  licence: z.string(),
  sourcesUrl: z.string(),
});
export type Attribution = z.infer<typeof Attribution>;

/** The administrative regions (`GET /v1/regions`), with the attribution of the geographic data. */
export const RegionList = z.extend(page(Region), { attribution: Attribution });
/** The administrative regions and the data attribution. */
export type RegionList = z.infer<typeof RegionList>;

/** A regional county municipality (MRC) or an equivalent territory (TE). */
export const Mrc = z.looseObject({
  code: MrcCode,
  name: z.string(),
  type: z.enum(['MRC', 'TE']),
  regionCode: RegionCode,
  cmm: CmmMembership,
  municipalityCount: z.int(),
  population: z.int(),
});
export type Mrc = z.infer<typeof Mrc>;
/** MRCs and equivalent territories (`GET /v1/mrcs`), with the attribution of the geographic data. */
export const MrcList = z.extend(page(Mrc), { attribution: Attribution });
/** MRCs and equivalent territories and the data attribution. */
export type MrcList = z.infer<typeof MrcList>;

/** Kinds of municipal entities: local municipalities, reserves, category I lands, unorganized territories, regional government. */
export const MUNICIPALITY_KINDS = [
  'local_municipality',
  'indian_reserve',
  'category_I_land',
  'unorganized_territory',
  'regional_government',
] as const;

/** One of the 1,281 municipal entities of the MAMH directory. */
export const Municipality = z.looseObject({
  code: MunicipalityCode,
  name: z.string(),
  /** Official designation in French (Ville, Municipalité, Paroisse, Canton, …). */
  designation: z.string(),
  /** One of MUNICIPALITY_KINDS; a newer server may add kinds. */
  kind: z.string(),
  regionCode: RegionCode,
  /** MRC or equivalent territory the entity lies in; null for the few outside any. */
  mrcCode: z.nullable(MrcCode),
  cmm: z.boolean(),
  population: z.int(),
});
export type Municipality = z.infer<typeof Municipality>;
/** A page of municipal entities (`GET /v1/municipalities`), with the attribution of the geographic data. */
export const MunicipalityList = z.extend(page(Municipality), { attribution: Attribution });
/** A page of municipal entities and the data attribution. */
export type MunicipalityList = z.infer<typeof MunicipalityList>;
