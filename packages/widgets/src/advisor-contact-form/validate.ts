import type { FieldErrorCode } from '@emplois-en-regions/schemas';
import { ContactRequestInput } from '@emplois-en-regions/schemas/wire';

/** The form's fields, in the order the visitor meets them (the first invalid one gets focus). */
export const FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'country',
  'city',
  'regions',
  'language',
  'message',
  'consent',
] as const;
export type Field = (typeof FIELDS)[number];

/** Codes of this form only (first and last name are one `name` for the API). */
export type OwnCode =
  | 'firstNameRequired'
  | 'lastNameRequired'
  | 'emailRequired'
  | 'messageRequired'
  | 'phoneInvalid'
  | 'regionsInvalid';

/** A field's error: a code (ours or the API's, with its number), or a text the API already localized. */
export interface FieldProblem {
  code?: FieldErrorCode | OwnCode;
  n?: number;
  text?: string;
}

// The API's own rules, read from the browser validator the SDK already bundles (the zod
// schemas would bundle zod). E-mail is checked loosely here and exactly by the SDK before
// sending, whose field error then lands on the field.
const API = ContactRequestInput.json.properties!;
const LIMITS = {
  emailMax: API.email!.maxLength!,
  regionsMax: API.regionCodes!.maxItems!,
  messageMin: API.message!.minLength!,
};
/** What the API's `message` holds (the residence line included). */
export const MESSAGE_MAX = API.message!.maxLength!;
const PHONE = new RegExp(API.phone!.pattern!);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** First and last name share the API's `name` (120 characters with the space between them). */
const NAME_MAX = (API.name!.maxLength! - 1) >> 1;
const PLACE_MAX = 100;

/**
 * Checks one field; `regions` are the codes chosen (or fixed by the host), `messageMax`
 * what the message may hold once the residence line is prepended.
 */
export function check(
  field: Field,
  values: Record<string, string>,
  regions: string[],
  messageMax: number,
): FieldProblem | undefined {
  const value = (values[field] ?? '').trim();
  const tooLong = (max: number) => (value.length > max ? { code: 'too_long' as const, n: max } : undefined);
  switch (field) {
    case 'firstName':
    case 'lastName':
      return value ? tooLong(NAME_MAX) : { code: `${field}Required` };
    case 'email':
      // Each empty field says what to enter, as the name fields do (not « Ce champ est obligatoire. »).
      if (!value) return { code: 'emailRequired' };
      return tooLong(LIMITS.emailMax) ?? (EMAIL.test(value) ? undefined : { code: 'invalid_email' });
    case 'phone':
      return value && !PHONE.test(value) ? { code: 'phoneInvalid' } : undefined;
    case 'country':
    case 'city':
      return tooLong(PLACE_MAX);
    case 'regions':
      return regions.length && regions.length <= LIMITS.regionsMax ? undefined : { code: 'regionsInvalid' };
    case 'message':
      if (!value) return { code: 'messageRequired' };
      return value.length < LIMITS.messageMin
        ? { code: 'too_short', n: LIMITS.messageMin }
        : tooLong(messageMax);
    case 'consent':
      return value ? undefined : { code: 'consent_required' };
    default:
      return undefined;
  }
}

/** The form field an API field error belongs to (`name` → first name, `regionCodes.0` → regions). */
export function fieldOf(apiField: string): Field | undefined {
  const head = apiField.split('.')[0];
  if (head === 'name') return 'firstName';
  if (head === 'regionCodes') return 'regions';
  if (head === 'preferredLanguage') return 'language';
  return (FIELDS as readonly string[]).includes(head!) ? (head as Field) : undefined;
}
