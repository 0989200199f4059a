import type * as z from 'zod/mini';
import type { Language } from './common.js';
import { SAFE_TEXT } from './safe-text.js';
import type { FieldError } from './problem.js';
import type { OperatorFieldErrorCode } from './operator-messages.js';

type Issue = z.core.$ZodIssue;
/** A field-error text in each language; `n` is the limit it names, if any. */
export type Message = Record<Language, (n?: number) => string>;

const NBSP = '\u00a0';

/** Field-error codes and their texts. French follows OQLF typography. */
const MESSAGES = {
  required: { fr: () => 'Ce champ est obligatoire.', en: () => 'This field is required.' },
  invalid_type: {
    fr: () => 'Le type de cette valeur est incorrect.',
    en: () => 'This value has the wrong type.',
  },
  too_short: {
    fr: (n) => `Entrez au moins ${n}${NBSP}caractère${n === 1 ? '' : 's'}.`,
    en: (n) => `Enter at least ${n} character${n === 1 ? '' : 's'}.`,
  },
  too_long: {
    fr: (n) => `Entrez au plus ${n}${NBSP}caractères.`,
    en: (n) => `Enter at most ${n} characters.`,
  },
  too_few_items: {
    fr: (n) => `Choisissez au moins ${n}${NBSP}élément${n === 1 ? '' : 's'}.`,
    en: (n) => `Choose at least ${n} item${n === 1 ? '' : 's'}.`,
  },
  too_many_items: {
    fr: (n) => `Choisissez au plus ${n}${NBSP}éléments.`,
    en: (n) => `Choose at most ${n} items.`,
  },
  too_small: { fr: (n) => `La valeur minimale est ${n}.`, en: (n) => `The minimum is ${n}.` },
  too_big: { fr: (n) => `La valeur maximale est ${n}.`, en: (n) => `The maximum is ${n}.` },
  invalid_email: {
    fr: () => 'Entrez une adresse courriel valide, par exemple nom@exemple.ca.',
    en: () => 'Enter a valid email address, for example name@example.ca.',
  },
  invalid_url: {
    fr: () => 'Entrez une adresse web valide (https://…).',
    en: () => 'Enter a valid web address (https://…).',
  },
  invalid_date: {
    fr: () => 'Entrez une date au format AAAA-MM-JJ.',
    en: () => 'Enter a date in the YYYY-MM-DD format.',
  },
  invalid_format: {
    fr: () => 'Le format de cette valeur n’est pas valide.',
    en: () => 'This value is not in a valid format.',
  },
  invalid_value: { fr: () => 'Cette valeur n’est pas permise.', en: () => 'This value is not allowed.' },
  unknown_field: { fr: () => 'Ce champ est inconnu.', en: () => 'This field is unknown.' },
  consent_required: {
    fr: () => 'Votre consentement est nécessaire pour transmettre votre demande.',
    en: () => 'Your consent is needed to send your request.',
  },
  region_not_served: {
    fr: () => 'Le programme ne dessert pas cette région (Montréal et Laval sont exclues).',
    en: () => 'The program does not serve this region (Montréal and Laval are excluded).',
  },
  duplicate_region: {
    fr: () => 'Chaque région ne peut être choisie qu’une fois.',
    en: () => 'Each region can be chosen only once.',
  },
  honeypot: { fr: () => 'Ce champ doit rester vide.', en: () => 'This field must stay empty.' },
  invalid_characters: {
    fr: () => 'Ce texte contient des caractères invalides (caractère nul ou émoji incomplet).',
    en: () => 'This text contains invalid characters (a null character or an incomplete emoji).',
  },
} satisfies Record<string, Message>;

/** Field-error texts by code, e.g. FIELD_MESSAGES or ALL_FIELD_MESSAGES. */
export type MessageTable = Readonly<Record<string, Message>>;
/**
 * The texts a browser can need: what a visitor's input can get wrong. Codes that
 * only the server or an operator meets (event rules, keys, organizations) live in
 * operator-messages.ts, so that the widgets' bundle does not carry them.
 */
