import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { accentTokens, SURFACES } from './color.js';
import { sharedClient, type WidgetClient } from './client.js';
import { SCRIPT_ORIGIN, type Setup } from './diagnose.js';
import type { EerEventDetail, EerEventMap } from './events.js';
import { toLang, type Lang } from './i18n.js';
import { onPageConfigChange, pageConfig, type PageConfig } from './page-config.js';
import { themeStyles } from './theme.styles.js';

export type Theme = 'light' | 'dark' | 'auto';
export type Density = 'compact' | 'normal' | 'comfortable';

/**
 * What every widget shares: language, theming attributes, the page-level API
 * configuration from `<eer-config>`, the shared SDK client, and typed events.
 * A widget's own attribute always wins over `<eer-config>`.
 */
export class EerElement extends LitElement {
  static override styles = [themeStyles];

  /**
   * `fr` (default) or `en`; else `<eer-config lang>`, else the page's `<html lang>`.
   * The `lang` attribute then shows the language the widget renders (never `lang=""`,
   * which means "unknown"), without becoming the widget's own.
   */
  @property() override lang = '';
  /** `light`, `dark` or `auto` (follows `prefers-color-scheme`). */
  @property({ reflect: true }) theme: Theme | '' = '';
  /** Any CSS color; text on it and links in it are adjusted to keep WCAG AA contrast. */
  @property() accent = '';
  /** Corner radius, any CSS length (`0`, `4px`, `1rem`). */
  @property() radius = '';
  /** `compact`, `normal` or `comfortable`. */
  @property({ reflect: true }) density: Density | '' = '';
  /** Base URL of the API (default: `<eer-config api-base>`, else the origin the widgets' script was loaded from). */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** Publishable key (`pk_…`) bound to this site's origin. */
  @property({ attribute: 'api-key' }) apiKey = '';

  /** The page configuration, re-read when an `<eer-config>` changes. */
  @state() protected page: PageConfig = pageConfig();

  #unsubscribe?: () => void;
  #htmlLangObserver?: MutationObserver;
  // `theme="auto"`: accent tokens are tuned to the surface, so a system switch to dark re-tunes them.
  #onColorScheme = (): void => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribe = onPageConfigChange(() => (this.page = pageConfig()));
    this.page = pageConfig();
    // The page may switch its own language (a bilingual WordPress site does).
    this.#htmlLangObserver = new MutationObserver(() => this.requestUpdate());
    this.#htmlLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    darkScheme().addEventListener('change', this.#onColorScheme);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#htmlLangObserver?.disconnect();
    darkScheme().removeEventListener('change', this.#onColorScheme);
  }

  /** The language the visitor reads: own `lang`, `<eer-config lang>`, `<html lang>`, else French. */
  get language(): Lang {
    return toLang(this.lang) ?? toLang(this.page.lang) ?? toLang(document.documentElement.lang) ?? 'fr';
  }

  /** The effective theme (own attribute, then `<eer-config>`). */
  get effectiveTheme(): Theme {
    const theme = this.theme || this.page.theme;
    return theme === 'dark' || theme === 'auto' ? theme : 'light';
  }

  /** The API address and key in effect: own attributes, then `<eer-config>`, then the script's origin. */
  get setup(): Setup {
    return {
      apiBase: this.apiBase || this.page.apiBase || SCRIPT_ORIGIN || location.origin,
      apiKey: this.apiKey || this.page.apiKey || '',
    };
  }

  /** The page's shared SDK client for this widget's API base, key and language. */
  get client(): WidgetClient {
    const { apiBase, apiKey } = this.setup;
    return sharedClient(apiBase, apiKey, this.language);
  }

  /** Messages of `catalogue` in the visitor's language. */
  protected messages<T extends Record<string, unknown>>(catalogue: Record<Lang, T>): T {
    return catalogue[this.language];
  }

  /** Dispatches a typed `eer-*` event that bubbles out of the shadow root. */
  protected emit<K extends keyof EerEventMap>(type: K, detail: EerEventDetail<K>): boolean {
    return this.dispatchEvent(widgetEvent(type, detail));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#applyTheme();
    // WCAG 3.1.2: the content is marked with the language it is rendered in, whatever chose it.
    // Writing the attribute sets the property: it is put back, so the language stays the page's.
    const language = this.language;
    if (this.getAttribute('lang') !== language) {
      const own = this.lang;
      this.setAttribute('lang', language);
      this.lang = own;
    }
  }

  /** Attributes only set tokens (layer 1 of theming); styles read the tokens. */
  #applyTheme(): void {
    const theme = this.effectiveTheme;
    // The styles key on these internal attributes, never on the public `theme`/`density`:
    // writing the page-level value there would make it the widget's own and stop it
    // following a later change of <eer-config>. `auto` is resolved here, once, for both
    // the tokens (CSS) and the accent (contrast is computed against the actual surface).
    const dark = theme === 'dark' || (theme === 'auto' && darkScheme().matches);
    this.dataset.eerTheme = dark ? 'dark' : 'light';
    const density = this.density || this.page.density;
    if (density) this.dataset.eerDensity = density;
    else delete this.dataset.eerDensity;
    const accent = this.accent || this.page.accent || '';
    const tokens = accent ? accentTokens(accent, dark ? SURFACES.dark : SURFACES.light) : null;
    for (const name of ['--eer-accent', '--eer-on-accent', '--eer-accent-text']) {
      if (tokens?.[name]) this.style.setProperty(name, tokens[name]);
      else this.style.removeProperty(name);
    }
    const radius = this.radius || this.page.radius;
    if (radius) this.style.setProperty('--eer-radius', /^\d+(\.\d+)?$/.test(radius) ? `${radius}px` : radius);
    else this.style.removeProperty('--eer-radius');
  }
}

let darkSchemeQuery: MediaQueryList | undefined;
/** One `prefers-color-scheme: dark` query for every widget of the page. */
function darkScheme(): MediaQueryList {
  return (darkSchemeQuery ??= matchMedia('(prefers-color-scheme: dark)'));
}

// Outside the class so the manifest analyzer does not list a generic event named `type`:
// each widget documents its own events with @fires.
function widgetEvent<K extends keyof EerEventMap>(type: K, detail: EerEventDetail<K>): CustomEvent {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}

/** Registers `tag` once; a second bundle defining the same tag is tolerated. */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
