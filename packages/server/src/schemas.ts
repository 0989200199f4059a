/**
 * Schemas the server needs that the shared package does not have (yet):
 * documents only this server produces, the iCalendar feed query and the
 * Idempotency-Key header. Shared schemas stay in packages/schemas.
 */
import * as z from 'zod/mini';
import { Attribution, EventQuery, Language } from '@emplois-en-regions/schemas';

/** `GET /v1`: where everything is. */
export const ApiIndex = z.looseObject({
  name: z.string(),
  version: z.string(),
  /** Absolute URLs of the resources, the OpenAPI document and the reference page. */
  links: z.record(z.string(), z.string()),
  attribution: Attribution,
});
export type ApiIndex = z.infer<typeof ApiIndex>;

/** `GET /healthz`. */
export const Health = z.looseObject({
  status: z.enum(['ok', 'unavailable']),
  /** Whether this instance reaches its database (503 `unavailable` when it does not). */
  database: z.looseObject({
    engine: z.enum(['sqlite', 'postgres']),
    status: z.enum(['ok', 'unreachable']),
  }),
});

/** `GET /v1/events.ics`: the event filters without paging (a feed holds every match), plus `lang`. */
export const EventFeedQuery = z.strictObject({
  ...z.omit(EventQuery, { limit: true, cursor: true }).def.shape,
  /** Language of SUMMARY and DESCRIPTION; default: Accept-Language, else French. */
  lang: z.optional(Language),
});

/** `GET /v1/events/{id}.ics`: only the language. */
export const EventFileQuery = z.strictObject({ lang: z.optional(Language) });

/** One key per logical submission, reused on every retry: 8–255 visible ASCII characters. */
export const IdempotencyKey = z.string().check(z.regex(/^[\x21-\x7e]{8,255}$/));

/** `GET /docs/api` and `GET /v1/openapi.json`: the language of the texts (default: Accept-Language, else French). */
export const DocsQuery = z.strictObject({ lang: z.optional(Language) });