export { MESSAGES as FIELD_MESSAGES };

/**
 * Stable code of a field error, each with its French and English message: the
 * visitor's and the operator's (operator-messages.ts).
 */
export type FieldErrorCode = keyof typeof MESSAGES | OperatorFieldErrorCode;

/** zod reports a regex as `/source/`, the generated browser validators as its source. */
function isSafeTextPattern(pattern: string | undefined): boolean {
  return pattern === SAFE_TEXT.source || pattern === String(SAFE_TEXT);
}

/**
 * The localized text of a field-error code. `table`: FIELD_MESSAGES by default (the
 * visitor's codes); the server and the operator's tools pass ALL_FIELD_MESSAGES.
 */
export function fieldMessage(
  code: FieldErrorCode,
  lang: Language,
  n?: number,
  table: MessageTable = MESSAGES,
): string {
  return (table[code] ?? MESSAGES.invalid_value)[lang](n);
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function classify(issue: Issue, input: unknown, table: MessageTable): { code: FieldErrorCode; n?: number } {
  const last = issue.path[issue.path.length - 1];
  const missing = valueAt(input, issue.path) === undefined;
  if (missing && last === 'consent') return { code: 'consent_required' };
  if (
    missing &&
    (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')
  )
    return { code: 'required' };
  // Served regions are an enum: a well-formed region code outside it is Montréal or Laval.
  // The RegionCode pattern is repeated as a literal: importing the zod schema would pull
  // zod's runtime into every browser bundle that localizes field errors.
  if (issue.code === 'invalid_value' && issue.path.includes('regionCodes')) {
    const value = valueAt(input, issue.path);
    if (typeof value === 'string' && /^(0[1-9]|1[0-7])$/.test(value)) return { code: 'region_not_served' };
  }
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'invalid_type' };
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string') return { code: n <= 1 ? 'required' : 'too_short', n };
      if (issue.origin === 'array') return { code: 'too_few_items', n };
      return { code: 'too_small', n };
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'string')
        return n === 0 && last === 'website' ? { code: 'honeypot' } : { code: 'too_long', n };
      if (issue.origin === 'array') return { code: 'too_many_items', n };
      return { code: 'too_big', n };
    }
    case 'invalid_format':
      if (issue.format === 'email') return { code: 'invalid_email' };
      if (issue.format === 'url') return { code: 'invalid_url' };
      if (issue.format === 'date' || issue.format === 'datetime') return { code: 'invalid_date' };
      if (issue.format === 'regex' && isSafeTextPattern((issue as { pattern?: string }).pattern))
        return { code: 'invalid_characters' };
      return { code: 'invalid_format' };
    case 'invalid_value':
      return last === 'consent' ? { code: 'consent_required' } : { code: 'invalid_value' };
    case 'custom': {
      const code = (issue.params as { code?: string } | undefined)?.code;
      return code && code in table ? { code: code as FieldErrorCode } : { code: 'invalid_value' };
    }
    case 'invalid_union':
      return { code: 'invalid_format' };
    default:
      return { code: 'invalid_value' };
  }
}

/**
 * Turns zod issues into field errors with stable codes and messages in `lang`.
 * `input` is the value that was validated (zod does not keep it in issues), so
 * a missing field reads "required" rather than "wrong type".
 * Unknown keys become one error per key, so the caller can name each field.
 */
export function toFieldErrors(
  issues: readonly Issue[],
  lang: Language,
  input?: unknown,
  table: MessageTable = MESSAGES,
): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({
          field: pathOf([...issue.path, key]),
          code: 'unknown_field',
          message: fieldMessage('unknown_field', lang, undefined, table),
        });
      }
      continue;
    }
    const { code, n } = classify(issue, input, table);
    out.push({ field: pathOf(issue.path), code, message: fieldMessage(code, lang, n, table) });
  }
  return out;
}
