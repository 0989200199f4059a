import {
  AdvisorQuery,
  ContactRequestQuery,
  EventQuery,
  Id,
  MrcQuery,
  MunicipalityQuery,
  RegionCode,
} from '@emplois-en-regions/schemas';
import type { ContactRequestPatch, EventInput, EventPatch } from '@emplois-en-regions/schemas';
import type { Language } from '@emplois-en-regions/schemas';
import { DocsQuery, EventFeedQuery, EventFileQuery } from '../schemas.js';
import type { Schema } from './registry.js';
import { NBSP } from '../data/typography.js';

type Text = Record<Language, string>;

/** Who may call: public data, any key (publishable or secret), or a secret key only. */
export type Access = 'public' | 'key' | 'secret' | 'none';

export interface RouteResponse {
  status: number;
  /** A named schema (components.schemas) for JSON, or a media type served as-is. */
  body?: { schema: string } | { mediaType: string };
}

/** One operation of the API, as documented. app.ts registers the handlers; a test checks both agree. */
export interface RouteDoc {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** OpenAPI path template. */
  path: string;
  operationId: string;
  tag: 'api' | 'geography' | 'organizations' | 'events' | 'contact-requests';
  summary: Text;
  description?: Text;
  access: Access;
  query?: Schema;
  pathParams?: Record<string, Schema>;
  /** Named schema of a JSON request body. */
  body?: string;
  idempotent?: boolean;
  /** If-Match with the event's ETag: required (428 without it) or optional. */
  ifMatch?: 'required' | 'optional';
  /** Successful answers carry the event's own ETag (`"<id>.v<version>"`), for If-Match. */
  versioned?: boolean;
  /** A 201 answer carries `Location`, the new resource's path. */
  location?: boolean;
  cache?: number;
  responses: RouteResponse[];
  /** Example for the reference page's curl line. */
  example?: { path?: string; body?: unknown; key?: string; ifMatch?: string };
}

const NNBSP = '\u202f';
const json = (schema: string) => ({ schema });
const problem = { schema: 'Problem' };
const ICS = { mediaType: 'text/calendar' };

/** The documented example of a contact request (the tests use it as their valid body, so it stays valid). */
export const EXAMPLE_CONTACT_REQUEST = {
  name: 'Amina Diallo',
  email: 'amina@example.com',
  regionCodes: ['04'],
  message: 'Bonjour, je souhaite m’installer en Mauricie avec ma famille.',
  preferredLanguage: 'fr',
  consent: true,
} as const;

/**
 * The documented example of a new event (the write API tests use it as their valid
 * body, so it stays valid): an online information session of the Mauricie.
 */
export const EXAMPLE_EVENT = {
  title: {
    fr: `Séance d’information${NBSP}: s’installer en Mauricie`,
    en: 'Information session: settling in Mauricie',
  },
  summary: {
    fr: 'Emploi, logement et services en Mauricie, avec une conseillère du programme.',
    en: 'Jobs, housing and services in Mauricie, with a program advisor.',
  },
  type: 'info-session',
  format: 'hybrid',
  start: '2027-03-04T13:30:00-05:00',
  end: '2027-03-04T15:00:00-05:00',
  regionCodes: ['04'],
  location: {
    venue: 'Bibliothèque Gatien-Lapointe',
    address: '1425, place de l’Hôtel-de-Ville',
    municipalityCode: '37067',
  },
  onlineUrl: 'https://emplois-en-regions.example/webinaires/mauricie',
  registrationUrl: 'https://emplois-en-regions.example/inscription/mauricie',
  languages: ['fr', 'en'],
} as const satisfies EventInput;

const EXAMPLE_EVENT_PATCH = {
  start: '2027-03-04T14:00:00-05:00',
  end: '2027-03-04T15:30:00-05:00',
} as const satisfies EventPatch;

const EXAMPLE_STATUS_PATCH = { status: 'in_progress' } as const satisfies ContactRequestPatch;

