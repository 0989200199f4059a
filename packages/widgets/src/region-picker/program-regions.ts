/**
 * The program's regions as `GET /v1/regions` lists them, known before it answers so
 * that the list's skeleton takes the loaded list's height (issue 12: without the
 * service notes it grew 94 px in a 650 px column). The server seeds `served` and
 * `serviceArea` from UNSERVED_REGION_CODES and PARTLY_SERVED_REGION_CODES
 * (packages/schemas/src/common.ts, through packages/server/src/store/seed-geography.ts),
 * which would bring zod into the bundle if imported here; the names come from
 * packages/server/src/data/quebec/regions.json. test/region-picker-layout.test.ts
 * checks all of it against the API.
 */

/** The 17 region codes, in the API's order (by code). */
export const REGION_CODES = Array.from({ length: 17 }, (_, i) => String(i + 101).slice(1));
/** Not served: 06 Montréal, 13 Laval. */
export const UNSERVED = ['06', '13'];
/** Served only outside the CMM: 14 Lanaudière, 15 Laurentides, 16 Montérégie. */
export const PARTLY_SERVED = ['14', '15', '16'];
/**
 * The names that wrap in the list's narrowest column (11.25 em beside the radio button):
 * 11.8 and 13.8 em in DejaVu Sans, a wide sans-serif. The next, Chaudière-Appalaches
 * and Abitibi-Témiscamingue (10.2 and 10.1 em), fit there; shorter names never wrap,
 * so the skeleton ships only these two, spelled the same in French and English.
 */
export const LONG_NAMES: Record<string, string> = {
  '02': 'Saguenay–Lac-Saint-Jean',
  '11': 'Gaspésie–Îles-de-la-Madeleine',
};
