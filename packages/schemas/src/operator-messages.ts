import { FIELD_MESSAGES, type Message, type MessageTable } from './messages.js';

/**
 * Field-error texts only the server and the operator's tools need: event rules,
 * organizations, keys. Kept apart from FIELD_MESSAGES so that browser bundles,
 * which only validate a visitor's input, do not carry them.
 */
const OPERATOR_MESSAGES = {
  end_before_start: {
    fr: () => 'La fin doit venir après le début.',
    en: () => 'The end must come after the start.',
  },
  location_required: {
    fr: () => 'Un événement en personne ou hybride a besoin d’un lieu.',
    en: () => 'An in-person or hybrid event needs a location.',
  },
  online_url_required: {
    fr: () => 'Un événement en ligne ou hybride a besoin d’une adresse de connexion.',
    en: () => 'An online or hybrid event needs a link to join.',
  },
  unknown_code: {
    fr: () => 'Ce code n’existe pas.',
    en: () => 'This code does not exist.',
  },
  duplicate_value: {
    fr: () => 'Chaque valeur ne peut être donnée qu’une fois.',
    en: () => 'Each value can be given only once.',
  },
  invalid_origin: {
    fr: () =>
      'Une origine s’écrit schéma://hôte[:port], par exemple https://www.mrc-exemple.qc.ca, sans chemin ni joker dans le nom.',
    en: () =>
      'An origin is written scheme://host[:port], e.g. https://www.mrc-exemple.qc.ca, with no path and no wildcard in the name.',
  },
  already_exists: {
    fr: () => 'Cette valeur est déjà utilisée.',
    en: () => 'This value is already in use.',
  },
  not_found: {
    fr: () => 'Aucun élément ne porte cet identifiant.',
    en: () => 'Nothing has this identifier.',
  },
} satisfies Record<string, Message>;

/** A field-error code only the server and the operator's tools produce. */
export type OperatorFieldErrorCode = keyof typeof OPERATOR_MESSAGES;

/** Every field-error text: pass it to `fieldMessage` / `toFieldErrors` on the server side. */
export const ALL_FIELD_MESSAGES: MessageTable = {
  ...FIELD_MESSAGES,
  ...OPERATOR_MESSAGES,
};
