import type { EventFormat, EventStatus, EventType, LocalizedText } from '@emplois-en-regions/schemas';
import { frenchTypography } from './typography.js';

/** A wall-clock moment in America/Toronto, counted in days from the store's "today". */
export interface RelativeLocalTime {
  day: number;
  /** `HH:MM`, 24-hour. */
  time: string;
}

/**
 * When an event happens: real events have fixed instants; sample events are
 * placed relative to the store's "now" so a fresh database always has upcoming ones.
 */
export type EventSchedule =
  | { kind: 'fixed'; start: string; end: string }
  | { kind: 'relative'; start: RelativeLocalTime; end: RelativeLocalTime };

export interface EventVenueSeed {
  name: string;
  address: string | null;
  /** A real municipal code from quebec/municipalities.json; the name and region come from there. */
  municipalityCode: string;
}

export interface EventSeed {
  id: string;
  type: EventType;
  format: EventFormat;
  status: EventStatus;
  title: LocalizedText;
  summary: LocalizedText;
  schedule: EventSchedule;
  regionCodes: string[];
  venue: EventVenueSeed | null;
  onlineUrl: string | null;
  registrationUrl: string | null;
  organizationId: string;
  languages: string[];
  sample: boolean;
}

function text(fr: string, en: string): LocalizedText {
  return { fr: frenchTypography(fr), en };
}

function at(day: number, time: string): RelativeLocalTime {
  return { day, time };
}

/** Fictional venue names say so; addresses stay null rather than invented. */
function venue(name: string, municipalityCode: string): EventVenueSeed {
  return { name, address: null, municipalityCode };
}

const ONLINE = 'https://webinaires.emplois-en-regions.example';
const REGISTER = 'https://inscription.emplois-en-regions.example';

/**
 * The real 3rd forum (facts from the product brief: 3–4 Oct. 2024, Centrexpo
 * Cogeco, Drummondville, 227 professionals from 16 regions). The hours are
 * indicative and the address is left null. The program has no organization of
 * its own in the data, so the forum is attached to PROMIS, one of its three leads.
 */
const thirdForum: EventSeed = {
  id: 'evt_3e-forum-regionalisation-2024',
  type: 'forum',
  format: 'in-person',
  status: 'scheduled',
  title: text(
    '3e Forum sur la régionalisation de l’immigration',
    '3rd Forum on the Regionalization of Immigration',
  ),
  summary: text(
    'Le 3e forum sur la régionalisation de l’immigration d’Emplois en régions a réuni 227 professionnels ' +
      'venus de 16 régions, les 3 et 4 octobre 2024 à Drummondville.',
    'The 3rd forum on the regionalization of immigration of Emplois en régions brought together 227 ' +
      'professionals from 16 regions on 3–4 October 2024 in Drummondville.',
  ),
  schedule: { kind: 'fixed', start: '2024-10-03T08:30:00-04:00', end: '2024-10-04T16:00:00-04:00' },
  regionCodes: ['17'],
  venue: { name: 'Centrexpo Cogeco', address: null, municipalityCode: '49058' },
  onlineUrl: null,
  registrationUrl: null,
  organizationId: 'org_promis',
  languages: ['fr'],
  sample: false,
};

type SampleEventDefinition = Omit<EventSeed, 'sample' | 'status'> & { status?: EventStatus };

