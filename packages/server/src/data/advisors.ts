import type { LocalizedText } from '@emplois-en-regions/schemas';

/**
 * Fictional advisors (`sample: true`). Only a first name and an initial: no
 * e-mail or phone exists anywhere, visitors reach them through contact requests.
 */
export interface AdvisorSeed {
  id: string;
  displayName: string;
  title: LocalizedText;
  organizationId: string;
  regionCodes: string[];
  languages: string[];
}

const REGIONALIZATION_ADVISOR_F = { fr: 'Conseillère en régionalisation', en: 'Regionalization advisor' };
const REGIONALIZATION_ADVISOR_M = { fr: 'Conseiller en régionalisation', en: 'Regionalization advisor' };
const SETTLEMENT_ADVISOR_M = { fr: 'Conseiller en établissement', en: 'Settlement advisor' };

export const advisorSeeds: readonly AdvisorSeed[] = [
  {
    id: 'adv_amelie-t',
    displayName: 'Amélie T.',
    title: REGIONALIZATION_ADVISOR_F,
    organizationId: 'org_promis',
    regionCodes: ['01', '11', '09'],
    languages: ['fr', 'en'],
  },
  {
    id: 'adv_karim-b',
    displayName: 'Karim B.',
    title: REGIONALIZATION_ADVISOR_M,
    organizationId: 'org_promis',
    regionCodes: ['04', '17'],
    languages: ['fr', 'ar', 'en'],
  },
  {
    id: 'adv_sofia-r',
    displayName: 'Sofía R.',
    title: REGIONALIZATION_ADVISOR_F,
    organizationId: 'org_cfiq',
    regionCodes: ['02', '03'],
    languages: ['fr', 'es'],
  },
  {
    id: 'adv_linh-n',
    displayName: 'Linh N.',
    title: REGIONALIZATION_ADVISOR_F,
    organizationId: 'org_cfiq',
    regionCodes: ['05', '16', '14'],
    languages: ['fr', 'en', 'vi'],
  },
  {
    id: 'adv_mamadou-d',
    displayName: 'Mamadou D.',
    title: { fr: 'Conseiller en emploi et en régionalisation', en: 'Employment and regionalization advisor' },
    organizationId: 'org_inici',
    regionCodes: ['07', '08', '10'],
    languages: ['fr', 'en', 'wo'],
  },
  {
    id: 'adv_julie-g',
    displayName: 'Julie G.',
    title: REGIONALIZATION_ADVISOR_F,
    organizationId: 'org_inici',
    regionCodes: ['15', '14', '16'],
    languages: ['fr', 'en'],
  },
  {
    id: 'adv_gabriel-l',
    displayName: 'Gabriel L.',
    title: { fr: 'Agent d’accueil', en: 'Welcome officer' },
    organizationId: 'org_carrefour-bsl',
    regionCodes: ['01'],
    languages: ['fr'],
  },
  {
    id: 'adv_carlos-m',
    displayName: 'Carlos M.',
    title: SETTLEMENT_ADVISOR_M,
    organizationId: 'org_escale-saguenay',
    regionCodes: ['02'],
    languages: ['fr', 'es', 'pt'],
  },
  {
    id: 'adv_yasmine-k',
    displayName: 'Yasmine K.',
    title: { fr: 'Agente de liaison régionale', en: 'Regional liaison officer' },
    organizationId: 'org_passerelle-mauricie',
    regionCodes: ['17', '04'],
    languages: ['fr', 'en', 'ar'],
  },
  {
    id: 'adv_nadia-h',
    displayName: 'Nadia H.',
    title: { fr: 'Agente d’intégration', en: 'Integration officer' },
    organizationId: 'org_boussole-abitibi',
    regionCodes: ['08'],
    languages: ['fr', 'ar'],
  },
  {
    id: 'adv_olivier-p',
    displayName: 'Olivier P.',
    title: SETTLEMENT_ADVISOR_M,
    organizationId: 'org_relais-appalaches',
    regionCodes: ['12', '03'],
    languages: ['fr', 'en'],
  },
  {
    id: 'adv_emma-c',
    displayName: 'Emma C.',
    title: { fr: 'Agente d’accueil', en: 'Welcome officer' },
    organizationId: 'org_maison-cantons',
    regionCodes: ['05'],
    languages: ['fr', 'en'],
  },
];
