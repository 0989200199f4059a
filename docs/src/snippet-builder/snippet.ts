/**
 * The snippet as data — one `<script>`, one `<eer-config>`, then the page's
 * widgets, each with only the attributes that differ from the widgets' defaults —
 * and its HTML text: one block for the page, or (`scriptInHead`) the script for
 * the `<head>` and the rest for the page. The preview builds its elements from the same data, so what
 * the user copies is what they saw.
 */
import {
  DEFAULT_LIMIT,
  PICKER_ID,
  defaultOptions,
  isLinked,
  type Options,
  type WidgetTag,
} from './options.js';

/** An attribute: a value, or `true` for a boolean attribute written bare (`multiple`). */
export type Attribute = readonly [name: string, value: string | true];

export interface SnippetElement {
  tag: string;
  attributes: Attribute[];
}

export interface Snippet {
  /** URL of the widgets' CDN bundle. */
  script: string;
  config: SnippetElement;
  /** In page order; a follower (`region-from`) needs no particular place. */
  widgets: SnippetElement[];
  /** The script goes in the `<head>`, render-blocking, in a block of its own. */
  scriptInHead: boolean;
}

/**
 * Where a block is pasted: `page` the single block of today (anywhere in the
 * `<body>`), or `head` and `body` when the script goes in the `<head>`.
 */
export type Place = 'page' | 'head' | 'body';

export interface SnippetBlock {
  place: Place;
  html: string;
}

/** Where the snippet loads the widgets from. */
export interface Cdn {
  /** The origin serving `/cdn/` (the docs' own). */
  origin: string;
  /**
   * The widgets' version (`cdn/version.json`): the snippet then loads
   * `/cdn/v<version>/eer-widgets.js`, which never changes and is cached for a year.
   * Without it, the latest build at `/cdn/eer-widgets.js`.
   */
  version?: string | undefined;
}

export function scriptUrl({ origin, version }: Cdn): string {
  return version ? `${origin}/cdn/v${version}/eer-widgets.js` : `${origin}/cdn/eer-widgets.js`;
}

/** The look attributes (theme, accent, radius, density) that differ from the defaults. */
function lookAttributes(options: Options): Attribute[] {
  const attributes: Attribute[] = [];
  if (options.theme !== 'light') attributes.push(['theme', options.theme]);
  if (options.accent) attributes.push(['accent', options.accent]);
  if (options.radius) attributes.push(['radius', options.radius]);
  if (options.density !== 'normal') attributes.push(['density', options.density]);
  return attributes;
}

function widgetAttributes(tag: WidgetTag, options: Options): Attribute[] {
  const attributes: Attribute[] = [];
  const linked = isLinked(options);
  switch (tag) {
    case 'eer-region-picker': {
      const p = options.picker;
      const defaults = defaultOptions('').picker;
      if (linked) attributes.push(['id', PICKER_ID]);
      if (p.mode !== defaults.mode) attributes.push(['mode', p.mode]);
      if (p.scope !== defaults.scope) attributes.push(['scope', p.scope]);
      if (p.regions.length) attributes.push(['regions', p.regions.join(',')]);
      if (p.multiple) attributes.push(['multiple', true]);
      // The picker ignores `detail` with `multiple`: leave it out rather than mislead.
      else if (p.detail !== defaults.detail) attributes.push(['detail', p.detail]);
      if (p.name.trim()) attributes.push(['name', p.name.trim()]);
      if (p.required) attributes.push(['required', true]);
      break;
    }
    case 'eer-event-banner': {
      const b = options.banner;
      if (b.layout !== 'bar') attributes.push(['layout', b.layout]);
      if (linked) attributes.push(['region-from', PICKER_ID]);
      // With region-from, the region shown until one is chosen in the picker.
      if (b.region) attributes.push(['region', b.region]);
      if (b.type) attributes.push(['type', b.type]);
      // A card shows one event: its limit would do nothing.
      if (b.layout !== 'card' && b.limit !== DEFAULT_LIMIT) attributes.push(['limit', String(b.limit)]);
      if (b.dismissible) attributes.push(['dismissible', true]);
      if (b.empty !== 'hide') attributes.push(['empty', b.empty]);
      break;
    }
    case 'eer-advisor-contact-form': {
      const f = options.form;
      // A fixed region would win over the one chosen in the picker: linked, the form has none.
      if (linked) attributes.push(['region-from', PICKER_ID]);
      else if (f.regions.length) attributes.push(['region', f.regions.join(',')]);
      if (f.privacyUrl.trim()) attributes.push(['privacy-url', f.privacyUrl.trim()]);
      break;
    }
  }
  return attributes;
}

/** The snippet for `options`. */
export function buildSnippet(options: Options, cdn: Cdn): Snippet {
  const look = lookAttributes(options);
  return {
    script: scriptUrl(cdn),
    config: {
      tag: 'eer-config',
      attributes: [
        ['api-key', options.apiKey],
        ['api-base', options.apiBase],
        ['lang', options.lang],
        ...(options.lookOnConfig ? look : []),
      ],
    },
    widgets: options.widgets.map((tag) => ({
      tag,
      attributes: [...widgetAttributes(tag, options), ...(options.lookOnConfig ? [] : look)],
    })),
    scriptInHead: options.scriptInHead,
  };
}

/** Escapes an attribute value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Past this width an element's attributes go one per line, so the snippet reads in a narrow block. */
const MAX_LINE = 100;

function elementHtml({ tag, attributes }: SnippetElement): string {
  const parts = attributes.map(([name, value]) =>
    value === true ? name : `${name}="${escapeAttribute(value)}"`,
  );
  const oneLine = `<${[tag, ...parts].join(' ')}></${tag}>`;
  if (oneLine.length <= MAX_LINE || parts.length < 2) return oneLine;
  return `<${tag}\n${parts.map((part) => `  ${part}`).join('\n')}\n></${tag}>`;
}

function scriptHtml(url: string, blocking: boolean): string {
  return `<script type="module"${blocking ? ' blocking="render"' : ''} src="${escapeAttribute(url)}"></script>`;
}

/** The configuration, then each widget: what goes where the widgets show. */
function widgetsHtml(snippet: Snippet): string {
  return [elementHtml(snippet.config), ...snippet.widgets.map(elementHtml)].join('\n');
}

/** The HTML to paste in one block: the script and the configuration once, then each widget. */
export function snippetHtml(snippet: Snippet): string {
  return `${scriptHtml(snippet.script, false)}\n${widgetsHtml(snippet)}`;
}

/**
 * The blocks to paste. `blocking="render"` holds the first paint until the widgets
 * are defined, but only in the `<head>` (in the `<body>` it does nothing): so the
 * script gets a block of its own when the webmaster can edit the `<head>`.
 */
export function snippetBlocks(snippet: Snippet): SnippetBlock[] {
  if (!snippet.scriptInHead) return [{ place: 'page', html: snippetHtml(snippet) }];
  return [
    { place: 'head', html: scriptHtml(snippet.script, true) },
    { place: 'body', html: widgetsHtml(snippet) },
  ];
}
