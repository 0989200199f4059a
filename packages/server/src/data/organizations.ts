import { SERVED_REGION_CODES } from '@emplois-en-regions/schemas';
import type { Organization } from '@emplois-en-regions/schemas';
import { frenchTypography } from './typography.js';

/** An organization as seeded; `slug` names its demo keys (`sk_test_<slug>`). */
export interface OrganizationSeed extends Organization {
  slug: string;
}

const PROGRAM_FR =
  'L’un des trois organismes qui mènent le programme Emplois en régions, financé par le ministère de ' +
  'l’Immigration, de la Francisation et de l’Intégration (MIFI).';
const PROGRAM_EN =
  'One of the three organizations that run the Emplois en régions program, funded by the Ministère de ' +
  'l’Immigration, de la Francisation et de l’Intégration (MIFI).';

/**
 * The three organizations that run the program (real, per the product brief).
 * Descriptions say only what the brief says; websites are null because none
 * could be confirmed, and a wrong link on a partner's page is worse than none.
 */
function lead(slug: string, name: string): OrganizationSeed {
  return {
    id: `org_${slug}`,
    slug,
    name,
    role: 'lead',
    description: { fr: PROGRAM_FR, en: PROGRAM_EN },
    website: null,
    regionCodes: [...SERVED_REGION_CODES],
    sample: false,
  };
}

const leads: OrganizationSeed[] = [
  lead('promis', 'PROMIS'),
  lead('cfiq', 'Collectif des femmes immigrantes du Québec'),
  lead('inici', 'INICI'),
];

interface PartnerDefinition {
  slug: string;
  name: string;
  /** Where the partner works, in French and English (« au Bas-Saint-Laurent » / "in Bas-Saint-Laurent"). */
  area: { fr: string; en: string };
  regionCodes: string[];
}

/** Fictional local partners: "(exemple)" in the name, a reserved `.example` website, `sample: true`. */
const partnerDefinitions: PartnerDefinition[] = [
  {
    slug: 'carrefour-bsl',
    name: 'Carrefour d’accueil du Bas-Saint-Laurent (exemple)',
    area: {
      fr: 'au Bas-Saint-Laurent et en Gaspésie–Îles-de-la-Madeleine',
      en: 'in Bas-Saint-Laurent and Gaspésie–Îles-de-la-Madeleine',
    },
    regionCodes: ['01', '11'],
  },
  {
    slug: 'escale-saguenay',
    name: 'L’Escale Saguenay–Lac-Saint-Jean (exemple)',
    area: {
      fr: 'au Saguenay–Lac-Saint-Jean et sur la Côte-Nord',
      en: 'in Saguenay–Lac-Saint-Jean and Côte-Nord',
    },
    regionCodes: ['02', '09'],
  },
  {
    slug: 'passerelle-mauricie',
    name: 'Passerelle Mauricie–Centre-du-Québec (exemple)',
    area: { fr: 'en Mauricie et au Centre-du-Québec', en: 'in Mauricie and Centre-du-Québec' },
    regionCodes: ['04', '17'],
  },
  {
    slug: 'maison-cantons',
    name: 'Maison d’accueil des Cantons (exemple)',
    area: { fr: 'en Estrie', en: 'in Estrie' },
    regionCodes: ['05'],
  },
  {
    slug: 'boussole-abitibi',
    name: 'La Boussole Abitibi-Témiscamingue (exemple)',
    area: {
      fr: 'en Abitibi-Témiscamingue et dans le Nord-du-Québec',
      en: 'in Abitibi-Témiscamingue and Nord-du-Québec',
    },
    regionCodes: ['08', '10'],
  },
  {
    slug: 'relais-appalaches',
    name: 'Relais d’intégration Chaudière-Appalaches (exemple)',
    area: {
      fr: 'en Chaudière-Appalaches et dans la Capitale-Nationale',
      en: 'in Chaudière-Appalaches and Capitale-Nationale',
    },
    regionCodes: ['12', '03'],
  },
];

const partners: OrganizationSeed[] = partnerDefinitions.map((partner) => ({
  id: `org_${partner.slug}`,
  slug: partner.slug,
  name: partner.name,
  role: 'partner',
  description: {
    fr: frenchTypography(
      `Organisme fictif de démonstration : accueil et intégration des personnes immigrantes ${partner.area.fr}.`,
    ),
    en: `Fictional demonstration organization: welcomes and settles immigrants ${partner.area.en}.`,
  },
  website: `https://www.${partner.slug}.example`,
  regionCodes: partner.regionCodes,
  sample: true,
}));

/** Program leads first, then the sample partners. */
export const organizationSeeds: readonly OrganizationSeed[] = [...leads, ...partners];
