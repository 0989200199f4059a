import * as z from 'zod/mini';
import { Id, LocalizedText, RegionCode, page } from './common.js';

/** An organization of the program or one of its local partners. */
export const Organization = z.looseObject({
  id: Id,
  name: z.string(),
  /** `lead` runs the program (PROMIS, CFIQ, INICI); `partner` is a local organization. */
  role: z.enum(['lead', 'partner']),
  description: LocalizedText,
  website: z.nullable(z.string()),
  regionCodes: z.array(RegionCode),
  /** True for fictional demonstration data. */
  sample: z.boolean(),
});
export type Organization = z.infer<typeof Organization>;
/** A page of organizations (`GET /v1/organizations`). */
export const OrganizationList = page(Organization);
/** A page of organizations. */
export type OrganizationList = z.infer<typeof OrganizationList>;

/**
 * An advisor who accompanies newcomers in a region. No personal e-mail or
 * phone number is ever exposed: visitors reach advisors through contact requests.
 */
export const Advisor = z.looseObject({
  id: Id,
  displayName: z.string(),
  title: LocalizedText,
  organizationId: Id,
  organizationName: z.string(),
  regionCodes: z.array(RegionCode),
  languages: z.array(z.string()),
  /** True for fictional demonstration advisors. */
  sample: z.boolean(),
});
export type Advisor = z.infer<typeof Advisor>;
/** A page of advisors (`GET /v1/advisors`). */
export const AdvisorList = page(Advisor);
/** A page of advisors. */
export type AdvisorList = z.infer<typeof AdvisorList>;
