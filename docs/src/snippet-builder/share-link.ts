/**
 * The settings as URL hash parameters, so a configuration can be shared as a link,
 * and back. A link is data from anyone: every value is checked, and what is
 * invalid keeps its default.
 *
 * The API address is never part of a link (issue 16): a link that set it would
 * produce a snippet sending every contact request to the link author's host. It
 * is typed in the builder, where its consequence is said plainly.
 */
import {
  DENSITIES,
  DETAILS,
  EMPTIES,
  EVENT_TYPES,
  LANGS,
  LAYOUTS,
  MODES,
  SCOPES,
  THEMES,
  defaultOptions,
  keyProblem,
  normalizeApiBase,
  orderWidgets,
  privacyUrlIsValid,
  radiusIsValid,
  regionCodes,
  type EventType,
  type Options,
} from './options.js';

/** Checks that need the browser (CSS parsing), injected so the rest stays plain data. */
export interface Checks {
  color(value: string): boolean;
}

/**
 * One URL hash parameter: how to read it from the options and how to apply a
 * value from a link, which may be anything (`apply` ignores what is invalid).
 */
interface HashParam {
  key: string;
  /** Older names still read from links shared before (`widget`, one tag). */
  aliases?: string[];
  read(options: Options): string;
  apply(options: Options, value: string, check: Checks): void;
}

const choice = <T extends string>(
  key: string,
  list: readonly T[],
  get: (o: Options) => T,
  set: (o: Options, value: T) => void,
): HashParam => ({
  key,
  read: get,
  apply: (o, value) => {
    if (list.includes(value as T)) set(o, value as T);
  },
});

const flag = (
  key: string,
  get: (o: Options) => boolean,
  set: (o: Options, on: boolean) => void,
): HashParam => ({
  key,
  read: (o) => (get(o) ? '1' : '0'),
  apply: (o, value) => set(o, value === '1' || value === 'true'),
});

const codes = (
  key: string,
  get: (o: Options) => string[],
  set: (o: Options, codes: string[]) => void,
): HashParam => ({
  key,
  read: (o) => get(o).join(','),
  apply: (o, value) => set(o, regionCodes(value)),
});

const PARAMS: HashParam[] = [
  {
    key: 'widgets',
    aliases: ['widget'],
    read: (o) => o.widgets.join(','),
    apply: (o, value) => {
      const widgets = orderWidgets(value.split(',').map((tag) => tag.trim()));
      if (widgets.length) o.widgets = widgets;
    },
  },
  flag(
    'link',
    (o) => o.link,
    (o, on) => (o.link = on),
  ),
  choice(
    'lang',
    LANGS,
    (o) => o.lang,
    (o, v) => (o.lang = v),
  ),
  {
    key: 'key',
    read: (o) => o.apiKey,
    apply: (o, v) => {
      if (!keyProblem(v)) o.apiKey = v.trim();
    },
  },
  choice(
    'theme',
    THEMES,
    (o) => o.theme,
    (o, v) => (o.theme = v),
  ),
  {
    key: 'accent',
    read: (o) => o.accent,
    apply: (o, v, check) => {
      if (check.color(v.trim())) o.accent = v.trim();
    },
  },
  {
    key: 'radius',
    read: (o) => o.radius,
    apply: (o, v) => {
      if (radiusIsValid(v)) o.radius = v.trim();
    },
  },
  choice(
    'density',
    DENSITIES,
    (o) => o.density,
    (o, v) => (o.density = v),
  ),
  flag(
    'config',
    (o) => o.lookOnConfig,
    (o, on) => (o.lookOnConfig = on),
  ),
  choice(
    'mode',
    MODES,
    (o) => o.picker.mode,
    (o, v) => (o.picker.mode = v),
  ),
  choice(
    'detail',
    DETAILS,
    (o) => o.picker.detail,
    (o, v) => (o.picker.detail = v),
  ),
  flag(
    'multiple',
    (o) => o.picker.multiple,
    (o, on) => (o.picker.multiple = on),
  ),
  flag(
    'required',
    (o) => o.picker.required,
    (o, on) => (o.picker.required = on),
  ),
  { key: 'name', read: (o) => o.picker.name, apply: (o, v) => (o.picker.name = v.trim()) },
  choice(
    'scope',
    SCOPES,
    (o) => o.picker.scope,
    (o, v) => (o.picker.scope = v),
  ),
  codes(
    'regions',
    (o) => o.picker.regions,
    (o, c) => (o.picker.regions = c),
  ),
  codes(
    'region',
    (o) => (o.banner.region ? [o.banner.region] : []),
    (o, c) => (o.banner.region = c[0] ?? ''),
  ),
  choice(
    'layout',
    LAYOUTS,
    (o) => o.banner.layout,
    (o, v) => (o.banner.layout = v),
  ),
  choice<EventType | ''>(
    'type',
    ['', ...EVENT_TYPES],
    (o) => o.banner.type,
    (o, v) => (o.banner.type = v),
  ),
  {
    key: 'limit',
    read: (o) => String(o.banner.limit),
    apply: (o, v) => {
      const limit = Number(v);
      if (Number.isInteger(limit) && limit >= 1 && limit <= 100) o.banner.limit = limit;
    },
  },
  flag(
    'dismissible',
    (o) => o.banner.dismissible,
    (o, on) => (o.banner.dismissible = on),
  ),
  choice(
    'empty',
    EMPTIES,
    (o) => o.banner.empty,
    (o, v) => (o.banner.empty = v),
  ),
  codes(
    'form-regions',
    (o) => o.form.regions,
    (o, c) => (o.form.regions = c),
  ),
  {
    key: 'privacy',
    read: (o) => o.form.privacyUrl,
    apply: (o, v) => {
      if (privacyUrlIsValid(v)) o.form.privacyUrl = v.trim();
    },
  },
];

/** The options as URL hash parameters: only what differs from the defaults, never the API address. */
export function toHash(options: Options, origin: string): string {
  const defaults = defaultOptions(origin);
  const params = new URLSearchParams();
  for (const { key, read } of PARAMS) {
    if (read(options) !== read(defaults)) params.set(key, read(options));
  }
  return params.toString();
}

/** Options from a URL hash; anything unknown or invalid keeps its default, the API address too. */
export function fromHash(hash: string, origin: string, check: Checks): Options {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const options = defaultOptions(origin);
  for (const { key, aliases = [], apply } of PARAMS) {
    const value = [key, ...aliases].map((name) => params.get(name)).find((v) => v !== null);
    if (value !== undefined && value !== null && value.trim()) apply(options, value, check);
  }
  return options;
}

/**
 * The host of another API address a link tried to set (`base=`, as links written
 * before did), so the builder can say it was not taken; undefined when none.
 */
export function ignoredApiHost(hash: string, origin: string): string | undefined {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('base');
  const base = value ? normalizeApiBase(value) : undefined;
  if (!base || base === origin) return undefined;
  return new URL(base).host;
}
