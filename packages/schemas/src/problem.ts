import * as z from 'zod/mini';

/** Stable machine-readable error codes carried by every problem. */
export const PROBLEM_CODES = [
  'not_found',
  'route_not_found',
  'method_not_allowed',
  'invalid_query',
  'invalid_body',
  'malformed_json',
  'unsupported_media_type',
  'payload_too_large',
  'request_timeout',
  'idempotency_key_required',
  'idempotency_key_invalid',
  'idempotency_key_conflict',
  'conflict',
  'precondition_failed',
  'precondition_required',
  'rate_limited',
  'unauthorized',
  'forbidden',
  'origin_not_allowed',
  'internal_error',
  'service_unavailable',
] as const;
/** Stable `code` of an API problem (RFC 9457): one of `PROBLEM_CODES`. */
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** One invalid field: its dotted path (`regionCodes.0`), a stable code and a localized message. */
export const FieldError = z.looseObject({
  field: z.string(),
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details, extended with `code`, `requestId` and `errors`. */
export const Problem = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string(),
  code: z.string(),
  instance: z.optional(z.string()),
  requestId: z.optional(z.string()),
  errors: z.optional(z.array(FieldError)),
  /** Seconds to wait before retrying (429, 503). */
  retryAfter: z.optional(z.number()),
});
export type Problem = z.infer<typeof Problem>;
