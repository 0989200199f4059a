import type { EventType, Language } from '@emplois-en-regions/schemas';
import { NBSP } from '../data/typography.js';

/** Words of the iCalendar files, French (OQLF typography) and English. */
export const ICS_LABELS = {
  fr: {
    calendarName: 'Emplois en régions — événements',
    registration: `Inscription${NBSP}:`,
    online: `En ligne${NBSP}:`,
    onlineLocation: 'En ligne',
    cancelled: `ANNULÉ${NBSP}:`,
  },
  en: {
    calendarName: 'Emplois en régions — events',
    registration: 'Registration:',
    online: 'Online:',
    onlineLocation: 'Online',
    cancelled: 'CANCELLED:',
  },
} satisfies Record<Language, Record<string, string>>;

export const EVENT_TYPE_LABELS: Record<EventType, Record<Language, string>> = {
  forum: { fr: 'Forum', en: 'Forum' },
  webinar: { fr: 'Webinaire', en: 'Webinar' },
  'info-session': { fr: 'Séance d’information', en: 'Information session' },
  'job-fair': { fr: 'Salon de l’emploi', en: 'Job fair' },
  'exploratory-stay': { fr: 'Séjour exploratoire', en: 'Exploratory stay' },
};
