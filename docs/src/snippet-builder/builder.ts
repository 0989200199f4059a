/**
 * The snippet builder's state and its update cycle. One `Options` object is the
 * state; every change re-renders the controls (view.ts; lit-html keeps the DOM and
 * the focus in place), the preview (preview.ts) and the snippet (snippet.ts) from
 * it, and writes it to the URL hash (share-link.ts) so the settings can be shared
 * as a link.
 */
import { render } from 'lit/html.js';
import { createCore, regionsResource, type Region } from '@emplois-en-regions/sdk';
import { selectContents, writeClipboard } from './clipboard.js';
import { accentRgb, needsAdjustment } from './contrast.js';
import { applyField, draftsOf, LIVE, ON_COMMIT, type Drafts, type TextField } from './fields.js';
import { accentReports } from './look-options.js';
import { messages, type Messages } from './messages.js';
import { DEMO_KEY, defaultOptions, type Lang, type Options } from './options.js';
import { Preview } from './preview.js';
import { keepOfferedRegions } from './regions.js';
import { fromHash, ignoredApiHost, toHash } from './share-link.js';
import { buildSnippet, snippetBlocks, type Cdn, type Place, type SnippetBlock } from './snippet.js';
import { builderView } from './view.js';
import type { StatusKind, ViewContext } from './view-context.js';
import { WIDGETS_VERSION } from './widgets-version.js';

/** Text fields other than look values are applied when the user pauses typing (or commits). */
const TYPING_PAUSE_MS = 400;
/** How long the widgets' bundle may take to define the elements before the preview says it is missing. */
const WIDGETS_WAIT_MS = 10_000;
/** How long a status line waits before it speaks: emptied first, so that copying twice is announced twice. */
const STATUS_DELAY_MS = 100;

const checks = { color: (value: string) => !!accentRgb(value) };

export class SnippetBuilder implements ViewContext {
  readonly #mount: HTMLElement;
  readonly lang: Lang;
  readonly t: Messages;
  readonly origin = location.origin;
  readonly version = WIDGETS_VERSION;
  readonly #cdn: Cdn = { origin: this.origin, version: WIDGETS_VERSION };
  options: Options;
  drafts: Drafts;
  errors: Partial<Record<TextField, string>> = {};
  regions: Region[] | undefined;
  regionsFailed = false;
  status: Record<StatusKind, string> = { page: '', head: '', body: '', actions: '' };
  announcement = '';
  widgetsMissing = false;
  ignoredApiHost: string | undefined;
  #statusTimers: Partial<Record<StatusKind, ReturnType<typeof setTimeout>>> = {};
  /** Accent and theme of the last contrast announcement, so other changes do not repeat it. */
  #announcedLook = '';
  #preview?: Preview;
  #typing?: ReturnType<typeof setTimeout>;

  constructor(mount: HTMLElement, lang: Lang) {
    this.#mount = mount;
    this.lang = lang;
    this.t = messages[lang];
    this.options = fromHash(location.hash, this.origin, checks);
    this.ignoredApiHost = ignoredApiHost(location.hash, this.origin);
    this.drafts = draftsOf(this.options);
  }

