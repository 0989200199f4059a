import type { Language } from '@emplois-en-regions/schemas';
import { NBSP } from '../data/typography.js';

const NNBSP = '\u202f';

/** Texts of the OpenAPI document that are not tied to one schema or route. */
export const OPENAPI_TEXTS = {
  fr: {
    title: 'API Emplois en régions',
    description: [
      `API publique du programme Emplois en régions (PROMIS, CFIQ, INICI)${NBSP}: régions, MRC, municipalités, organismes, conseillers, événements et demandes de contact.`,
      '',
      `Clés${NBSP}: une clé publique (pk_…) liée aux origines du partenaire, passée en paramètre key par les navigateurs${NNBSP}; une clé secrète (sk_…) en en-tête Authorization: Bearer, côté serveur seulement. La clé de démonstration pk_test_demo accepte http://localhost:* et http://127.0.0.1:*.`,
      '',
      `Erreurs${NBSP}: application/problem+json (RFC 9457) avec un code stable et errors[].field. Textes en français, sauf si Accept-Language préfère l’anglais.`,
    ].join('\n'),
    publishableKey: 'Clé publique (pk_…) en paramètre de requête, liée aux origines du partenaire.',
    bearerKey: 'Clé publique ou secrète (sk_…) en en-tête Authorization: Bearer, côté serveur.',
    requestId: 'Identifiant de la requête, à citer en cas de problème.',
    etag: `Étiquette forte (empreinte du corps)${NNBSP}; renvoyez-la dans If-None-Match.`,
    retryAfter: 'Secondes à attendre avant de réessayer.',
    replayed: 'true quand le reçu est celui d’un envoi précédent avec la même clé.',
    idempotencyKey: 'Une clé par envoi logique, réutilisée à chaque nouvel essai.',
    ifMatch: `L’ETag de la version lue (GET /v1/events/{id} ou la dernière écriture), par exemple «${NBSP}"evt_….v3"${NBSP}».`,
    eventEtag: `Version de l’événement, «${NBSP}"<id>.v<version>"${NBSP}»${NNBSP}: renvoyez-la dans If-Match pour le modifier, ou dans If-None-Match.`,
    location: 'Chemin de la ressource créée.',
    tags: {
      api: 'API',
      geography: 'Géographie',
      organizations: 'Organismes',
      events: 'Événements',
      'contact-requests': 'Demandes de contact',
    },
  },
  en: {
    title: 'Emplois en régions API',
    description: [
      'Public API of the Emplois en régions program (PROMIS, CFIQ, INICI): regions, MRCs, municipalities, organizations, advisors, events and contact requests.',
      '',
      'Keys: a publishable key (pk_…) bound to the partner’s origins, passed by browsers as the key query parameter; a secret key (sk_…) in the Authorization: Bearer header, server-side only. The demo key pk_test_demo accepts http://localhost:* and http://127.0.0.1:*.',
      '',
      'Errors: application/problem+json (RFC 9457) with a stable code and errors[].field. Texts in French unless Accept-Language prefers English.',
    ].join('\n'),
    publishableKey: 'Publishable key (pk_…) as a query parameter, bound to the partner’s origins.',
    bearerKey: 'Publishable or secret key (sk_…) in the Authorization: Bearer header, server-side.',
    requestId: 'Identifier of the request, to quote when reporting a problem.',
    etag: 'Strong tag (hash of the body); send it back in If-None-Match.',
    retryAfter: 'Seconds to wait before retrying.',
    replayed: 'true when the receipt is the one of an earlier submission with the same key.',
    idempotencyKey: 'One key per logical submission, reused on every retry.',
    ifMatch: 'The ETag of the version you read (GET /v1/events/{id} or the last write), e.g. "evt_….v3".',
    eventEtag:
      'Version of the event, "<id>.v<version>": send it back in If-Match to change it, or in If-None-Match.',
    location: 'Path of the created resource.',
    tags: {
      api: 'API',
      geography: 'Geography',
      organizations: 'Organizations',
      events: 'Events',
      'contact-requests': 'Contact requests',
    },
  },
} satisfies Record<Language, unknown>;

/** Meaning of each status code in the documented responses. */
export const STATUS_TEXTS: Record<Language, Record<number, string>> = {
  fr: {
    200: 'Succès',
    201: 'Créée (ou reçu rejoué)',
    304: 'Non modifiée (If-None-Match)',
    400: 'Paramètre, en-tête ou JSON invalide',
    401: 'Clé absente ou inconnue',
    403: 'Clé non permise pour cette requête ou cette origine',
    404: 'Introuvable',
    409: 'Clé d’idempotence déjà utilisée pour un autre corps',
    412: `If-Match périmé${NBSP}: la ressource a changé depuis votre lecture`,
    413: `Corps de plus de 32${NBSP}Kio`,
    415: 'Le corps doit être en application/json',
    422: 'Champs invalides (voir errors)',
    428: 'En-tête If-Match requis',
    429: 'Trop de requêtes (voir Retry-After)',
  },
  en: {
    200: 'Success',
    201: 'Created (or replayed receipt)',
    304: 'Not modified (If-None-Match)',
    400: 'Invalid parameter, header or JSON',
    401: 'Missing or unknown key',
    403: 'Key not allowed for this request or origin',
    404: 'Not found',
    409: 'Idempotency key already used for another body',
    412: 'Stale If-Match: the resource changed since you read it',
    413: 'Body over 32 KiB',
    415: 'The body must be application/json',
    422: 'Invalid fields (see errors)',
    428: 'If-Match header required',
    429: 'Too many requests (see Retry-After)',
  },
};

/** Meaning of each query parameter. */
export const PARAMETER_TEXTS: Record<Language, Record<string, string>> = {
  fr: {
    q: 'Texte recherché (insensible aux accents, à la casse et aux traits d’union).',
    region: 'Code de région administrative, de 01 à 17.',
    mrc: 'Code de MRC ou de territoire équivalent.',
    type: 'Type d’événement.',
    from: `Événements se terminant à partir de cette date (AAAA-MM-JJ) ou date-heure. Par défaut${NBSP}: maintenant.`,
    to: 'Événements commençant au plus tard ce jour (AAAA-MM-JJ, inclus) ou avant cette date-heure.',
    limit: 'Taille de la page, de 1 à 100 (20 par défaut).',
    cursor: 'Le nextCursor de la page précédente.',
    lang: 'Langue des textes (fr ou en).',
    code: 'Code de la région, de 01 à 17.',
    id: 'Identifiant de l’événement (evt_…) ou de la demande de contact (cr_…).',
    status: `Étape du suivi${NBSP}: new, in_progress ou closed.`,
  },
  en: {
    q: 'Search text (accent-, case- and hyphen-insensitive).',
    region: 'Administrative region code, 01 to 17.',
    mrc: 'MRC or equivalent territory code.',
    type: 'Event type.',
    from: 'Events ending at or after this date (YYYY-MM-DD) or date-time. Default: now.',
    to: 'Events starting on or before this day (YYYY-MM-DD, inclusive) or before this date-time.',
    limit: 'Page size, 1 to 100 (default 20).',
    cursor: 'The nextCursor of the previous page.',
    lang: 'Language of the texts (fr or en).',
    code: 'Region code, 01 to 17.',
    id: 'Identifier of the event (evt_…) or of the contact request (cr_…).',
    status: 'Stage of the follow-up: new, in_progress or closed.',
  },
};
