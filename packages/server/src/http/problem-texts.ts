import type { Language, ProblemCode } from '@emplois-en-regions/schemas';
import { NBSP } from '../data/typography.js';

/**
 * Titles and default details of every problem code, in French (OQLF
 * typography: typographic apostrophe, « » with non-breaking spaces, a
 * non-breaking space before « : », a narrow one before ; ? !) and English.
 */
interface ProblemText {
  title: string;
  detail: string;
}

export const PROBLEM_TEXTS: Record<ProblemCode, Record<Language, ProblemText>> = {
  not_found: {
    fr: { title: 'Ressource introuvable', detail: 'Aucune ressource ne correspond à cet identifiant.' },
    en: { title: 'Resource not found', detail: 'No resource matches this identifier.' },
  },
  route_not_found: {
    fr: {
      title: 'Adresse inconnue',
      detail: `Cette adresse ne fait pas partie de l’API. Consultez la référence${NBSP}: /docs/api.`,
    },
    en: {
      title: 'Unknown address',
      detail: 'This address is not part of the API. See the reference: /docs/api.',
    },
  },
  method_not_allowed: {
    fr: {
      title: 'Méthode non permise',
      detail: 'Cette adresse n’accepte pas cette méthode HTTP (voir l’en-tête Allow).',
    },
    en: {
      title: 'Method not allowed',
      detail: 'This address does not accept this HTTP method (see the Allow header).',
    },
  },
  invalid_query: {
    fr: {
      title: 'Paramètre invalide',
      detail: 'Un ou plusieurs paramètres de la requête sont invalides (voir errors).',
    },
    en: { title: 'Invalid parameter', detail: 'One or more request parameters are invalid (see errors).' },
  },
  invalid_body: {
    fr: {
      title: 'Données invalides',
      detail: 'Certains champs du corps de la requête sont invalides (voir errors).',
    },
    en: { title: 'Invalid data', detail: 'Some fields of the request body are invalid (see errors).' },
  },
  malformed_json: {
    fr: { title: 'JSON mal formé', detail: 'Le corps de la requête n’est pas un document JSON valide.' },
    en: { title: 'Malformed JSON', detail: 'The request body is not a valid JSON document.' },
  },
  unsupported_media_type: {
    fr: {
      title: 'Type de contenu non pris en charge',
      detail: `Envoyez le corps en JSON avec l’en-tête «${NBSP}Content-Type: application/json${NBSP}».`,
    },
    en: {
      title: 'Unsupported media type',
      detail: 'Send the body as JSON with the “Content-Type: application/json” header.',
    },
  },
  payload_too_large: {
    fr: { title: 'Requête trop volumineuse', detail: `Le corps de la requête dépasse 32${NBSP}Kio.` },
    en: { title: 'Payload too large', detail: 'The request body exceeds 32 KiB.' },
  },
  request_timeout: {
    fr: {
      title: 'Délai de requête dépassé',
      detail: 'Le corps de la requête n’est pas arrivé au complet à temps. Réessayez.',
    },
    en: { title: 'Request timeout', detail: 'The request body did not arrive in full in time. Try again.' },
  },
  idempotency_key_required: {
    fr: {
      title: 'Clé d’idempotence requise',
      detail:
        'Ajoutez un en-tête Idempotency-Key unique à chaque envoi, et réutilisez-le pour chaque nouvel essai.',
    },
    en: {
      title: 'Idempotency key required',
      detail: 'Add an Idempotency-Key header unique to each submission, and reuse it on every retry.',
    },
  },
  idempotency_key_invalid: {
    fr: {
      title: 'Clé d’idempotence invalide',
      detail: `L’en-tête Idempotency-Key doit compter de 8 à 255${NBSP}caractères ASCII visibles.`,
    },
    en: {
      title: 'Invalid idempotency key',
      detail: 'The Idempotency-Key header must hold 8 to 255 visible ASCII characters.',
    },
  },
  idempotency_key_conflict: {
    fr: {
      title: 'Conflit de clé d’idempotence',
      detail: 'Cette clé d’idempotence a déjà servi pour une demande différente. Utilisez une nouvelle clé.',
    },
    en: {
      title: 'Idempotency key conflict',
      detail: 'This idempotency key was already used for a different request. Use a new key.',
    },
  },
  conflict: {
    fr: {
      title: 'Conflit',
      detail: 'Cette modification contredit des données existantes (voir errors).',
    },
    en: { title: 'Conflict', detail: 'This change conflicts with existing data (see errors).' },
  },
  precondition_failed: {
    fr: {
      title: 'Version périmée',
      detail:
        'La ressource a changé depuis votre lecture (If-Match ne correspond plus à son ETag). Relisez-la, puis réappliquez votre modification.',
    },
    en: {
      title: 'Stale version',
      detail:
        'The resource changed since you read it (If-Match no longer matches its ETag). Read it again, then reapply your change.',
    },
  },
  precondition_required: {
    fr: {
      title: 'En-tête If-Match requis',
      detail: `Envoyez l’ETag de la version lue dans l’en-tête If-Match, pour ne pas écraser la modification de quelqu’un d’autre.`,
    },
    en: {
      title: 'If-Match header required',
      detail:
        'Send the ETag of the version you read in the If-Match header, so as not to overwrite someone else’s change.',
    },
  },
  rate_limited: {
    fr: {
      title: 'Trop de requêtes',
      detail: 'Trop de demandes ont été envoyées. Réessayez après le délai indiqué par Retry-After.',
    },
    en: {
      title: 'Too many requests',
      detail: 'Too many requests were sent. Retry after the Retry-After delay.',
    },
  },
  unauthorized: {
    fr: {
      title: 'Clé d’API requise',
      detail: 'Cette requête demande une clé d’API valide (paramètre key ou en-tête Authorization).',
    },
    en: {
      title: 'API key required',
      detail: 'This request needs a valid API key (key parameter or Authorization header).',
    },
  },
  forbidden: {
    fr: { title: 'Accès refusé', detail: 'Cette clé d’API ne permet pas cette requête.' },
    en: { title: 'Forbidden', detail: 'This API key does not allow this request.' },
  },
  origin_not_allowed: {
    fr: {
      title: 'Origine non autorisée',
      detail: 'Cette clé publique n’est pas liée à l’origine de la page qui fait la requête.',
    },
    en: {
      title: 'Origin not allowed',
      detail: 'This publishable key is not bound to the origin of the calling page.',
    },
  },
  internal_error: {
    fr: {
      title: 'Erreur interne',
      detail: 'Une erreur inattendue s’est produite. Réessayez plus tard en mentionnant le requestId.',
    },
    en: {
      title: 'Internal error',
      detail: 'An unexpected error occurred. Try again later, quoting the requestId.',
    },
  },
  service_unavailable: {
    fr: {
      title: 'Service indisponible',
      detail: 'Le service est momentanément indisponible. Réessayez après le délai indiqué par Retry-After.',
    },
    en: {
      title: 'Service unavailable',
      detail: 'The service is temporarily unavailable. Retry after the Retry-After delay.',
    },
  },
};

