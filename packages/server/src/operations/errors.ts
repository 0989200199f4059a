import * as z from 'zod/mini';
import { ALL_FIELD_MESSAGES, fieldMessage, toFieldErrors } from '@emplois-en-regions/schemas';
import type { FieldError, FieldErrorCode, Language } from '@emplois-en-regions/schemas';

/**
 * What went wrong in a business rule, whoever asked (an HTTP route answers it as
 * problem+json, eer-admin prints it): `invalid` input (field errors), a `conflict`
 * with existing data, a `not_found` target (also for another organization's rows,
 * never revealed), or a `stale` version (If-Match).
 */
export type OperationFailure = 'invalid' | 'conflict' | 'not_found' | 'stale';

export class OperationError extends Error {
  constructor(
    readonly failure: OperationFailure,
    /** Field errors in the asked language. */
    readonly errors: (lang: Language) => FieldError[],
  ) {
    super(
      `${failure}: ${errors('en')
        .map((error) => `${error.field} ${error.message}`)
        .join('; ')}`,
    );
    this.name = 'OperationError';
  }

  /** One field and one code, e.g. `fieldFailure('not_found', 'organization', 'not_found')`. */
  static field(failure: OperationFailure, field: string, code: FieldErrorCode, n?: number): OperationError {
    return new OperationError(failure, (lang) => [
      { field, code, message: fieldMessage(code, lang, n, ALL_FIELD_MESSAGES) },
    ]);
  }
}

/** Parses `input` with a schema, or throws an `invalid` OperationError naming each field. */
export function parseInput<S extends z.core.$ZodType>(schema: S, input: unknown): z.output<S> {
  const result = z.safeParse(schema, input);
  if (result.success) return result.data;
  const issues = result.error.issues;
  throw new OperationError('invalid', (lang) => toFieldErrors(issues, lang, input, ALL_FIELD_MESSAGES));
}

/** True for an OperationError, also one from another copy of this module. */
export function isOperationError(error: unknown): error is OperationError {
  return error instanceof Error && error.name === 'OperationError' && 'failure' in error;
}