/** problem+json answers with these statuses (the document lists every answer by status, whatever the order here). */
const problems = (...statuses: number[]): RouteResponse[] =>
  statuses.map((status) => ({ status, body: problem }));

/** Error answers every /v1 operation can give. */
const COMMON_ERRORS = problems(401, 403);

/** Error answers of an operation that reads a JSON body: too large, not JSON, invalid fields. */
const BODY_ERRORS = problems(413, 415, 422);

/** The answers of a cached read: 200 with `body`, 304, these problems and the common errors. */
const cachedRead = (body: RouteResponse['body'], ...statuses: number[]): RouteResponse[] => [
  { status: 200, body },
  { status: 304 },
  ...problems(...statuses),
  ...COMMON_ERRORS,
];

/** The answers of a write: its success, a refused query or header (400), the common errors and `statuses`. */
const writeResponses = (success: RouteResponse, ...statuses: number[]): RouteResponse[] => [
  success,
  ...problems(400, ...statuses),
  ...COMMON_ERRORS,
];

export const ROUTES: readonly RouteDoc[] = [
  {
    method: 'get',
    path: '/v1',
    operationId: 'getIndex',
    tag: 'api',
    summary: { fr: 'Liens vers chaque ressource', en: 'Links to every resource' },
    access: 'public',
    responses: [{ status: 200, body: json('ApiIndex') }, ...COMMON_ERRORS],
  },
  {
    method: 'get',
    path: '/v1/regions',
    operationId: 'listRegions',
    tag: 'geography',
    summary: { fr: 'Les 17 régions administratives', en: 'The 17 administrative regions' },
    description: {
      fr: 'Avec l’attribution des données à afficher. Le programme dessert 15 régions.',
      en: 'With the data attribution to display. The program serves 15 regions.',
    },
    access: 'public',
    cache: 300,
    responses: cachedRead(json('RegionList')),
  },
  {
    method: 'get',
    path: '/v1/regions/{code}',
    operationId: 'getRegion',
    tag: 'geography',
    summary: { fr: 'Une région', en: 'One region' },
    access: 'public',
    cache: 300,
    pathParams: { code: RegionCode },
    example: { path: '/v1/regions/04' },
    responses: cachedRead(json('Region'), 400, 404),
  },
  {
    method: 'get',
    path: '/v1/mrcs',
    operationId: 'listMrcs',
    tag: 'geography',
    summary: { fr: 'Les MRC et territoires équivalents', en: 'MRCs and equivalent territories' },
    access: 'public',
    cache: 300,
    query: MrcQuery,
    example: { path: '/v1/mrcs?region=04' },
    responses: cachedRead(json('MrcList'), 400),
  },
  {
    method: 'get',
    path: '/v1/municipalities',
    operationId: 'searchMunicipalities',
    tag: 'geography',
    summary: { fr: 'Rechercher une municipalité', en: 'Search municipalities' },
    description: {
      fr: `Classement${NBSP}: nom exact, début du nom, début d’un mot, puis sous-chaîne. Insensible aux accents, à la casse et aux traits d’union${NNBSP}; «${NBSP}st${NBSP}» et «${NBSP}ste${NBSP}» se lisent «${NBSP}saint${NBSP}» et «${NBSP}sainte${NBSP}».`,
      en: 'Ranked: exact name, name prefix, word prefix, then substring. Accent-, case- and hyphen-insensitive; “st” and “ste” read as “saint” and “sainte”.',
    },
    access: 'public',
    cache: 300,
    query: MunicipalityQuery,
    example: { path: '/v1/municipalities?q=riviere%20du%20loup' },
    responses: cachedRead(json('MunicipalityList'), 400),
  },
  {
    method: 'get',
    path: '/v1/organizations',
    operationId: 'listOrganizations',
    tag: 'organizations',
    summary: {
      fr: 'Les organismes du programme et leurs partenaires',
      en: 'Program organizations and partners',
    },
    access: 'public',
    cache: 300,
    responses: cachedRead(json('OrganizationList')),
  },
  {
    method: 'get',
    path: '/v1/advisors',
    operationId: 'listAdvisors',
    tag: 'organizations',
    summary: { fr: 'Les conseillères et conseillers d’une région', en: 'Advisors of a region' },
    description: {
      fr: 'Aucun courriel ni numéro de téléphone personnel n’est exposé.',
      en: 'No personal e-mail or phone number is exposed.',
    },
    access: 'public',
    cache: 300,
    query: AdvisorQuery,
    example: { path: '/v1/advisors?region=01' },
    responses: cachedRead(json('AdvisorList'), 400),
  },
  {
    method: 'get',
    path: '/v1/events',
    operationId: 'listEvents',
    tag: 'events',
    summary: { fr: 'Les événements à venir', en: 'Upcoming events' },
    description: {
      fr: 'Par date de début. Sans from, les événements pas encore terminés. Une date seule (AAAA-MM-JJ) couvre toute la journée à l’heure du Québec.',
      en: 'By start time. Without from, events not yet ended. A date alone (YYYY-MM-DD) covers the whole day, Québec time.',
    },
    access: 'public',
    cache: 60,
    query: EventQuery,
    example: { path: '/v1/events?region=17&limit=5' },
    responses: cachedRead(json('EventList'), 400),
  },
  {
    method: 'post',
    path: '/v1/events',
    operationId: 'createEvent',
    tag: 'events',
    summary: { fr: 'Publier un événement', en: 'Publish an event' },
    description: {
      fr: `Clé secrète de l’organisme seulement${NBSP}; l’événement lui appartient. Exige un en-tête Idempotency-Key, le même à chaque nouvel essai${NBSP}: même clé et même corps${NBSP}: l’événement déjà créé (Idempotent-Replayed: true)${NNBSP}; corps différent${NBSP}: 409. Un lieu (location) est requis en présentiel et en hybride, un lien (onlineUrl) en ligne et en hybride${NNBSP}; municipalityCode doit exister. La réponse porte l’ETag de l’événement, à renvoyer dans If-Match pour le modifier.`,
      en: 'The organization’s secret key only; the event belongs to it. Needs an Idempotency-Key header, the same on every retry: same key and body: the event already created (Idempotent-Replayed: true); another body: 409. A location is required in person and hybrid, an onlineUrl online and hybrid; municipalityCode must exist. The answer carries the event’s ETag, to send back in If-Match to change it.',
    },
    access: 'secret',
    body: 'EventInput',
    idempotent: true,
    versioned: true,
    location: true,
    example: { key: 'sk_test_promis', body: EXAMPLE_EVENT },
    responses: [...writeResponses({ status: 201, body: json('Event') }, 409), ...BODY_ERRORS],
  },
  {
    method: 'patch',
    path: '/v1/events/{id}',
    operationId: 'updateEvent',
    tag: 'events',
    summary: { fr: 'Modifier un événement', en: 'Change an event' },
    description: {
      fr: `Clé secrète de l’organisme de l’événement (celui d’un autre organisme${NBSP}: 404). Seuls les champs envoyés changent${NNBSP}; l’événement qui en résulte doit rester valide. If-Match est obligatoire (428 sans lui)${NBSP}: l’ETag lu par GET /v1/events/{id} ou rendu par la dernière écriture${NNBSP}; s’il a changé depuis, 412 et rien n’est modifié.`,
      en: 'The secret key of the event’s organization (another organization’s event: 404). Only the fields sent change; the resulting event must stay valid. If-Match is required (428 without it): the ETag read by GET /v1/events/{id} or returned by the last write; if it changed since, 412 and nothing is changed.',
    },
    access: 'secret',
    pathParams: { id: Id },
    body: 'EventPatch',
    ifMatch: 'required',
    versioned: true,
    example: {
      path: '/v1/events/$ID',
      key: 'sk_test_promis',
      body: EXAMPLE_EVENT_PATCH,
      ifMatch: '$ETAG',
    },
    responses: [...writeResponses({ status: 200, body: json('Event') }, 404, 412, 428), ...BODY_ERRORS],
  },
  {
    method: 'delete',
    path: '/v1/events/{id}',
    operationId: 'cancelEvent',
    tag: 'events',
    summary: { fr: 'Annuler un événement', en: 'Cancel an event' },
    description: {
      fr: `L’événement n’est pas effacé${NBSP}: il reste listé avec status: cancelled, pour que les personnes inscrites le voient. Réponse 200 avec l’événement annulé et son nouvel ETag${NNBSP}; annuler un événement déjà annulé le rend tel quel. If-Match est facultatif${NBSP}: s’il est envoyé et périmé, 412.`,
      en: 'The event is not erased: it stays listed with status: cancelled, so that people who registered see it. Answers 200 with the cancelled event and its new ETag; cancelling an event already cancelled returns it unchanged. If-Match is optional: when sent and stale, 412.',
    },
    access: 'secret',
    pathParams: { id: Id },
    ifMatch: 'optional',
    versioned: true,
    example: { path: '/v1/events/$ID', key: 'sk_test_promis' },
    responses: writeResponses({ status: 200, body: json('Event') }, 404, 412),
  },
  {
    method: 'get',
    path: '/v1/events.ics',
    operationId: 'getEventFeed',
    tag: 'events',
    summary: { fr: 'Fil iCalendar des événements', en: 'iCalendar feed of events' },
    description: {
      fr: 'Les mêmes filtres que la liste, sans pagination. Textes en français, sauf lang=en ou Accept-Language qui préfère l’anglais.',
      en: 'The same filters as the list, without paging. Texts in French unless lang=en or Accept-Language prefers English.',
    },
    access: 'public',
    cache: 60,
    query: EventFeedQuery,
    example: { path: '/v1/events.ics?region=04&lang=en' },
    responses: cachedRead(ICS, 400),
  },
  {
    method: 'get',
    path: '/v1/events/{id}',
    operationId: 'getEvent',
    tag: 'events',
    summary: { fr: 'Un événement', en: 'One event' },
    description: {
      fr: 'Son ETag est sa version (« "<id>.v<version>" ») : renvoyez-le dans If-None-Match pour un 304, ou dans If-Match pour le modifier.',
      en: 'Its ETag is its version ("<id>.v<version>"): send it back in If-None-Match for a 304, or in If-Match to change it.',
    },
    access: 'public',
    versioned: true,
    cache: 60,
    pathParams: { id: Id },
    responses: cachedRead(json('Event'), 400, 404),
  },
  {
    method: 'get',
    path: '/v1/events/{id}.ics',
    operationId: 'getEventCalendar',
    tag: 'events',
    summary: { fr: 'Un événement en iCalendar', en: 'One event as iCalendar' },
    access: 'public',
    cache: 60,
    pathParams: { id: Id },
    query: EventFileQuery,
    responses: cachedRead(ICS, 400, 404),
  },
  {
    method: 'post',
    path: '/v1/contact-requests',
    operationId: 'createContactRequest',
    tag: 'contact-requests',
    summary: { fr: 'Envoyer une demande de contact', en: 'Send a contact request' },
    description: {
      fr: `Exige un en-tête Idempotency-Key, le même à chaque nouvel essai. Même clé et même corps${NBSP}: le reçu original (Idempotent-Replayed: true)${NNBSP}; corps différent${NBSP}: 409. Limite${NBSP}: 10${NBSP}demandes par 10${NBSP}minutes par adresse, quelle que soit la clé.`,
      en: 'Needs an Idempotency-Key header, the same on every retry. Same key and body: the original receipt (Idempotent-Replayed: true); another body: 409. Limit: 10 requests per 10 minutes per address, whatever the key.',
    },
    access: 'key',
    body: 'ContactRequestInput',
    idempotent: true,
    example: {
      key: 'pk_test_demo',
      body: EXAMPLE_CONTACT_REQUEST,
    },
    responses: [
      ...writeResponses({ status: 201, body: json('ContactRequestReceipt') }, 409, 429),
      ...BODY_ERRORS,
    ],
  },
  {
    method: 'get',
    path: '/v1/contact-requests',
    operationId: 'listContactRequests',
    tag: 'contact-requests',
    summary: { fr: 'Les demandes de contact de votre organisme', en: 'Your organization’s contact requests' },
    description: {
      fr: 'Clé secrète seulement (Authorization: Bearer sk_…), jamais depuis un navigateur. Les plus récentes d’abord ; status=new, in_progress ou closed n’en garde qu’une étape du suivi.',
      en: 'Secret key only (Authorization: Bearer sk_…), never from a browser. Newest first; status=new, in_progress or closed keeps one stage of the follow-up.',
    },
    access: 'secret',
    query: ContactRequestQuery,
    example: { path: '/v1/contact-requests?status=new', key: 'sk_test_promis' },
    responses: [{ status: 200, body: json('ContactRequestList') }, ...problems(400), ...COMMON_ERRORS],
  },
  {
    method: 'patch',
    path: '/v1/contact-requests/{id}',
    operationId: 'updateContactRequest',
    tag: 'contact-requests',
    summary: { fr: 'Suivre une demande de contact', en: 'Follow up a contact request' },
    description: {
      fr: `Clé secrète de l’organisme de la demande (celle d’un autre organisme${NBSP}: 404). status${NBSP}: new → in_progress → closed${NNBSP}; une demande fermée par erreur peut être rouverte. Réponse${NBSP}: la demande à jour.`,
      en: 'The secret key of the request’s organization (another organization’s request: 404). status: new → in_progress → closed; a request closed by mistake can be reopened. Answers the updated request.',
    },
    access: 'secret',
    pathParams: { id: Id },
    body: 'ContactRequestPatch',
    example: { path: '/v1/contact-requests/$ID', key: 'sk_test_promis', body: EXAMPLE_STATUS_PATCH },
    responses: [...writeResponses({ status: 200, body: json('ContactRequest') }, 404), ...BODY_ERRORS],
  },
  {
    method: 'get',
    path: '/v1/openapi.json',
    operationId: 'getOpenApiDocument',
    tag: 'api',
    summary: { fr: 'Ce document OpenAPI 3.1', en: 'This OpenAPI 3.1 document' },
    description: {
      fr: 'Généré à partir des schémas zod. Textes en français par défaut, en anglais avec lang=en ou Accept-Language.',
      en: 'Generated from the zod schemas. Texts in French by default, in English with lang=en or Accept-Language.',
    },
    access: 'none',
    cache: 300,
    query: DocsQuery,
    responses: [{ status: 200, body: { mediaType: 'application/json' } }, { status: 304 }],
  },
  {
    method: 'get',
    path: '/docs/api',
    operationId: 'getReferencePage',
    tag: 'api',
    summary: { fr: 'Cette référence, en HTML', en: 'This reference, as HTML' },
    description: { fr: 'Anglais avec ?lang=en.', en: 'English with ?lang=en.' },
    access: 'none',
    cache: 300,
    query: DocsQuery,
    responses: [{ status: 200, body: { mediaType: 'text/html' } }, { status: 304 }, ...problems(400)],
  },
  {
    method: 'get',
    path: '/healthz',
    operationId: 'getHealth',
    tag: 'api',
    summary: { fr: 'État du serveur', en: 'Server health' },
    access: 'none',
    responses: [
      { status: 200, body: json('Health') },
      { status: 503, body: json('Health') },
    ],
  },
];
