// The page's own text; the widgets bring theirs in the same language.
const NBSP = '\u00a0';

export type Lang = 'fr' | 'en';

export const messages = {
  fr: {
    documentTitle: 'Emplois en régions — intégration React',
    title: 'Venir s’installer dans nos régions',
    intro:
      'Une page React : le choix de région est un état de la page, transmis à la bannière d’événements et au formulaire.',
    otherLanguage: 'English',
    otherLang: 'en',
    pickHeading: 'Choisissez une région',
    noRegion: 'Aucune région choisie pour l’instant.',
    chosen: (region: string, code: string) => `Région choisie${NBSP}: ${region} (${code})`,
    municipality: (name: string) => `Municipalité${NBSP}: ${name}`,
    contactHeading: 'Écrivez à une conseillère ou à un conseiller',
    sent: 'Demande envoyée',
    reference: `Numéro de référence${NBSP}:`,
    eventsHeading: 'Événements à venir',
    eventsIn: (region: string) => `Événements à venir — ${region}`,
  },
  en: {
    documentTitle: 'Emplois en régions — React integration',
    title: 'Settle in our regions',
    intro:
      'A React page: the chosen region is page state, passed down to the event banner and to the contact form.',
    otherLanguage: 'Français',
    otherLang: 'fr',
    pickHeading: 'Choose a region',
    noRegion: 'No region chosen yet.',
    chosen: (region: string, code: string) => `Chosen region: ${region} (${code})`,
    municipality: (name: string) => `Municipality: ${name}`,
    contactHeading: 'Write to an advisor',
    sent: 'Request sent',
    reference: 'Reference number:',
    eventsHeading: 'Upcoming events',
    eventsIn: (region: string) => `Upcoming events — ${region}`,
  },
} as const satisfies Record<Lang, { otherLang: Lang } & Record<string, unknown>>;
