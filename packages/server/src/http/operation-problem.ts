import type { Language } from '@emplois-en-regions/schemas';
import type { OperationError, OperationFailure } from '../operations/errors.js';
import type { ProblemInit } from './problem.js';
import { bodyFieldErrors } from './validation.js';

const ANSWERS: Record<OperationFailure, Pick<ProblemInit, 'status' | 'code'>> = {
  invalid: { status: 422, code: 'invalid_body' },
  conflict: { status: 409, code: 'conflict' },
  not_found: { status: 404, code: 'not_found' },
  stale: { status: 412, code: 'precondition_failed' },
};

/**
 * The one mapping of a business-rule failure to problem+json: invalid input → 422
 * `invalid_body`, conflict → 409, not found (also another organization's row) → 404,
 * stale If-Match → 412 `precondition_failed`. A field error on the root of the body is
 * named `body`, as validateBody names it.
 */
export function operationProblem(error: OperationError, lang: Language): ProblemInit {
  return { ...ANSWERS[error.failure], errors: bodyFieldErrors(error.errors(lang)) };
}
