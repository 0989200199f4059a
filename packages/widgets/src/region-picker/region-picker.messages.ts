import type { Region } from '@emplois-en-regions/sdk';
import { catalogue, NBSP, NNBSP } from '../shared/i18n.js';

/** Strings of `<eer-region-picker>`; the long served/not served sentences come from `common`. */
export const messages = catalogue(
  {
    region: 'Région',
    regionOrMunicipality: 'Région ou municipalité',
    regions: 'Régions',
    mrc: 'MRC ou territoire équivalent',
    municipality: 'Municipalité',
    choose: 'Choisir…',
    municipalities: 'Municipalités',
    results: (n: number) => (n ? `${n} résultat${n > 1 ? 's' : ''}` : 'Aucun résultat'),
    searchError: 'La recherche des municipalités ne répond pas.',
    notServed: 'non desservie',
    partlyServed: 'desservie hors de la CMM',
    remove: (name: string) => `Retirer ${name}`,
    empty: 'Aucune région à afficher.',
    missingRegion: 'Choisissez une région.',
    missingMrc: 'Choisissez une MRC.',
    missingMunicipality: 'Choisissez une municipalité.',
    inCmm: 'fait partie de la Communauté métropolitaine de Montréal, que le programme ne dessert pas',
    partCmm: `en partie dans la Communauté métropolitaine de Montréal${NNBSP}; seules ses municipalités hors de la CMM sont desservies`,
    outsideCmm: 'hors de la Communauté métropolitaine de Montréal, desservie par le programme',
    colon: `${NBSP}:`,
  },
  {
    region: 'Region',
    regionOrMunicipality: 'Region or municipality',
    regions: 'Regions',
    mrc: 'MRC or equivalent territory',
    municipality: 'Municipality',
    choose: 'Choose…',
    municipalities: 'Municipalities',
    results: (n: number) => (n ? `${n} result${n > 1 ? 's' : ''}` : 'No results'),
    searchError: 'The municipality search is not answering.',
    notServed: 'not served',
    partlyServed: 'served outside the CMM',
    remove: (name: string) => `Remove ${name}`,
    empty: 'No region to show.',
    missingRegion: 'Choose a region.',
    missingMrc: 'Choose an MRC.',
    missingMunicipality: 'Choose a municipality.',
    inCmm: 'part of the Communauté métropolitaine de Montréal, which the program does not serve',
    partCmm:
      'partly in the Communauté métropolitaine de Montréal; only its municipalities outside the CMM are served',
    outsideCmm: 'outside the Communauté métropolitaine de Montréal, served by the program',
    colon: ':',
  },
);

export type PickerMessages = (typeof messages)['fr'];

/** A region's service note: partly served (outside the CMM), not served at all, or `''`. */
export const serviceNote = (region: Region, t: { partlyServed: string; notServed: string }): string =>
  region.serviceArea === 'outside-cmm' ? t.partlyServed : region.served ? '' : t.notServed;
