import * as z from 'zod/mini';
import {
  DateTime,
  Id,
  Language,
  MunicipalityCode,
  RegionCode,
  SERVED_REGION_CODES,
  page,
  safeText,
} from './common.js';

/** Length and count limits of a contact request, shared by the API, the SDK and the form. */
export const CONTACT_LIMITS = {
  nameMax: 120,
  emailMax: 254,
  phoneMax: 30,
  messageMin: 10,
  messageMax: 2000,
  regionsMax: 3,
} as const;

/**
 * A region the program serves (every code but 06 Montréal and 13 Laval). An
 * enum rather than a refinement so that the JSON Schema (OpenAPI, browser
 * validators) carries the rule too.
 */
export const ServedRegionCode = z.enum(SERVED_REGION_CODES);

/** What a visitor sends through the advisor contact form. Unknown fields are refused. */
export const ContactRequestInput = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(CONTACT_LIMITS.nameMax), safeText()),
  email: z.email().check(z.maxLength(CONTACT_LIMITS.emailMax)),
  phone: z.optional(z.string().check(z.maxLength(CONTACT_LIMITS.phoneMax), z.regex(/^\+?[0-9 ().-]{7,30}$/))),
  /** One to three served regions the visitor is interested in. */
  regionCodes: z.array(ServedRegionCode).check(
    z.minLength(1),
    z.maxLength(CONTACT_LIMITS.regionsMax),
    z.refine((codes) => new Set(codes).size === codes.length, { params: { code: 'duplicate_region' } }),
  ),
  municipalityCode: z.optional(MunicipalityCode),
  message: z
    .string()
    .check(
      z.trim(),
      z.minLength(CONTACT_LIMITS.messageMin),
      z.maxLength(CONTACT_LIMITS.messageMax),
      safeText(),
    ),
  preferredLanguage: Language,
  /** Law 25: explicit consent to the partner's privacy policy. Must be `true`. */
  consent: z.literal(true),
  /** URL of the partner's privacy policy the visitor consented to. */
  privacyPolicyUrl: z.optional(z.url({ protocol: /^https?$/ }).check(z.maxLength(2048))),
  /** Honeypot: a field hidden from people; bots fill it. Must stay empty. */
  website: z.optional(z.string().check(z.maxLength(0))),
});
export type ContactRequestInput = z.input<typeof ContactRequestInput>;

/** What the visitor gets back: a human reference and when to expect an answer. */
export const ContactRequestReceipt = z.looseObject({
  id: Id,
  reference: z.string().check(z.regex(/^EER-\d{4}-\d{6}$/)),
  status: z.enum(['received']),
  createdAt: DateTime,
  regionCodes: z.array(RegionCode),
  organization: z.looseObject({ id: Id, name: z.string() }),
  /** Business days within which an advisor answers. */
  responseDelayBusinessDays: z.int(),
  /** Date (YYYY-MM-DD, America/Toronto) by which an advisor answers. */
  respondBy: z.iso.date(),
});
export type ContactRequestReceipt = z.infer<typeof ContactRequestReceipt>;

/** A stored contact request as its organization sees it with a secret key. */
export const ContactRequest = z.looseObject({
  ...ContactRequestReceipt.def.shape,
  /** Follow-up by the organization (the receipt's `received` is what the visitor was told). */
  status: z.enum(['new', 'in_progress', 'closed']),
  /** Last change of the request (creation, status, erasure). */
  updatedAt: DateTime,
  /** When the personal fields were erased (retention or a Law 25 request); they are then empty. */
  erasedAt: z.optional(z.nullable(DateTime)),
  name: z.string(),
  email: z.string(),
  phone: z.nullable(z.string()),
  municipalityCode: z.nullable(MunicipalityCode),
  message: z.string(),
  preferredLanguage: Language,
  consentAt: DateTime,
  privacyPolicyUrl: z.nullable(z.string()),
  /** Origin of the page the request was sent from, if any. */
  origin: z.nullable(z.string()),
});
export type ContactRequest = z.infer<typeof ContactRequest>;
/** A page of contact requests (`GET /v1/contact-requests`, secret key). */
export const ContactRequestList = page(ContactRequest);
/** A page of contact requests. */
export type ContactRequestList = z.infer<typeof ContactRequestList>;

/** Where an organization is with a request: `new` → `in_progress` → `closed`. */
export const CONTACT_REQUEST_STATUSES = ['new', 'in_progress', 'closed'] as const;
/** The status of a contact request: one of {@link CONTACT_REQUEST_STATUSES}. */
export const ContactRequestStatus = z.enum(CONTACT_REQUEST_STATUSES);
/** `new`, `in_progress` or `closed`. */
export type ContactRequestStatus = z.infer<typeof ContactRequestStatus>;

/** `PATCH /v1/contact-requests/{id}` (secret key): follow-up of a request. */
export const ContactRequestPatch = z.strictObject({
  status: ContactRequestStatus,
});
export type ContactRequestPatch = z.input<typeof ContactRequestPatch>;
