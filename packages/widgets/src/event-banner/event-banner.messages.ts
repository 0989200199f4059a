import { catalogue } from '../shared/i18n.js';

/** Strings of `<eer-event-banner>`; the format keys match the API's `format` values. */
export const messages = catalogue(
  {
    label: 'Événements à venir',
    empty: 'Aucun événement à venir pour le moment.',
    cancelled: 'Annulé',
    'in-person': 'En personne',
    online: 'En ligne',
    hybrid: 'Hybride (en personne et en ligne)',
    register: 'S’inscrire',
    join: 'Participer en ligne',
    calendar: 'Ajouter au calendrier',
    newTab: '(s’ouvre dans un nouvel onglet)',
    more: (count: number) => (count > 1 ? `Voir les ${count} suivants` : 'Voir le suivant'),
    dismiss: 'Masquer ces événements',
  },
  {
    label: 'Upcoming events',
    empty: 'No upcoming events for now.',
    cancelled: 'Cancelled',
    'in-person': 'In person',
    online: 'Online',
    hybrid: 'Hybrid (in person and online)',
    register: 'Register',
    join: 'Join online',
    calendar: 'Add to calendar',
    newTab: '(opens in a new tab)',
    more: (count: number) => (count > 1 ? `See the next ${count}` : 'See the next one'),
    dismiss: 'Hide these events',
  },
);
