/**
 * What the builder's visitor chose, its defaults (the widgets' own defaults, so
 * a default never reaches the snippet), and its round trip through the URL hash
 * so a configuration can be shared as a link.
 */
import { EVENT_TYPES, RegionCode, type EventType } from '@emplois-en-regions/sdk';

export const WIDGETS = ['eer-region-picker', 'eer-advisor-contact-form', 'eer-event-banner'] as const;
export type WidgetTag = (typeof WIDGETS)[number];

export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
export const DENSITIES = ['compact', 'normal', 'comfortable'] as const;
export type Density = (typeof DENSITIES)[number];
export const MODES = ['list', 'combobox', 'map'] as const;
export type Mode = (typeof MODES)[number];
export const DETAILS = ['region', 'mrc', 'municipality'] as const;
export type Detail = (typeof DETAILS)[number];
export const SCOPES = ['served', 'all'] as const;
export type Scope = (typeof SCOPES)[number];
export const LAYOUTS = ['bar', 'card', 'list'] as const;
export type Layout = (typeof LAYOUTS)[number];
export const EMPTIES = ['hide', 'message'] as const;
export type Empty = (typeof EMPTIES)[number];
export { EVENT_TYPES, type EventType };

/** The publishable demo key the embedded server accepts from `http://localhost:*` pages. */
export const DEMO_KEY = 'pk_test_demo';
/** The banner's default number of events. */
export const DEFAULT_LIMIT = 3;

export interface Options {
  widget: WidgetTag;
  lang: Lang;
  apiKey: string;
  /** Absolute http(s) URL without a trailing slash. */
  apiBase: string;
  theme: Theme;
  /** A CSS color the browser understands, or '' for the widgets' default blue. */
  accent: string;
  /** A CSS length (or a bare number of pixels), or '' for the default 8px. */
  radius: string;
  density: Density;
  /** Put the look (theme, accent, radius, density) on `<eer-config>`, for every widget of the page. */
  lookOnConfig: boolean;
  picker: {
    mode: Mode;
    detail: Detail;
    multiple: boolean;
    required: boolean;
    name: string;
    scope: Scope;
    /** Offer only these regions; none: every region of the scope. */
    regions: string[];
  };
  banner: {
    /** '' = every region. */
    region: string;
    layout: Layout;
    /** '' = every type. */
    type: EventType | '';
    limit: number;
    dismissible: boolean;
    empty: Empty;
  };
  form: {
    /** Regions fixed by the host page; none: the visitor chooses in an embedded picker. */
    regions: string[];
    privacyUrl: string;
  };
}

export function defaultOptions(origin: string): Options {
  return {
    widget: 'eer-region-picker',
    lang: 'fr',
    apiKey: DEMO_KEY,
    apiBase: origin,
    theme: 'light',
    accent: '',
    radius: '',
    density: 'normal',
    lookOnConfig: false,
    picker: {
      mode: 'list',
      detail: 'region',
      multiple: false,
      required: false,
      name: '',
      scope: 'served',
      regions: [],
    },
    banner: { region: '', layout: 'bar', type: '', limit: DEFAULT_LIMIT, dismissible: false, empty: 'hide' },
    form: { regions: [], privacyUrl: '' },
  };
}

/** Sorted, unique, valid region codes from a comma-separated list. */
export function regionCodes(value: string): string[] {
  const codes = value
    .split(',')
    .map((code) => code.trim())
    .filter((code) => RegionCode.safeParse(code).success);
  return [...new Set(codes)].sort();
}

/** A publishable key: `pk_` then letters, digits or underscores. */
export function keyProblem(key: string): 'empty' | 'secret' | 'format' | undefined {
  const trimmed = key.trim();
  if (!trimmed) return 'empty';
  if (/^sk_/i.test(trimmed)) return 'secret';
  return /^pk_[A-Za-z0-9_]+$/.test(trimmed) ? undefined : 'format';
}

/** The API base as an absolute http(s) URL without a trailing slash, or undefined. */
export function normalizeApiBase(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    if (!/^https?:$/.test(url.protocol) || url.search || url.hash || url.username) return undefined;
    return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
  } catch {
    return undefined;
  }
}

/** A radius the widgets accept: a bare number (pixels) or any CSS length. */
export function radiusIsValid(value: string): boolean {
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return true;
  return !!trimmed && !/[;{}]/.test(trimmed) && CSS.supports('border-radius', trimmed);
}

/**
 * A privacy policy URL as the contact form resolves it (relative to the partner's
 * page): only http(s) links are shown. Returns false for `javascript:` and the like.
 */
export function privacyUrlIsValid(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value.trim(), 'https://partner.example/page/').protocol);
  } catch {
    return false;
  }
}

/**
 * One URL hash parameter: how to read it from the options and how to apply a
 * value from a link, which may be anything (`apply` ignores what is invalid).
 */
interface HashParam {
  key: string;
  read(options: Options): string;
  apply(options: Options, value: string, check: Checks): void;
}

/** Checks that need the browser (CSS parsing), injected so the rest stays plain data. */
export interface Checks {
  color(value: string): boolean;
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
  choice(
    'widget',
    WIDGETS,
    (o) => o.widget,
    (o, v) => (o.widget = v),
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
  {
    key: 'base',
    read: (o) => o.apiBase,
    apply: (o, v) => (o.apiBase = normalizeApiBase(v) ?? o.apiBase),
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

/** The options as URL hash parameters: only what differs from the defaults. */
export function toHash(options: Options, origin: string): string {
  const defaults = defaultOptions(origin);
  const params = new URLSearchParams();
  for (const { key, read } of PARAMS) {
    if (read(options) !== read(defaults)) params.set(key, read(options));
  }
  return params.toString();
}

/** Options from a URL hash; anything unknown or invalid keeps its default. */
export function fromHash(hash: string, origin: string, check: Checks): Options {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const options = defaultOptions(origin);
  for (const { key, apply } of PARAMS) {
    const value = params.get(key);
    if (value !== null && value.trim()) apply(options, value, check);
  }
  return options;
}
