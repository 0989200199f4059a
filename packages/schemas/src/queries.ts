import * as z from 'zod/mini';
import { ContactRequestStatus } from './contact-requests.js';
import { EventType } from './events.js';
import { MrcCode, RegionCode } from './common.js';

/**
 * Page size, 1–100. Query strings carry it as digits (`0x10`, `1e1` or ` 5` are
 * refused, not coerced); the SDK passes a number.
 */
export const Limit = z.pipe(
  z.union([z.number(), z.string().check(z.regex(/^\d{1,6}$/))]),
  z.coerce.number<string | number>().check(z.int(), z.minimum(1), z.maximum(100)),
);
/** An opaque page cursor, as the API returned it in `nextCursor`. */
export const Cursor = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,200}$/));

/** Query of `GET /v1/mrcs`: MRCs of one region, or all. */
export const MrcQuery = z.strictObject({ region: z.optional(RegionCode) });
/** Query of `GET /v1/mrcs`. */
export type MrcQuery = z.input<typeof MrcQuery>;

/** Query of `GET /v1/municipalities`: accent- and case-insensitive text, region, MRC, page. */
export const MunicipalityQuery = z.strictObject({
  /** Accent-, case- and hyphen-insensitive search text. */
  q: z.optional(z.string().check(z.maxLength(100))),
  region: z.optional(RegionCode),
  mrc: z.optional(MrcCode),
  limit: z.optional(Limit),
  cursor: z.optional(Cursor),
});
/** Query of `GET /v1/municipalities`. */
export type MunicipalityQuery = z.input<typeof MunicipalityQuery>;

/** Query of `GET /v1/advisors`: advisors serving one region, or all. */
export const AdvisorQuery = z.strictObject({ region: z.optional(RegionCode) });
/** Query of `GET /v1/advisors`. */
export type AdvisorQuery = z.input<typeof AdvisorQuery>;

/** Query of `GET /v1/events`: region, type, date range, page. */
export const EventQuery = z.strictObject({
  region: z.optional(RegionCode),
  type: z.optional(EventType),
  /** Events ending at or after this date (YYYY-MM-DD) or date-time; default: now. */
  from: z.optional(z.union([z.iso.date(), z.iso.datetime({ offset: true })])),
  /** Events starting before this date or date-time. */
  to: z.optional(z.union([z.iso.date(), z.iso.datetime({ offset: true })])),
  limit: z.optional(Limit),
  cursor: z.optional(Cursor),
});
/** Query of `GET /v1/events`. */
export type EventQuery = z.input<typeof EventQuery>;

/** Query of `GET /v1/contact-requests`: status and page. */
export const ContactRequestQuery = z.strictObject({
  /** Only the requests at this stage of their follow-up. */
  status: z.optional(ContactRequestStatus),
  limit: z.optional(Limit),
  cursor: z.optional(Cursor),
});
/** Query of `GET /v1/contact-requests`. */
export type ContactRequestQuery = z.input<typeof ContactRequestQuery>;
