import type { Attribution } from '@emplois-en-regions/schemas';
import { frenchTypography } from './typography.js';

/** Shown with the geographic data, as its CC BY 4.0 licence requires (text from quebec/SOURCES.md). */
export const geographyAttribution: Attribution = {
  text: {
    fr: frenchTypography(
      'Sources : Gouvernement du Québec — MAMH, Répertoire des municipalités ; MRNF, Découpages administratifs ' +
        'et BDGA 1/1 000 000 (CC BY 4.0). Données modifiées : agrégées.',
    ),
    en:
      'Sources: Gouvernement du Québec — MAMH, Répertoire des municipalités; MRNF, Découpages administratifs ' +
      'and BDGA 1:1,000,000 (CC BY 4.0). Modified: aggregated.',
  },
  licence: 'CC-BY-4.0',
  sourcesUrl: 'https://www.donneesquebec.ca/',
};
