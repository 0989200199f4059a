import { fieldMessage, type Language } from '@emplois-en-regions/schemas';
import type { Validator } from './validation.js';
import { errorFromThrown, type CallInfo } from './error-from.js';
import { invalidResponse, validateResponse } from './validation.js';

/** How to read an answer's body. */
export interface BodyReading<T> {
  /** Checked only when `strict`. */
  schema?: Validator<T> | undefined;
  strict: boolean;
  lang: Language;
  /** The caller's signal, so an abort while reading is reported as such. */
  signal?: AbortSignal | undefined;
}

/** The JSON body of a successful answer, validated against its schema in strict mode. */
export async function readJsonBody<T>(
  response: Response,
  call: CallInfo,
  reading: BodyReading<T>,
): Promise<T> {
  const details = {
    ...call,
    status: response.status,
    requestId: response.headers.get('x-request-id') ?? undefined,
  };
  let text: string;
  try {
    text = await response.text();
  } catch (thrown) {
    throw errorFromThrown(thrown, call, reading.signal);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    const message = fieldMessage('invalid_format', reading.lang);
    throw invalidResponse([{ field: '', code: 'invalid_format', message }], { ...details, cause });
  }
  if (!reading.schema || !reading.strict) return data as T;
  return validateResponse(reading.schema, data, { ...details, lang: reading.lang });
}
