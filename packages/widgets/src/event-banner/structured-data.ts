import type { Event, LocalizedText } from '@emplois-en-regions/sdk';
import type { Lang } from '../shared/i18n.js';

const SCHEMA = 'https://schema.org/';
const MODES = { 'in-person': 'Offline', online: 'Online', hybrid: 'Mixed' } as const;

/**
 * schema.org `Event`s for the events a banner shows, so search engines can list
 * them. Everything comes from the API as data; the block is JSON, never run.
 */
export function eventsJsonLd(events: Event[], regions: Map<string, LocalizedText>, lang: Lang): object[] {
  return events.map((e) => {
    const place = e.location && {
      '@type': 'Place',
      name: e.location.venue,
      address: {
        '@type': 'PostalAddress',
        ...(e.location.address && { streetAddress: e.location.address }),
        addressLocality: e.location.municipalityName,
        addressRegion: regions.get(e.regionCodes[0] ?? '')?.[lang],
        addressCountry: 'CA',
      },
    };
    const online = e.format !== 'in-person' &&
      e.onlineUrl && { '@type': 'VirtualLocation', url: e.onlineUrl };
    const location = [place, online].filter(Boolean);
    return {
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: e.title[lang],
      description: e.summary[lang],
      startDate: e.start,
      endDate: e.end,
      eventStatus: SCHEMA + (e.status === 'cancelled' ? 'EventCancelled' : 'EventScheduled'),
      eventAttendanceMode: `${SCHEMA}${MODES[e.format]}EventAttendanceMode`,
      location: location.length > 1 ? location : location[0],
      organizer: { '@type': 'Organization', name: 'Emplois en régions' },
      url: e.registrationUrl ?? e.icsUrl,
      inLanguage: e.languages,
    };
  });
}