  get blocks(): SnippetBlock[] {
    return snippetBlocks(buildSnippet(this.options, this.#cdn));
  }

  start(): void {
    this.#mount.classList.add('sb');
    this.#render();
    const host = this.#mount.querySelector<HTMLElement>('.sb-preview');
    if (host) this.#preview = new Preview(host);
    this.#update(false);
    void this.loadRegions();
    void this.#checkWidgets();
    // A shared link opened in this tab (or the hash edited by hand): take its settings.
    addEventListener('hashchange', () => {
      const hash = location.hash.replace(/^#/, '');
      // Other anchors of the page (the skip link's #contenu) are not settings.
      if (!hash.includes('=') || hash === toHash(this.options, this.origin)) return;
      this.#take(fromHash(hash, this.origin, checks), ignoredApiHost(hash, this.origin));
      if (this.regions) keepOfferedRegions(this.options, this.regions);
      this.#update();
    });
  }

  /** Settings replaced as a whole (a link's, or the defaults): the fields show them, without errors. */
  #take(options: Options, ignoredHost: string | undefined): void {
    this.options = options;
    this.ignoredApiHost = ignoredHost;
    this.errors = {};
    this.drafts = draftsOf(options);
  }

  /** The page loads /cdn/eer-widgets.js before this script; say so if the widgets never arrive. */
  async #checkWidgets(): Promise<void> {
    const defined = customElements.whenDefined('eer-config').then(() => true);
    const late = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), WIDGETS_WAIT_MS));
    if (await Promise.race([defined, late])) return;
    this.widgetsMissing = true;
    this.#render();
  }

  async loadRegions(): Promise<void> {
    this.regionsFailed = false;
    this.#render();
    try {
      // The builder's own list comes from this site with the demo key, whatever the snippet uses.
      const regions = regionsResource(createCore({ baseUrl: this.origin, key: DEMO_KEY, lang: this.lang }));
      this.regions = (await regions.list()).data;
    } catch {
      this.regionsFailed = true;
      this.#render();
      return;
    }
    keepOfferedRegions(this.options, this.regions);
    this.#update(false);
  }

  /** After a change: controls, preview, snippet, URL, announcement. */
  #update(announceContrast = true): void {
    const look = `${this.options.accent}|${this.options.theme}`;
    if (announceContrast && look !== this.#announcedLook) this.announcement = this.#contrastSummary();
    this.#announcedLook = look;
    this.#render();
    this.#preview?.show(buildSnippet(this.options, this.#cdn));
    const hash = toHash(this.options, this.origin);
    const url = `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
  }

  #render(): void {
    // `host`: listeners given as methods (`@submit=${ctx.submit}`) run with this builder as `this`.
    render(builderView(this), this.#mount, { host: this });
  }

  set(change: (options: Options) => void): void {
    change(this.options);
    this.#update();
  }

  // ——— Text fields: applied as soon as they are valid; an error shows when the user commits an invalid value.

  edit(field: TextField, raw: string, commit: boolean): void {
    this.drafts[field] = raw;
    clearTimeout(this.#typing);
    // The key and the API address are applied (and checked) when the user commits them.
    if (!commit && ON_COMMIT.has(field)) return;
    // Other changes than a look value recreate the preview's widgets: not at every keystroke.
    if (!commit && !LIVE.has(field)) {
      this.#typing = setTimeout(() => this.#commit(field, raw, false), TYPING_PAUSE_MS);
      return;
    }
    this.#commit(field, raw, commit);
  }

  #commit(field: TextField, raw: string, committed: boolean): void {
    const error = applyField(field, raw, this.options, this.t, this.origin);
    // While typing, an error may only go away; it appears when the user commits the value.
    if (!error || committed) this.errors[field] = error;
    if (committed && error) this.announcement = error;
    this.#update(field === 'accent' && !error);
  }

  /** Enter in a field submits the settings form: commit every field. */
  submit(event: Event): void {
    event.preventDefault();
    clearTimeout(this.#typing);
    for (const field of Object.keys(this.drafts) as TextField[]) {
      this.errors[field] = applyField(field, this.drafts[field], this.options, this.t, this.origin);
    }
    const first = Object.values(this.errors).find(Boolean);
    if (first) this.announcement = first;
    this.#update(!first);
  }

  palette(hex: string): void {
    this.drafts.accent = hex;
    this.errors.accent = '';
    this.set((o) => (o.accent = hex));
  }

  clearAccent(): void {
    this.drafts.accent = '';
    this.errors.accent = '';
    this.set((o) => (o.accent = ''));
  }

  announce(text: string): void {
    this.announcement = '';
    this.#render();
    setTimeout(() => {
      this.announcement = text;
      this.#render();
    }, STATUS_DELAY_MS);
  }

  reset(): void {
    this.#take(defaultOptions(this.origin), undefined);
    this.#update();
    this.#say('actions', this.t.resetDone);
  }

  // ——— Copying.

  #say(kind: StatusKind, text: string): void {
    this.status[kind] = '';
    this.#render();
    clearTimeout(this.#statusTimers[kind]);
    this.#statusTimers[kind] = setTimeout(() => {
      this.status[kind] = text;
      this.#render();
    }, STATUS_DELAY_MS);
  }

  async copyCode(place: Place): Promise<void> {
    const block = this.blocks.find((b) => b.place === place);
    if (!block) return;
    if (await writeClipboard(block.html, this.#mount)) return this.#say(place, this.t.copied);
    // No clipboard at all: select the code so that Ctrl+C copies it.
    const element = this.#mount.querySelector(`.sb-code[data-place=${place}] code`);
    if (element) selectContents(element);
    this.#say(place, this.t.copyFailed);
  }

  async copyLink(): Promise<void> {
    const copied = await writeClipboard(location.href, this.#mount);
    this.#say('actions', copied ? this.t.linkCopied : location.href);
  }

  // ——— Contrast.

  /** One sentence for screen readers when the accent or the theme changes. */
  #contrastSummary(): string {
    const reports = accentReports(this);
    if (!reports) return '';
    const adjusted = reports.filter(needsAdjustment);
    if (!adjusted.length) return this.t.announceOk;
    return adjusted
      .map((r) =>
        this.t.announceWarning(this.t.surfaces[r.surface], r.text.css, r.fill.adjusted ? r.fill.css : ''),
      )
      .join(' ');
  }
}
