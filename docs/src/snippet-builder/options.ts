/**
 * What the builder's user chose, and its defaults (the widgets' own defaults, so
 * a default never reaches the snippet). The round trip through the URL hash is in
 * share-link.ts.
 */
import { EVENT_TYPES, RegionCode, type EventType } from '@emplois-en-regions/sdk';

/** The widgets a page may hold, in the order the snippet writes them: the chooser, then what follows it. */
export const WIDGETS = ['eer-region-picker', 'eer-event-banner', 'eer-advisor-contact-form'] as const;
export type WidgetTag = (typeof WIDGETS)[number];
export const PICKER: WidgetTag = 'eer-region-picker';

/**
 * The `id` of the picker the banner and the form follow (`region-from`). Prefixed so
 * it does not collide with an id of the partner's page (a theme's `#region`, say).
 */
export const PICKER_ID = 'eer-region';

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
  /** The widgets of the page, in `WIDGETS` order; never empty. */
  widgets: WidgetTag[];
  /** The banner and the form follow the picker (when the page has both sides): `id` + `region-from`. */
  link: boolean;
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
  /**
   * The webmaster can edit the page's `<head>`: the script goes there with
   * `blocking="render"` (issue 12), in a block of its own, so nothing moves when
   * the widgets appear. Off, one block for the `<body>`, where that attribute does nothing.
   */
  scriptInHead: boolean;
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
    /** '' = every region (when linked: until a region is chosen in the picker). */
    region: string;
    layout: Layout;
    /** '' = every type. */
    type: EventType | '';
    limit: number;
    dismissible: boolean;
    empty: Empty;
  };
  form: {
    /** Regions fixed by the host page; none: the person chooses in an embedded picker. */
    regions: string[];
    privacyUrl: string;
  };
}

export function defaultOptions(origin: string): Options {
  return {
    widgets: [PICKER],
    link: true,
    lang: 'fr',
    apiKey: DEMO_KEY,
    apiBase: origin,
    theme: 'light',
    accent: '',
    radius: '',
    density: 'normal',
    lookOnConfig: false,
    scriptInHead: false,
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

/** True when the page has a picker and something to follow it, and the user wants them linked. */
export function isLinked(options: Options): boolean {
  return options.link && options.widgets.includes(PICKER) && options.widgets.some((tag) => tag !== PICKER);
}

/** The given tags, known ones only, once each, in `WIDGETS` order. */
export function orderWidgets(tags: readonly string[]): WidgetTag[] {
  return WIDGETS.filter((tag) => tags.includes(tag));
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

/** The banner's number of events: a whole number from 1 to 100, else undefined. */
export function bannerLimit(value: string): number | undefined {
  const trimmed = value.trim();
  const limit = Number(trimmed);
  return /^\d+$/.test(trimmed) && limit >= 1 && limit <= 100 ? limit : undefined;
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