/**
 * Codes of the HTTP server itself, for requests Node's parser refuses before the
 * app sees them (client-error.ts). They are not in PROBLEM_CODES because no route
 * answers them: the OpenAPI document and the SDK only know the app's codes.
 */
export const SERVER_PROBLEM_CODES = ['bad_request', 'request_timeout', 'headers_too_large'] as const;
export type ServerProblemCode = (typeof SERVER_PROBLEM_CODES)[number];

export const SERVER_PROBLEM_TEXTS: Record<ServerProblemCode, Record<Language, ProblemText>> = {
  bad_request: {
    fr: {
      title: 'Requête mal formée',
      detail:
        'Le serveur n’a pas pu lire cette requête HTTP (ligne de requête, en-têtes ou découpage du corps invalides).',
    },
    en: {
      title: 'Bad request',
      detail: 'The server could not read this HTTP request (invalid request line, headers or body framing).',
    },
  },
  request_timeout: {
    fr: {
      title: 'Délai de requête dépassé',
      detail: 'La requête n’est pas arrivée au complet à temps. Réessayez.',
    },
    en: { title: 'Request timeout', detail: 'The request did not arrive in full in time. Try again.' },
  },
  headers_too_large: {
    fr: {
      title: 'En-têtes trop volumineux',
      detail: 'Les en-têtes de la requête (témoins compris) dépassent la taille que le serveur accepte.',
    },
    en: {
      title: 'Request headers too large',
      detail: 'The request headers (cookies included) exceed the size the server accepts.',
    },
  },
};

/** Specific details, used instead of the default one when they say more. */
export const DETAILS = {
  secretKeyFromBrowser: {
    fr: 'Une clé secrète ne doit jamais être utilisée dans un navigateur (en-tête Origin présent).',
    en: 'A secret key must never be used from a browser (Origin header present).',
  },
  secretKeyRequired: {
    fr: 'Cette requête demande la clé secrète de l’organisme (sk_…), côté serveur. Une clé publique ne permet que de lire et d’envoyer le formulaire de contact.',
    en: 'This request needs the organization’s secret key (sk_…), server-side. A publishable key can only read and send the contact form.',
  },
  bodyTooLarge: {
    fr: `Le corps de la requête doit faire au plus 32${NBSP}Kio.`,
    en: 'The request body must be at most 32 KiB.',
  },
  emptyBody: {
    fr: 'Le corps de la requête est vide.',
    en: 'The request body is empty.',
  },
  secretKeyInUrl: {
    fr: `Une clé secrète (sk_…) n’est jamais acceptée dans l’adresse${NBSP}: envoyez-la dans l’en-tête Authorization: Bearer, côté serveur, et remplacez-la si cette adresse a pu être enregistrée.`,
    en: 'A secret key (sk_…) is never accepted in the URL: send it in the Authorization: Bearer header, server-side, and replace it if that URL may have been logged.',
  },
  conflictingKeys: {
    fr: 'La requête porte deux clés d’API différentes (paramètre key et en-tête Authorization).',
    en: 'The request carries two different API keys (key parameter and Authorization header).',
  },
  invalidCursor: {
    fr: `Ce curseur est illisible ou appartient à une autre requête. Recommencez depuis la première page.`,
    en: 'This cursor is unreadable or belongs to another query. Start again from the first page.',
  },
} satisfies Record<string, Record<Language, string>>;

export type DetailKey = keyof typeof DETAILS;