/** Fictional events: two in the past (to test date filters), the rest upcoming, one cancelled. */
const sampleEventDefinitions: SampleEventDefinition[] = [
  {
    id: 'evt_webinaire-quebec-passe',
    type: 'webinar',
    format: 'online',
    title: text(
      'Québec et Chaudière-Appalaches : le point sur l’emploi',
      'Québec City and Chaudière-Appalaches: the job market today',
    ),
    summary: text(
      'Webinaire sur les secteurs qui recrutent des deux côtés du fleuve et sur l’accompagnement offert.',
      'A webinar on the sectors hiring on both shores of the river and on the support available.',
    ),
    schedule: { kind: 'relative', start: at(-45, '12:00'), end: at(-45, '13:00') },
    regionCodes: ['03', '12'],
    venue: null,
    onlineUrl: `${ONLINE}/emploi-quebec-chaudiere-appalaches`,
    registrationUrl: null,
    organizationId: 'org_relais-appalaches',
    languages: ['fr'],
  },
  {
    id: 'evt_seance-info-rimouski-passee',
    type: 'info-session',
    format: 'in-person',
    title: text(
      'Rimouski, mode d’emploi : séance d’information',
      'Rimouski, a user’s guide: information session',
    ),
    summary: text(
      'Présentation de la ville, des services d’accueil et du marché du logement.',
      'An introduction to the city, its welcome services and its housing market.',
    ),
    schedule: { kind: 'relative', start: at(-21, '18:30'), end: at(-21, '20:00') },
    regionCodes: ['01'],
    venue: venue('Salle communautaire du Carrefour (exemple)', '10043'),
    onlineUrl: null,
    registrationUrl: null,
    organizationId: 'org_carrefour-bsl',
    languages: ['fr'],
  },
  {
    id: 'evt_webinaire-vivre-en-region',
    type: 'webinar',
    format: 'online',
    title: text(
      'Vivre et travailler en région : webinaire d’introduction',
      'Living and working in the regions: introductory webinar',
    ),
    summary: text(
      'Une heure pour découvrir le programme Emplois en régions, l’Est du Québec et l’accompagnement offert, ' +
        'de la première question jusqu’à l’installation.',
      'One hour to discover the Emplois en régions program, eastern Québec and the support offered, from the ' +
        'first question to settling in.',
    ),
    schedule: { kind: 'relative', start: at(6, '12:00'), end: at(6, '13:00') },
    regionCodes: ['01', '11', '09'],
    venue: null,
    onlineUrl: `${ONLINE}/vivre-en-region`,
    registrationUrl: `${REGISTER}/vivre-en-region`,
    organizationId: 'org_cfiq',
    languages: ['fr'],
  },
  {
    id: 'evt_seance-info-rimouski',
    type: 'info-session',
    format: 'in-person',
    title: text('S’installer à Rimouski : séance d’information', 'Settling in Rimouski: information session'),
    summary: text(
      'Emploi, logement, écoles et vie de quartier : des gens de la région répondent à vos questions.',
      'Jobs, housing, schools and neighbourhood life: people from the region answer your questions.',
    ),
    schedule: { kind: 'relative', start: at(9, '18:30'), end: at(9, '20:00') },
    regionCodes: ['01'],
    venue: venue('Salle communautaire du Carrefour (exemple)', '10043'),
    onlineUrl: null,
    registrationUrl: `${REGISTER}/rimouski`,
    organizationId: 'org_carrefour-bsl',
    languages: ['fr'],
  },
  {
    id: 'evt_seance-hybride-trois-rivieres',
    type: 'info-session',
    format: 'hybrid',
    title: text('La Mauricie, pourquoi pas ? Séance d’information', 'Why not Mauricie? Information session'),
    summary: text(
      'Sur place à Trois-Rivières ou en ligne : le marché de l’emploi en Mauricie, les services d’accueil et les ' +
        'étapes d’un déménagement en région.',
      'In Trois-Rivières or online: the Mauricie job market, welcome services and the steps of a move to the ' +
        'regions.',
    ),
    schedule: { kind: 'relative', start: at(12, '13:30'), end: at(12, '15:30') },
    regionCodes: ['04'],
    venue: venue('Salle polyvalente (exemple)', '37067'),
    onlineUrl: `${ONLINE}/mauricie-pourquoi-pas`,
    registrationUrl: `${REGISTER}/mauricie-pourquoi-pas`,
    organizationId: 'org_passerelle-mauricie',
    languages: ['fr', 'en'],
  },
  {
    id: 'evt_salon-emploi-rouyn-noranda',
    type: 'job-fair',
    format: 'in-person',
    title: text('Salon de l’emploi de l’Abitibi-Témiscamingue', 'Abitibi-Témiscamingue job fair'),
    summary: text(
      'Des employeurs de la région recrutent dans les mines, la santé, l’éducation et les services. Apportez votre CV !',
      'Employers from the region are hiring in mining, health care, education and services. Bring your résumé!',
    ),
    schedule: { kind: 'relative', start: at(16, '10:00'), end: at(16, '16:00') },
    regionCodes: ['08'],
    venue: venue('Centre des congrès (exemple)', '86042'),
    onlineUrl: null,
    registrationUrl: `${REGISTER}/salon-abitibi-temiscamingue`,
    organizationId: 'org_boussole-abitibi',
    languages: ['fr'],
  },
  {
    id: 'evt_webinar-outaouais-laurentides',
    type: 'webinar',
    format: 'online',
    title: text(
      'Vivre en Outaouais ou dans les Laurentides : webinaire en anglais',
      'Living in Outaouais or Laurentides: webinar in English',
    ),
    summary: text(
      'Pour les personnes qui apprennent le français : l’emploi, la francisation et la vie de famille dans deux ' +
        'régions voisines de Montréal.',
      'For people learning French: jobs, French courses and family life in two regions next to Montréal.',
    ),
    schedule: { kind: 'relative', start: at(18, '12:00'), end: at(18, '13:00') },
    regionCodes: ['07', '15'],
    venue: null,
    onlineUrl: `${ONLINE}/outaouais-laurentides`,
    registrationUrl: `${REGISTER}/outaouais-laurentides`,
    organizationId: 'org_inici',
    languages: ['en', 'fr'],
  },
  {
    id: 'evt_webinaire-chaudiere-appalaches',
    type: 'webinar',
    format: 'online',
    status: 'cancelled',
    title: text(
      'Travailler en Chaudière-Appalaches : les secteurs qui recrutent',
      'Working in Chaudière-Appalaches: the sectors that are hiring',
    ),
    summary: text(
      'Manufacturier, agroalimentaire, santé : tour d’horizon des emplois offerts dans la région.',
      'Manufacturing, agri-food, health care: an overview of the jobs on offer in the region.',
    ),
    schedule: { kind: 'relative', start: at(20, '19:00'), end: at(20, '20:00') },
    regionCodes: ['12'],
    venue: null,
    onlineUrl: `${ONLINE}/chaudiere-appalaches`,
    registrationUrl: `${REGISTER}/chaudiere-appalaches`,
    organizationId: 'org_relais-appalaches',
    languages: ['fr'],
  },
  {
    id: 'evt_seance-info-victoriaville',
    type: 'info-session',
    format: 'in-person',
    title: text(
      'Découvrir le Centre-du-Québec : séance d’information',
      'Discover Centre-du-Québec: information session',
    ),
    summary: text(
      'Présentation de Victoriaville et des environs, suivie d’un échange avec des familles immigrantes établies ' +
        'dans la région.',
      'An introduction to Victoriaville and its surroundings, followed by a conversation with immigrant families ' +
        'settled in the region.',
    ),
    schedule: { kind: 'relative', start: at(25, '18:30'), end: at(25, '20:00') },
    regionCodes: ['17'],
    venue: venue('Bibliothèque de quartier (exemple)', '39062'),
    onlineUrl: null,
    registrationUrl: `${REGISTER}/victoriaville`,
    organizationId: 'org_passerelle-mauricie',
    languages: ['fr'],
  },
  {
    id: 'evt_sejour-exploratoire-val-d-or',
    type: 'exploratory-stay',
    format: 'in-person',
    title: text('Séjour exploratoire à Val-d’Or', 'Exploratory stay in Val-d’Or'),
    summary: text(
      'Trois jours pour visiter la ville, rencontrer des employeurs et des familles déjà installées, et voir des ' +
        'logements. Transport depuis Montréal organisé.',
      'Three days to visit the town, meet employers and families who already live there, and see housing. ' +
        'Transportation from Montréal provided.',
    ),
    schedule: { kind: 'relative', start: at(30, '09:00'), end: at(32, '16:00') },
    regionCodes: ['08'],
    venue: venue('Centre communautaire (exemple)', '89008'),
    onlineUrl: null,
    registrationUrl: `${REGISTER}/sejour-val-d-or`,
    organizationId: 'org_boussole-abitibi',
    languages: ['fr'],
  },
  {
    id: 'evt_webinaire-cote-nord',
    type: 'webinar',
    format: 'online',
    title: text('La Côte-Nord en 60 minutes', 'Côte-Nord in 60 minutes'),
    summary: text(
      'De Tadoussac à Blanc-Sablon : les villes, les emplois et la vie au bord du golfe, présentés par des ' +
        'gens qui y vivent.',
      'From Tadoussac to Blanc-Sablon: the towns, the jobs and life by the gulf, presented by people who live ' +
        'there.',
    ),
    schedule: { kind: 'relative', start: at(33, '19:00'), end: at(33, '20:00') },
    regionCodes: ['09'],
    venue: null,
    onlineUrl: `${ONLINE}/cote-nord`,
    registrationUrl: `${REGISTER}/cote-nord`,
    organizationId: 'org_escale-saguenay',
    languages: ['fr'],
  },
  {
    id: 'evt_salon-emploi-levis',
    type: 'job-fair',
    format: 'hybrid',
    title: text(
      'Salon de l’emploi Capitale-Nationale–Chaudière-Appalaches',
      'Capitale-Nationale–Chaudière-Appalaches job fair',
    ),
    summary: text(
      'Rencontrez des employeurs à Lévis ou dans leurs kiosques virtuels ; entrevues sur place.',
      'Meet employers in Lévis or at their virtual booths; on-site interviews.',
    ),
    schedule: { kind: 'relative', start: at(40, '10:00'), end: at(40, '15:00') },
    regionCodes: ['12', '03'],
    venue: venue('Centre de foires (exemple)', '25213'),
    onlineUrl: `${ONLINE}/salon-levis`,
    registrationUrl: `${REGISTER}/salon-levis`,
    organizationId: 'org_relais-appalaches',
    languages: ['fr'],
  },
  {
    id: 'evt_seance-info-sherbrooke',
    type: 'info-session',
    format: 'hybrid',
    title: text('S’établir en Estrie : séance d’information', 'Settling in Estrie: information session'),
    summary: text(
      'Emploi, études et logement à Sherbrooke et dans les MRC voisines, sur place ou en ligne.',
      'Jobs, studies and housing in Sherbrooke and the neighbouring MRCs, in person or online.',
    ),
    schedule: { kind: 'relative', start: at(47, '13:30'), end: at(47, '15:00') },
    regionCodes: ['05'],
    venue: venue('Salle communautaire (exemple)', '43027'),
    onlineUrl: `${ONLINE}/estrie`,
    registrationUrl: `${REGISTER}/estrie`,
    organizationId: 'org_maison-cantons',
    languages: ['fr', 'en'],
  },
  {
    id: 'evt_forum-regional-drummondville',
    type: 'forum',
    format: 'in-person',
    title: text(
      'Forum régional : accueillir et retenir les personnes immigrantes',
      'Regional forum: welcoming and keeping newcomers',
    ),
    summary: text(
      'Une journée d’ateliers pour les municipalités, les employeurs et les organismes du Centre-du-Québec et de ' +
        'la Mauricie.',
      'A day of workshops for the municipalities, employers and organizations of Centre-du-Québec and Mauricie.',
    ),
    schedule: { kind: 'relative', start: at(55, '08:30'), end: at(55, '16:30') },
    regionCodes: ['17', '04'],
    venue: venue('Salle de congrès (exemple)', '49058'),
    onlineUrl: null,
    registrationUrl: `${REGISTER}/forum-drummondville`,
    organizationId: 'org_passerelle-mauricie',
    languages: ['fr'],
  },
  {
    id: 'evt_salon-emploi-gaspe',
    type: 'job-fair',
    format: 'in-person',
    title: text('Salon de l’emploi de la Gaspésie', 'Gaspésie job fair'),
    summary: text(
      'Pêches, tourisme, santé et énergie éolienne : des employeurs gaspésiens recrutent.',
      'Fisheries, tourism, health care and wind energy: employers from Gaspésie are hiring.',
    ),
    schedule: { kind: 'relative', start: at(62, '10:00'), end: at(62, '15:00') },
    regionCodes: ['11'],
    venue: venue('Gymnase de l’école secondaire (exemple)', '03005'),
    onlineUrl: null,
    registrationUrl: `${REGISTER}/salon-gaspesie`,
    organizationId: 'org_carrefour-bsl',
    languages: ['fr'],
  },
  {
    id: 'evt_sejour-exploratoire-saguenay',
    type: 'exploratory-stay',
    format: 'in-person',
    title: text('Séjour exploratoire au Saguenay', 'Exploratory stay in Saguenay'),
    summary: text(
      'Visites de quartiers, rencontres d’employeurs et soirée d’accueil : trois jours pour se projeter au ' +
        'Saguenay–Lac-Saint-Jean.',
      'Neighbourhood tours, employer meetings and a welcome evening: three days to picture your life in ' +
        'Saguenay–Lac-Saint-Jean.',
    ),
    schedule: { kind: 'relative', start: at(70, '09:00'), end: at(72, '16:00') },
    regionCodes: ['02'],
    venue: venue('Centre communautaire (exemple)', '94068'),
    onlineUrl: null,
    registrationUrl: `${REGISTER}/sejour-saguenay`,
    organizationId: 'org_escale-saguenay',
    languages: ['fr'],
  },
];

export const eventSeeds: readonly EventSeed[] = [
  thirdForum,
  ...sampleEventDefinitions.map((definition): EventSeed => ({
    ...definition,
    status: definition.status ?? 'scheduled',
    sample: true,
  })),
];
