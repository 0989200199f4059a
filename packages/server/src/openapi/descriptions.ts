import type { Language } from '@emplois-en-regions/schemas';
import { NBSP } from '../data/typography.js';

/** What the main schemas are, for the OpenAPI document and the reference page. */
export const SCHEMA_DESCRIPTIONS: Record<string, Record<Language, string>> = {
  Region: {
    fr: 'Une des 17 régions administratives du Québec, et la part que le programme en dessert.',
    en: 'One of Québec’s 17 administrative regions, and how much of it the program serves.',
  },
  RegionList: { fr: 'Les 17 régions administratives.', en: 'The 17 administrative regions.' },
  Attribution: {
    fr: 'Source et licence des données géographiques, à afficher avec elles.',
    en: 'Source and licence of the geographic data, to be shown with it.',
  },
  Mrc: {
    fr: 'Une municipalité régionale de comté (MRC) ou un territoire équivalent (TE).',
    en: 'A regional county municipality (MRC) or an equivalent territory (TE).',
  },
  MrcList: { fr: 'Les MRC et territoires équivalents.', en: 'MRCs and equivalent territories.' },
  Municipality: {
    fr: `Une des 1${NBSP}281 entités municipales du répertoire du MAMH.`,
    en: 'One of the 1,281 municipal entities of the MAMH directory.',
  },
  MunicipalityList: { fr: 'Une page de municipalités.', en: 'A page of municipalities.' },
  Organization: {
    fr: 'Un organisme responsable du programme ou un partenaire local.',
    en: 'An organization running the program or a local partner.',
  },
  OrganizationList: { fr: 'Les organismes.', en: 'The organizations.' },
  Advisor: {
    fr: 'Une conseillère ou un conseiller qui accompagne les personnes immigrantes dans une région (sans courriel ni téléphone personnels).',
    en: 'An advisor who accompanies newcomers in a region (no personal e-mail or phone).',
  },
  AdvisorList: { fr: 'Les conseillères et conseillers.', en: 'The advisors.' },
  Event: {
    fr: `Un événement du programme${NBSP}: forum, webinaire, séance d’information, salon de l’emploi ou séjour exploratoire.`,
    en: 'A program event: forum, webinar, information session, job fair or exploratory stay.',
  },
  EventList: { fr: 'Une page d’événements, par date de début.', en: 'A page of events, by start time.' },
  EventInput: {
    fr: `Un nouvel événement (POST /v1/events, clé secrète). Les champs inconnus sont refusés${NBSP}; end ne précède pas start${NBSP}; location en présentiel et hybride, onlineUrl en ligne et hybride.`,
    en: 'A new event (POST /v1/events, secret key). Unknown fields are refused; end is not before start; location in person and hybrid, onlineUrl online and hybrid.',
  },
  EventPatch: {
    fr: 'Les champs d’un événement à changer (PATCH /v1/events/{id}) ; l’événement qui en résulte doit rester valide.',
    en: 'The fields of an event to change (PATCH /v1/events/{id}); the resulting event must stay valid.',
  },
  ContactRequestPatch: {
    fr: 'Le suivi d’une demande de contact (PATCH /v1/contact-requests/{id}).',
    en: 'The follow-up of a contact request (PATCH /v1/contact-requests/{id}).',
  },
  ContactRequestInput: {
    fr: 'Ce qu’envoie une personne par le formulaire de contact. Les champs inconnus sont refusés.',
    en: 'What a visitor sends through the contact form. Unknown fields are refused.',
  },
  ContactRequestReceipt: {
    fr: `L’accusé de réception${NBSP}: un numéro de référence et la date limite de réponse.`,
    en: 'The receipt: a reference number and the date by which an advisor answers.',
  },
  ContactRequest: {
    fr: 'Une demande de contact telle que son organisme la voit avec sa clé secrète.',
    en: 'A contact request as its organization sees it with its secret key.',
  },
  ContactRequestList: { fr: 'Une page de demandes de contact.', en: 'A page of contact requests.' },
  Problem: {
    fr: 'Une erreur au format RFC 9457 (application/problem+json), avec un code stable et les champs fautifs.',
    en: 'An RFC 9457 error (application/problem+json) with a stable code and the offending fields.',
  },
  FieldError: {
    fr: `Un champ invalide${NBSP}: son chemin, un code stable et un message localisé.`,
    en: 'One invalid field: its path, a stable code and a localized message.',
  },
  ApiIndex: { fr: 'Les liens vers chaque ressource.', en: 'Links to every resource.' },
  Health: {
    fr: 'L’état du serveur et de sa base de données.',
    en: 'Server health, its database included.',
  },
};
