import type { Language } from '@emplois-en-regions/schemas';
import type { OperationError } from '../operations/errors.js';
import type { Messages } from './messages.js';

/** Exit codes (documented in every --help): refused (1) and usage error (2). */
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;

/**
 * An expected failure: its lines are printed on stderr as they are (no stack)
 * and the run exits with `exitCode`.
 */
export class AdminFailure extends Error {
  constructor(
    message: string,
    readonly details: readonly string[] = [],
    readonly exitCode: number = EXIT_REFUSED,
  ) {
    super(message);
    this.name = 'AdminFailure';
  }
}

/**
 * An operation's refusal worded for the operator: `source` says what was read (an
 * option, a file) and `labels` turns the operation's field names into the options
 * the operator typed (`regionCodes` → `--regions`).
 */
export function refusal(
  error: OperationError,
  messages: Messages,
  lang: Language,
  source: string,
  labels: Record<string, string> = {},
): AdminFailure {
  if (error.failure === 'stale') return new AdminFailure(messages.staleVersion);
  const details = error.errors(lang).map((fieldError) => {
    const root = fieldError.field.replace(/[.[].*$/, '');
    const label =
      labels[fieldError.field] ?? (labels[root] ? `${labels[root]} (${fieldError.field})` : fieldError.field);
    return messages.field(label, fieldError.message);
  });
  return new AdminFailure(messages.invalidInput(source), details);
}
