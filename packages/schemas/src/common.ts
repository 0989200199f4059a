import * as z from 'zod/mini';
import { SAFE_TEXT } from './safe-text.js';

/** Languages a visitor can read: French first, English second. */
export const LANGUAGES = ['fr', 'en'] as const;
/** A language a visitor reads: `fr` or `en`. */
export const Language = z.enum(LANGUAGES);
/** `fr` or `en`. */
export type Language = z.infer<typeof Language>;

/** A human text in both languages of the program. */
export const LocalizedText = z.looseObject({
  fr: z.string(),
  en: z.string(),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Text a person typed (no NUL, no lone surrogate): see safe-text.ts. */
export { SAFE_TEXT };

/** The check for SAFE_TEXT; its failure is reported as `invalid_characters`. */
export const safeText = () => z.regex(SAFE_TEXT);

/** Administrative region code, "01" … "17". */
export const RegionCode = z.string().check(z.regex(/^(0[1-9]|1[0-7])$/));
export type RegionCode = z.infer<typeof RegionCode>;

/** MRC or equivalent territory code as published by the MRNF (2 or 3 digits). */
export const MrcCode = z.string().check(z.regex(/^\d{2,3}$/));

/** Municipal geographic code (5 digits). */
export const MunicipalityCode = z.string().check(z.regex(/^\d{5}$/));

/** An opaque identifier such as `org_promis` or `evt_…`. */
export const Id = z.string().check(z.regex(/^[a-z]{2,5}_[A-Za-z0-9_-]{1,64}$/));

/** ISO 8601 date-time with an offset, e.g. `2026-12-03T14:30:00-05:00`. */
export const DateTime = z.iso.datetime({ offset: true });

/** How much of a region the program serves. */
export const ServiceArea = z.enum(['all', 'outside-cmm', 'none']);
export type ServiceArea = z.infer<typeof ServiceArea>;

/** Membership in the Communauté métropolitaine de Montréal. */
export const CmmMembership = z.enum(['all', 'partial', 'none']);
export type CmmMembership = z.infer<typeof CmmMembership>;

/** The 15 regions the program serves: all but 06 Montréal and 13 Laval. */
export const SERVED_REGION_CODES = [
  '01',
  '02',
  '03',
  '04',
  '05',
  '07',
  '08',
  '09',
  '10',
  '11',
  '12',
  '14',
  '15',
  '16',
  '17',
] as const;
/** Regions the program does not serve at all (Montréal, Laval). */
export const UNSERVED_REGION_CODES: readonly string[] = ['06', '13'];
/** Regions served only outside the CMM (Lanaudière, Laurentides, Montérégie). */
export const PARTLY_SERVED_REGION_CODES: readonly string[] = ['14', '15', '16'];

/** True when the program serves at least part of the region. */
export function isServedRegion(code: string): boolean {
  return RegionCode.safeParse(code).success && !UNSERVED_REGION_CODES.includes(code);
}

/** Envelope of every list response. `nextCursor` is null on the last page. */
export function page<T extends z.core.$ZodType>(item: T) {
  return z.looseObject({
    data: z.array(item),
    nextCursor: z.nullable(z.string()),
  });
}
/** One page of a list: its items and the cursor of the next page (`null` on the last). */
export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}
