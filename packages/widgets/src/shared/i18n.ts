/**
 * Languages and the shared part of the message catalogue. Each widget keeps
 * its own catalogue next to it (`<widget>.messages.ts`) built with `catalogue()`,
 * so a widget bundles only its strings. French follows OQLF typography:
 * « », a non-breaking space before : ; ? ! and « 14 h 30 ».
 */
export type Lang = 'fr' | 'en';

export const NBSP = '\u00a0';
/** Narrow no-break space, used before ; ? ! in French. */
export const NNBSP = '\u202f';

/** `fr` unless the tag is English (`en`, `en-CA`…). */
export function toLang(tag: string | null | undefined): Lang | undefined {
  if (!tag) return undefined;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return base === 'en' ? 'en' : base === 'fr' ? 'fr' : undefined;
}

type Entry = string | ((...args: never[]) => string);
export type Catalogue<T extends Record<string, Entry>> = Record<Lang, T>;

/** A typed catalogue: English must have every French key, with the same signature. */
export function catalogue<T extends Record<string, Entry>>(
  fr: T,
  en: { [K in keyof T]: T[K] },
): Catalogue<T> {
  return { fr, en };
}

/** Strings every widget uses. */
export const common = catalogue(
  {
    loading: 'Chargement…',
    retry: 'Réessayer',
    loadError: 'Impossible de charger les données. Vérifiez votre connexion, puis réessayez.',
    networkError: 'Le réseau ne répond pas. Vérifiez votre connexion, puis réessayez.',
    unavailable: 'Ce contenu n’est pas offert pour le moment.',
    partlyServed: 'Desservie hors de la Communauté métropolitaine de Montréal',
    notServed: 'Non desservie par le programme',
  },
  {
    loading: 'Loading…',
    retry: 'Try again',
    loadError: 'The data could not be loaded. Check your connection, then try again.',
    networkError: 'The network is not answering. Check your connection, then try again.',
    unavailable: 'This content is not available at the moment.',
    partlyServed: 'Served outside the Communauté métropolitaine de Montréal',
    notServed: 'Not served by the program',
  },
);

const TIME_ZONE = 'America/Toronto';
const locale = (lang: Lang) => (lang === 'fr' ? 'fr-CA' : 'en-CA');

/** « 14 h 30 » in French (OQLF), "2:30 p.m." in English, in Québec's time zone. */
export function formatTime(date: Date, lang: Lang): string {
  if (lang === 'en') {
    return new Intl.DateTimeFormat('en-CA', {
      timeZone: TIME_ZONE,
      hour: 'numeric',
      minute: '2-digit',
    }).format(date);
  }
  const parts = new Intl.DateTimeFormat('fr-CA', {
    timeZone: TIME_ZONE,
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value);
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00';
  return minute === '00' ? `${hour}${NBSP}h` : `${hour}${NBSP}h${NBSP}${minute}`;
}

/** « jeudi 3 décembre 2026 », « mardi 1er décembre » / "Thursday, December 3, 2026", in Québec's time zone. */
export function formatDate(date: Date, lang: Lang, withYear = true): string {
  const parts = new Intl.DateTimeFormat(locale(lang), {
    timeZone: TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
  }).formatToParts(date);
  // French writes the first day of a month as an ordinal: « 1er ».
  return parts.map((p) => (lang === 'fr' && p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
}

/** A date-time range, saying the day once when start and end share it. */
export function formatRange(start: Date, end: Date, lang: Lang): string {
  const startDay = formatDate(start, lang);
  const endDay = formatDate(end, lang);
  const from = `${startDay}, ${formatTime(start, lang)}`;
  const to = formatTime(end, lang);
  return `${from} – ${startDay === endDay ? to : `${endDay}, ${to}`}`;
}
