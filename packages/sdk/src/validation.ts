import {
  fieldMessage,
  toFieldErrors,
  type FieldError,
  type Language,
  type MessageTable,
} from '@emplois-en-regions/schemas';
import type { SafeParseResult } from '@emplois-en-regions/schemas/wire';
import { InvalidRequestError, ValidationError } from './errors.js';

/**
 * What the SDK validates with: the browser validators generated from the zod
 * schemas (`@emplois-en-regions/schemas/wire`, a fraction of zod's weight), or
 * a zod schema itself.
 *
 * @example
 * ```ts
 * import { Region } from '@emplois-en-regions/schemas/wire';
 * const checked: Validator<Region> = Region;
 * ```
 */
export interface Validator<T> {
  /** Checks `input`: its value on success, zod-shaped issues otherwise. */
  safeParse(input: unknown): SafeParseResult<T>;
}
import { describeCall, type CallInfo } from './error-from.js';

function listFields(fieldErrors: readonly FieldError[]): string {
  return fieldErrors.map((e) => `${e.field || '(body)'}: ${e.message}`).join('; ');
}

/**
 * The message of an input refused before sending: its field errors, which are already
 * in `lang`, and nothing around them that would mix two languages.
 */
function nothingSent(lang: Language, fieldErrors: readonly FieldError[]): string {
  const colon = lang === 'fr' ? '\u00a0: ' : ': ';
  return fieldErrors.map((e) => `${e.field || 'body'}${colon}${e.message}`).join(' ');
}

/**
 * The {@link InvalidRequestError} of one option refused before sending (an idempotency
 * key, a missing ETag): its field error in `lang`, and the `code` the API would answer.
 */
export function refusedOption(
  lang: Language,
  field: string,
  fieldCode: 'invalid_format' | 'required',
  code: string,
): InvalidRequestError {
  const fieldErrors = [{ field, code: fieldCode, message: fieldMessage(fieldCode, lang) }];
  return new InvalidRequestError(nothingSent(lang, fieldErrors), { kind: 'validation', code, fieldErrors });
}

/**
 * Checks the caller's input before anything is sent, and returns it as the API
 * expects it (trimmed, coerced). Refused input throws an {@link InvalidRequestError}
 * of kind `validation` whose field errors are in `lang` and whose `code` is the one
 * the API would have answered (`invalid_body`, or `invalid_query` for query and
 * path parameters). `field` names a lone value, such as a path parameter. `table`: the
 * field-error texts (default: a visitor's; the write API passes ALL_FIELD_MESSAGES).
 */
export function validateInput<Output>(
  schema: Validator<Output>,
  input: unknown,
  lang: Language,
  code: 'invalid_query' | 'invalid_body',
  field?: string,
  table?: MessageTable,
): Output {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors = toFieldErrors(result.error.issues, lang, input, table).map((error) =>
    field ? { ...error, field: [field, error.field].filter(Boolean).join('.') } : error,
  );
  throw new InvalidRequestError(nothingSent(lang, fieldErrors), {
    kind: 'validation',
    code,
    fieldErrors,
  });
}

/** Checks the API's answer against its schema; a mismatch names each offending path. */
export function validateResponse<Output>(
  schema: Validator<Output>,
  data: unknown,
  call: CallInfo & { status: number; requestId: string | undefined; lang: Language },
): Output {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const { lang, ...init } = call;
  throw invalidResponse(toFieldErrors(result.error.issues, lang, data), init);
}

/** The error for an answer whose body is not what its schema describes (or not JSON at all). */
export function invalidResponse(
  fieldErrors: FieldError[],
  call: CallInfo & { status: number; requestId: string | undefined; cause?: unknown },
): ValidationError {
  return new ValidationError(
    `${describeCall(call)} answered a body that does not match its schema: ${listFields(fieldErrors)}`,
    { kind: 'validation', code: 'invalid_response', fieldErrors, ...call },
  );
}
