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
  bannerLimit,
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

/** Where a parameter's value lives in the options. */
interface Accessor<T> {
  get(o: Options): T;
  set(o: Options, value: T): void;
}

/** A top-level option (`theme`). */
const top = <K extends keyof Options>(name: K): Accessor<Options[K]> => ({
  get: (o) => o[name],
  set: (o, value) => {
    o[name] = value;
  },
});

/** An option of one widget (`picker.mode`). */
const of = <G extends 'picker' | 'banner' | 'form', K extends keyof Options[G]>(
  group: G,
  name: K,
): Accessor<Options[G][K]> => ({
  get: (o) => o[group][name],
  set: (o, value) => {
    o[group][name] = value;
  },
});

const choice = <T extends string>(key: string, list: readonly T[], at: Accessor<T>): HashParam => ({
  key,
  read: at.get,
  apply: (o, value) => {
    if (list.includes(value as T)) at.set(o, value as T);
  },
});

const flag = (key: string, at: Accessor<boolean>): HashParam => ({
  key,
  read: (o) => (at.get(o) ? '1' : '0'),
  apply: (o, value) => at.set(o, value === '1' || value === 'true'),
});

const codes = (key: string, at: Accessor<string[]>): HashParam => ({
  key,
  read: (o) => at.get(o).join(','),
  apply: (o, value) => at.set(o, regionCodes(value)),
});

/** A text option taken from a link only when `valid`, trimmed. */
const text = (key: string, valid: (value: string) => boolean, at: Accessor<string>): HashParam => ({
  key,
  read: at.get,
  apply: (o, value) => {
    if (valid(value)) at.set(o, value.trim());
  },
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
  flag('link', top('link')),
  choice('lang', LANGS, top('lang')),
  text('key', (v) => !keyProblem(v), top('apiKey')),
  choice('theme', THEMES, top('theme')),
  {
    key: 'accent',
    read: (o) => o.accent,
    apply: (o, v, check) => {
      if (check.color(v.trim())) o.accent = v.trim();
    },
  },
  text('radius', radiusIsValid, top('radius')),
  choice('density', DENSITIES, top('density')),
  flag('config', top('lookOnConfig')),
  flag('head', top('scriptInHead')),
  choice('mode', MODES, of('picker', 'mode')),
  choice('detail', DETAILS, of('picker', 'detail')),
  flag('multiple', of('picker', 'multiple')),
  flag('required', of('picker', 'required')),
  text('name', () => true, of('picker', 'name')),
  choice('scope', SCOPES, of('picker', 'scope')),
  codes('regions', of('picker', 'regions')),
  codes('region', {
    get: (o) => (o.banner.region ? [o.banner.region] : []),
    set: (o, c) => (o.banner.region = c[0] ?? ''),
  }),
  choice('layout', LAYOUTS, of('banner', 'layout')),
  choice<EventType | ''>('type', ['', ...EVENT_TYPES], of('banner', 'type')),
  {
    key: 'limit',
    read: (o) => String(o.banner.limit),
    apply: (o, v) => {
      const limit = bannerLimit(v);
      if (limit !== undefined) o.banner.limit = limit;
    },
  },
  flag('dismissible', of('banner', 'dismissible')),
  choice('empty', EMPTIES, of('banner', 'empty')),
  codes('form-regions', of('form', 'regions')),
  text('privacy', privacyUrlIsValid, of('form', 'privacyUrl')),
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
