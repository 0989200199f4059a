import type { Context } from 'hono';
import * as z from 'zod/mini';
import { ALL_FIELD_MESSAGES, toFieldErrors } from '@emplois-en-regions/schemas';
import type { FieldError } from '@emplois-en-regions/schemas';
import { requestLanguage } from './language.js';
import { problem } from './problem.js';

type Schema = z.core.$ZodType;

/** zod names the root of a value ''; errors name it after what it is (a parameter, the body). */
function renameRoot(errors: FieldError[], root: string): FieldError[] {
  return errors.map((error) => ({ ...error, field: error.field === '' ? root : `${root}.${error.field}` }));
}

/** Body field errors: the root (a body that is not an object) is named `body`, the fields keep their path. */
export function bodyFieldErrors(errors: FieldError[]): FieldError[] {
  return errors.map((error) => (error.field === '' ? { ...error, field: 'body' } : error));
}

/**
 * The query string as an object for a strict schema: one value stays a
 * string; a repeated parameter becomes an array, which the schema refuses
 * by name rather than silently keeping one of the values.
 */
export function queryObject(c: Context, omit: readonly string[] = []): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  for (const [name, values] of Object.entries(c.req.queries())) {
    if (omit.includes(name)) continue;
    out[name] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

/** Validates the query string (minus `omit`) → 400 `invalid_query` naming each parameter. */
export function validateQuery<S extends Schema>(
  c: Context,
  schema: S,
  omit: readonly string[] = [],
): z.output<S> {
  const input = queryObject(c, omit);
  const result = z.safeParse(schema, { ...input });
  if (result.success) return result.data;
  throw problem(400, 'invalid_query', {
    errors: toFieldErrors(result.error.issues, requestLanguage(c), input, ALL_FIELD_MESSAGES),
  });
}

/** Validates one path parameter → 400 `invalid_query` naming it. */
export function validateParam<S extends Schema>(
  c: Context,
  name: string,
  value: string,
  schema: S,
): z.output<S> {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  const errors = toFieldErrors(result.error.issues, requestLanguage(c), value, ALL_FIELD_MESSAGES);
  throw problem(400, 'invalid_query', { errors: renameRoot(errors, name) });
}

/** Validates a parsed JSON body → 422 `invalid_body`; a non-object body is named `body`. */
export function validateBody<S extends Schema>(c: Context, schema: S, input: unknown): z.output<S> {
  const result = z.safeParse(schema, input);
  if (result.success) return result.data;
  const errors = toFieldErrors(result.error.issues, requestLanguage(c), input, ALL_FIELD_MESSAGES);
  throw problem(422, 'invalid_body', { errors: bodyFieldErrors(errors) });
}

/** For routes that take no parameter besides `key`: anything else is refused by name. */
export const NO_QUERY = z.strictObject({});
