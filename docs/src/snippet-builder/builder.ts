/**
 * The snippet builder: labelled native controls on one side, the real widget and
 * the code to paste on the other. One `Options` object is the state; every change
 * re-renders the controls (lit-html keeps the DOM and the focus in place), the
 * preview and the snippet from it, and writes it to the URL hash so the settings
 * can be shared as a link.
 */
import { html, nothing, render, type TemplateResult } from 'lit/html.js';
import { live } from 'lit/directives/live.js';
import { createCore, regionsResource, type Region } from '@emplois-en-regions/sdk';
import { accentRgb, contrastReport, needsAdjustment, toHex } from './contrast.js';
import { contrastPanel } from './contrast-panel.js';
import { checkbox, radios, textField } from './controls.js';
import { messages, type Messages } from './messages.js';
import {
  DEMO_KEY,
  DENSITIES,
  DETAILS,
  EMPTIES,
  EVENT_TYPES,
  LANGS,
  LAYOUTS,
  MODES,
  THEMES,
  WIDGETS,
  defaultOptions,
  fromHash,
  keyProblem,
  normalizeApiBase,
  privacyUrlIsValid,
  radiusIsValid,
  toHash,
  type EventType,
  type Lang,
  type Options,
} from './options.js';
import { Preview } from './preview.js';
import { buildSnippet, snippetHtml } from './snippet.js';

/** Fields typed as text: what the visitor typed is kept even while it is invalid. */
type TextField = 'accent' | 'radius' | 'name' | 'limit' | 'privacyUrl' | 'apiKey' | 'apiBase';

/**
 * Fields applied only when the visitor commits them (Enter, leaving the field):
 * each value applied makes the preview call that API, and a half-typed host or key
 * would only produce failed requests.
 */
const ON_COMMIT = new Set<TextField>(['apiKey', 'apiBase']);

/** Fields applied at each keystroke: look values, which the preview's widget takes in place. */
const LIVE = new Set<TextField>(['accent', 'radius']);
/** The others are applied when the visitor pauses typing (or commits). */
const TYPING_PAUSE_MS = 400;
/** How long the widgets' bundle may take to define the elements before the preview says it is missing. */
const WIDGETS_WAIT_MS = 10_000;

/** The widgets' default accent on the light theme, shown by the palette when no accent is set. */
const DEFAULT_ACCENT_HEX = '#0b57d0';

const checks = { color: (value: string) => !!accentRgb(value) };

export class SnippetBuilder {
  readonly #mount: HTMLElement;
  readonly #lang: Lang;
  readonly #t: Messages;
  readonly #origin = location.origin;
  #options: Options;
  #drafts!: Record<TextField, string>;
  #errors: Partial<Record<TextField, string>> = {};
  #regions: Region[] | undefined;
  #regionsFailed = false;
  #status = { copy: '', actions: '' };
  #statusTimers: Partial<Record<'copy' | 'actions', ReturnType<typeof setTimeout>>> = {};
  /** Read by screen readers: the contrast verdict, an error the visitor just committed. */
  #announcement = '';
  /** Accent and theme of the last contrast announcement, so other changes do not repeat it. */
  #announcedLook = '';
  #preview?: Preview;
  #typing?: ReturnType<typeof setTimeout>;
  #widgetsMissing = false;

  constructor(mount: HTMLElement, lang: Lang) {
    this.#mount = mount;
    this.#lang = lang;
    this.#t = messages[lang];
    this.#options = fromHash(location.hash, this.#origin, checks);
    this.#resetDrafts();
  }

  start(): void {
    this.#mount.classList.add('sb');
    this.#render();
    const host = this.#mount.querySelector<HTMLElement>('.sb-preview');
    if (host) this.#preview = new Preview(host);
    this.#update(false);
    void this.#loadRegions();
    void this.#checkWidgets();
    // A shared link opened in this tab (or the hash edited by hand): take its settings.
    addEventListener('hashchange', () => {
      const hash = location.hash.replace(/^#/, '');
      // Other anchors of the page (the skip link's #contenu) are not settings.
      if (!hash.includes('=') || hash === toHash(this.#options, this.#origin)) return;
      this.#options = fromHash(location.hash, this.#origin, checks);
      this.#errors = {};
      this.#resetDrafts();
      this.#keepOfferedRegions();
      this.#update();
    });
  }

  /** The page loads /cdn/eer-widgets.js before this script; say so if the widgets never arrive. */
  async #checkWidgets(): Promise<void> {
    const defined = customElements.whenDefined('eer-config').then(() => true);
    const late = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), WIDGETS_WAIT_MS));
    if (await Promise.race([defined, late])) return;
    this.#widgetsMissing = true;
    this.#render();
  }

  #resetDrafts(): void {
    const o = this.#options;
    this.#drafts = {
      accent: o.accent,
      radius: o.radius,
      name: o.picker.name,
      limit: String(o.banner.limit),
      privacyUrl: o.form.privacyUrl,
      apiKey: o.apiKey,
      apiBase: o.apiBase,
    };
  }

  async #loadRegions(): Promise<void> {
    this.#regionsFailed = false;
    this.#render();
    try {
      // The builder's own list comes from this site with the demo key, whatever the snippet uses.
      const regions = regionsResource(createCore({ baseUrl: this.#origin, key: DEMO_KEY, lang: this.#lang }));
      this.#regions = (await regions.list()).data;
    } catch {
      this.#regionsFailed = true;
      this.#render();
      return;
    }
    this.#keepOfferedRegions();
    this.#update(false);
  }

  /**
   * Drops region codes (from a shared link) that the controls do not offer: the
   * visitor could not see them, hence not uncheck them.
   */
  #keepOfferedRegions(): void {
    const all = this.#regions;
    if (!all) return;
    const codes = (list: Region[]) => new Set(list.map((r) => r.code));
    const served = codes(all.filter((r) => r.served));
    const { picker, banner, form } = this.#options;
    const pickable = picker.scope === 'all' ? codes(all) : served;
    picker.regions = picker.regions.filter((code) => pickable.has(code));
    form.regions = form.regions.filter((code) => served.has(code));
    if (!codes(all).has(banner.region)) banner.region = '';
  }

  /** After a change: controls, preview, snippet, URL, announcement. */
  #update(announceContrast = true): void {
    const look = `${this.#options.accent}|${this.#options.theme}`;
    if (announceContrast && look !== this.#announcedLook) this.#announcement = this.#contrastSummary();
    this.#announcedLook = look;
    this.#render();
    this.#preview?.show(buildSnippet(this.#options, this.#origin));
    const hash = toHash(this.#options, this.#origin);
    const url = `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
  }

  #set(change: (options: Options) => void): void {
    change(this.#options);
    this.#update();
  }

  #render(): void {
    // `host`: listeners given as methods (`@submit=${this.#onSubmit}`) run with this builder as `this`.
    render(this.#view(), this.#mount, { host: this });
  }

  // ——— Text fields: applied as soon as they are valid; an error shows when the visitor commits an invalid value.

  /** Applies `raw` to `field` and returns '' when it is valid, else the error (the previous value stays). */
  #apply(field: TextField, raw: string): string {
    const t = this.#t;
    const o = this.#options;
    const value = raw.trim();
    switch (field) {
      case 'accent':
        if (value && !accentRgb(value)) return t.accentError(value, o.accent);
        o.accent = value;
        return '';
      case 'radius':
        if (value && !radiusIsValid(value))
          return `${t.radiusError} ${o.radius ? t.keptValue(o.radius) : ''}`;
        o.radius = value;
        return '';
      case 'name':
        o.picker.name = value;
        return '';
      case 'limit': {
        const limit = Number(value);
        if (!/^\d+$/.test(value) || limit < 1 || limit > 100) {
          return `${t.limitError} ${t.keptValue(String(o.banner.limit))}`;
        }
        o.banner.limit = limit;
        return '';
      }
      case 'privacyUrl':
        if (value && !privacyUrlIsValid(value)) return t.privacyError;
        o.form.privacyUrl = value;
        return '';
      case 'apiKey': {
        const problem = keyProblem(value);
        if (problem) return `${t.keyErrors[problem]} ${t.keptValue(o.apiKey)}`;
        o.apiKey = value;
        return '';
      }
      case 'apiBase': {
        const base = value ? normalizeApiBase(value) : this.#origin;
        if (!base) return `${t.apiBaseError} ${t.keptValue(o.apiBase)}`;
        o.apiBase = base;
        return '';
      }
    }
  }

  #edit(field: TextField, raw: string, commit: boolean): void {
    this.#drafts[field] = raw;
    clearTimeout(this.#typing);
    // The key and the API address are applied (and checked) when the visitor commits them.
    if (!commit && ON_COMMIT.has(field)) return;
    // Other changes than a look value recreate the preview's widget: not at every keystroke.
    if (!commit && !LIVE.has(field)) {
      this.#typing = setTimeout(() => this.#commit(field, raw, false), TYPING_PAUSE_MS);
      return;
    }
    this.#commit(field, raw, commit);
  }

  #commit(field: TextField, raw: string, committed: boolean): void {
    const error = this.#apply(field, raw);
    // While typing, an error may only go away; it appears when the visitor commits the value.
    if (!error || committed) this.#errors[field] = error;
    if (committed && error) this.#announcement = error;
    this.#update(field === 'accent' && !error);
  }

  /** Enter in a field submits the settings form: commit every field. */
  #onSubmit(event: Event): void {
    event.preventDefault();
    clearTimeout(this.#typing);
    for (const field of Object.keys(this.#drafts) as TextField[]) {
      this.#errors[field] = this.#apply(field, this.#drafts[field]);
    }
    const first = Object.values(this.#errors).find(Boolean);
    if (first) this.#announcement = first;
    this.#update(!first);
  }

  #onPalette(event: Event): void {
    const hex = (event.target as HTMLInputElement).value;
    this.#drafts.accent = hex;
    this.#errors.accent = '';
    this.#set((o) => (o.accent = hex));
  }

  #reset(): void {
    this.#options = defaultOptions(this.#origin);
    this.#errors = {};
    this.#resetDrafts();
    this.#update();
    this.#say('actions', this.#t.resetDone);
  }

  // ——— Copying.

  #say(kind: 'copy' | 'actions', text: string): void {
    // Emptied first, so that copying twice is announced twice.
    this.#status[kind] = '';
    this.#render();
    clearTimeout(this.#statusTimers[kind]);
    this.#statusTimers[kind] = setTimeout(() => {
      this.#status[kind] = text;
      this.#render();
    }, 100);
  }

  async #copyCode(): Promise<void> {
    const code = snippetHtml(buildSnippet(this.#options, this.#origin));
    if (await writeClipboard(code, this.#mount)) return this.#say('copy', this.#t.copied);
    // No clipboard at all: select the code so that Ctrl+C copies it.
    const element = this.#mount.querySelector('.sb-code code');
    const selection = getSelection();
    if (element && selection) {
      const range = document.createRange();
      range.selectNodeContents(element);
      selection.removeAllRanges();
      selection.addRange(range);
    }
    this.#say('copy', this.#t.copyFailed);
  }

  async #copyLink(): Promise<void> {
    const copied = await writeClipboard(location.href, this.#mount);
    this.#say('actions', copied ? this.#t.linkCopied : location.href);
  }

  // ——— Contrast.

  #reports() {
    return this.#options.accent ? contrastReport(this.#options.accent, this.#options.theme) : null;
  }

  /** One sentence for screen readers when the accent or the theme changes. */
  #contrastSummary(): string {
    const reports = this.#reports();
    if (!reports) return '';
    const adjusted = reports.filter(needsAdjustment);
    if (!adjusted.length) return this.#t.announceOk;
    return adjusted
      .map((r) =>
        this.#t.announceWarning(this.#t.surfaces[r.surface], r.text.css, r.fill.adjusted ? r.fill.css : ''),
      )
      .join(' ');
  }

  // ——— Views.

  #view(): TemplateResult {
    const t = this.#t;
    const o = this.#options;
    return html`<div class="sb-layout">
        <form class="sb-settings" novalidate aria-labelledby="sb-settings-title" @submit=${this.#onSubmit}>
          <h2 id="sb-settings-title">${t.settings}</h2>
          ${this.#widgetChoice()}
          ${radios({
            name: 'lang',
            legend: t.language,
            values: LANGS,
            labels: { fr: 'Français', en: 'English' },
            current: o.lang,
            choose: (v) => this.#set((x) => (x.lang = v)),
            langOf: (v) => v,
          })}
          ${this.#regionControls()} ${this.#widgetOptions()} ${this.#lookControls()} ${this.#apiControls()}
          <div class="sb-actions">
            <button type="button" class="sb-button" @click=${() => this.#reset()}>${t.reset}</button>
            <button type="button" class="sb-button" @click=${() => void this.#copyLink()}>
              ${t.copyLink}
            </button>
            <span class="sb-status" role="status" data-status="actions">${this.#status.actions}</span>
          </div>
        </form>
        <section class="sb-output" aria-labelledby="sb-preview-title">
          <h2 id="sb-preview-title">${t.preview}</h2>
          <p class="sb-hint">${t.previewHint}</p>
          ${o.widget === 'eer-advisor-contact-form' ? html`<p class="sb-hint">${t.formSends}</p>` : nothing}
          ${o.apiBase !== this.#origin ? html`<p class="sb-warning">${t.otherApi}</p>` : nothing}
          ${this.#widgetsMissing ? html`<p class="sb-error" role="alert">${t.widgetsMissing}</p>` : nothing}
          <div class="sb-preview"></div>
          <h2 id="sb-snippet-title">${t.snippet}</h2>
          <p class="sb-hint" id="sb-snippet-hint">${t.snippetHint}</p>
          <pre class="sb-code"><code>${snippetHtml(buildSnippet(o, this.#origin))}</code></pre>
          <div class="sb-actions">
            <button
              type="button"
              class="sb-button sb-primary"
              aria-describedby="sb-snippet-hint"
              @click=${() => void this.#copyCode()}
            >
              ${t.copy}
            </button>
            <span class="sb-status" role="status" data-status="copy">${this.#status.copy}</span>
          </div>
        </section>
      </div>
      <div class="sb-visually-hidden" role="status" data-status="announce">${this.#announcement}</div>`;
  }

  #widgetChoice(): TemplateResult {
    const t = this.#t;
    return html`<fieldset class="sb-group sb-widgets" data-control="widget">
      <legend>${t.widget}</legend>
      ${WIDGETS.map((tag) => {
        const [name, description] = t.widgets[tag];
        const id = `sb-widget-${tag}`;
        return html`<div class="sb-choice">
          <input
            type="radio"
            name="sb-widget"
            id=${id}
            value=${tag}
            .checked=${live(this.#options.widget === tag)}
            aria-describedby="${id}-description"
            @change=${() => this.#set((o) => (o.widget = tag))}
          />
          <label for=${id}>${name}</label>
          <span class="sb-hint" id="${id}-description">${description} <code>&lt;${tag}&gt;</code></span>
        </div>`;
      })}
    </fieldset>`;
  }

  #textField(
    field: TextField,
    label: string,
    hint: string,
    extra: Partial<Parameters<typeof textField>[0]> = {},
  ) {
    return textField({
      name: field,
      label,
      hint,
      value: this.#drafts[field],
      error: this.#errors[field] ?? '',
      edit: (value, commit) => this.#edit(field, value, commit),
      spellcheck: false,
      ...extra,
    });
  }

  // ——— Regions: the API's real list, never a hard-coded one.

  #regionLabel(region: Region): string {
    const t = this.#t;
    const note = !region.served
      ? ` (${t.unserved})`
      : region.cmm === 'partial'
        ? ` (${t.outsideCmmOnly})`
        : '';
    return `${region.name[this.#lang]} (${region.code})${note}`;
  }

  /** Loading and error states of the region list, or undefined once it is there. */
  #regionsState(): TemplateResult | undefined {
    const t = this.#t;
    if (this.#regionsFailed) {
      return html`<div class="sb-error" role="alert">
        ${t.regionsError}
        <button type="button" class="sb-button" @click=${() => void this.#loadRegions()}>${t.retry}</button>
      </div>`;
    }
    if (!this.#regions) return html`<p class="sb-hint" aria-busy="true">${t.regionsLoading}</p>`;
    return undefined;
  }

  #regionChecks(
    name: string,
    legend: string,
    hint: string,
    regions: Region[],
    chosen: string[],
    set: (codes: string[]) => void,
  ): TemplateResult {
    return html`<fieldset class="sb-group sb-regions" aria-describedby="sb-${name}-hint" data-control=${name}>
      <legend>${legend}</legend>
      <p class="sb-hint" id="sb-${name}-hint">${hint}</p>
      ${
        this.#regionsState() ??
        html`<div class="sb-columns">
          ${regions.map(
            (region) =>
              html`<label class="sb-choice"
                ><input
                  type="checkbox"
                  value=${region.code}
                  .checked=${live(chosen.includes(region.code))}
                  @change=${(e: Event) =>
                    set(
                      (e.target as HTMLInputElement).checked
                        ? [...chosen, region.code].sort()
                        : chosen.filter((code) => code !== region.code),
                    )}
                /><span>${this.#regionLabel(region)}</span></label
              >`,
          )}
        </div>`
      }
    </fieldset>`;
  }

  #regionControls(): TemplateResult | typeof nothing {
    const t = this.#t;
    const o = this.#options;
    const all = this.#regions ?? [];
    const served = all.filter((r) => r.served);
    if (o.widget === 'eer-region-picker') {
      return this.#regionChecks(
        'picker-regions',
        t.pickerRegions,
        t.pickerRegionsHint(o.picker.scope === 'all'),
        o.picker.scope === 'all' ? all : served,
        o.picker.regions,
        (codes) => this.#set((x) => (x.picker.regions = codes)),
      );
    }
    if (o.widget === 'eer-advisor-contact-form') {
      return this.#regionChecks(
        'form-regions',
        t.formRegions,
        t.formRegionsHint,
        served,
        o.form.regions,
        (codes) => this.#set((x) => (x.form.regions = codes)),
      );
    }
    return nothing; // The banner's single region is a drop-down among its options.
  }

  #bannerRegion(): TemplateResult {
    const t = this.#t;
    const region = this.#options.banner.region;
    return html`<div class="sb-field" data-control="banner-region">
      <label for="sb-banner-region">${t.bannerRegion}</label>
      ${
        this.#regionsState() ??
        html`<select
          id="sb-banner-region"
          class="sb-input"
          @change=${(e: Event) => this.#set((x) => (x.banner.region = (e.target as HTMLSelectElement).value))}
        >
          <option value="" .selected=${live(!region)}>${t.allRegions}</option>
          ${(this.#regions ?? []).map(
            (r) =>
              html`<option value=${r.code} .selected=${live(region === r.code)}>
                ${this.#regionLabel(r)}
              </option>`,
          )}
        </select>`
      }
    </div>`;
  }

  #widgetOptions(): TemplateResult {
    const t = this.#t;
    const o = this.#options;
    switch (o.widget) {
      case 'eer-region-picker': {
        const p = o.picker;
        return html`<fieldset class="sb-group">
          <legend>${t.pickerOptions}</legend>
          ${radios({
            name: 'mode',
            legend: t.mode,
            values: MODES,
            labels: t.modes,
            current: p.mode,
            choose: (v) => this.#set((x) => (x.picker.mode = v)),
          })}
          ${checkbox({
            name: 'scope',
            label: t.scopeAll,
            checked: p.scope === 'all',
            toggle: (on) =>
              this.#set((x) => {
                x.picker.scope = on ? 'all' : 'served';
                // Unserved regions left checked would leave the picker empty.
                this.#keepOfferedRegions();
              }),
          })}
          ${checkbox({
            name: 'multiple',
            label: t.multiple,
            checked: p.multiple,
            toggle: (on) => this.#set((x) => (x.picker.multiple = on)),
          })}
          ${radios({
            name: 'detail',
            legend: t.detail,
            values: DETAILS,
            labels: t.details,
            // The picker ignores `detail` with `multiple`: show what it will do.
            current: p.multiple ? 'region' : p.detail,
            choose: (v) => this.#set((x) => (x.picker.detail = v)),
            disabled: p.multiple,
            hint: p.multiple ? t.detailWithMultiple : undefined,
          })}
          ${this.#textField('name', t.name, t.nameHint)}
          ${checkbox({
            name: 'required',
            label: t.required,
            checked: p.required,
            toggle: (on) => this.#set((x) => (x.picker.required = on)),
          })}
        </fieldset>`;
      }
      case 'eer-event-banner': {
        const b = o.banner;
        return html`<fieldset class="sb-group">
          <legend>${t.bannerOptions}</legend>
          ${this.#bannerRegion()}
          ${radios({
            name: 'layout',
            legend: t.layout,
            values: LAYOUTS,
            labels: t.layouts,
            current: b.layout,
            choose: (v) => this.#set((x) => (x.banner.layout = v)),
          })}
          <div class="sb-field" data-control="type">
            <label for="sb-type">${t.type}</label>
            <select
              id="sb-type"
              class="sb-input"
              @change=${(e: Event) =>
                this.#set((x) => (x.banner.type = (e.target as HTMLSelectElement).value as EventType | ''))}
            >
              <option value="" .selected=${live(!b.type)}>${t.allTypes}</option>
              ${EVENT_TYPES.map(
                (type) =>
                  html`<option value=${type} .selected=${live(b.type === type)}>${t.types[type]}</option>`,
              )}
            </select>
          </div>
          ${
            b.layout === 'card'
              ? html`<p class="sb-hint" data-control="limit">${t.limitCard}</p>`
              : this.#textField('limit', t.limit, t.limitHint, { inputmode: 'numeric' })
          }
          ${checkbox({
            name: 'dismissible',
            label: t.dismissible,
            checked: b.dismissible,
            toggle: (on) => this.#set((x) => (x.banner.dismissible = on)),
            hint: t.dismissibleHint,
          })}
          ${radios({
            name: 'empty',
            legend: t.empty,
            values: EMPTIES,
            labels: t.empties,
            current: b.empty,
            choose: (v) => this.#set((x) => (x.banner.empty = v)),
          })}
        </fieldset>`;
      }
      case 'eer-advisor-contact-form':
        return html`<fieldset class="sb-group">
          <legend>${t.formOptions}</legend>
          ${this.#textField('privacyUrl', t.privacy, t.privacyHint, {
            inputmode: 'url',
            autocomplete: 'url',
            warning: o.form.privacyUrl ? undefined : t.privacyMissing,
          })}
        </fieldset>`;
    }
  }

  #lookControls(): TemplateResult {
    const t = this.#t;
    const o = this.#options;
    const rgb = o.accent ? accentRgb(o.accent) : null;
    const error = this.#errors.accent ?? '';
    return html`<fieldset class="sb-group">
      <legend>${t.look}</legend>
      ${radios({
        name: 'theme',
        legend: t.theme,
        values: THEMES,
        labels: t.themes,
        current: o.theme,
        choose: (v) => this.#set((x) => (x.theme = v)),
      })}
      <fieldset class="sb-group sb-accent" data-control="accent">
        <legend>${t.accent}</legend>
        <div class="sb-row">
          <div class="sb-field">
            <label for="sb-accent-palette">${t.accentPalette}</label>
            <input
              id="sb-accent-palette"
              class="sb-palette"
              type="color"
              .value=${live(rgb ? toHex(rgb) : DEFAULT_ACCENT_HEX)}
              @input=${this.#onPalette}
            />
          </div>
          <div class="sb-field sb-grow">
            <label for="sb-accent">${t.accentText}</label>
            <input
              id="sb-accent"
              class="sb-input"
              type="text"
              autocomplete="off"
              spellcheck="false"
              .value=${live(this.#drafts.accent)}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby="sb-accent-hint sb-accent-error"
              @input=${(e: Event) => this.#edit('accent', (e.target as HTMLInputElement).value, false)}
              @change=${(e: Event) => this.#edit('accent', (e.target as HTMLInputElement).value, true)}
            />
          </div>
          <button
            type="button"
            class="sb-button"
            ?disabled=${!o.accent && !this.#drafts.accent}
            @click=${() => {
              this.#drafts.accent = '';
              this.#errors.accent = '';
              this.#set((x) => (x.accent = ''));
            }}
          >
            ${t.accentDefault}
          </button>
        </div>
        <p class="sb-hint" id="sb-accent-hint">${t.accentHint}</p>
        <p class="sb-error" id="sb-accent-error">${error}</p>
        ${contrastPanel(this.#reports(), t, this.#lang)}
      </fieldset>
      ${this.#textField('radius', t.radius, t.radiusHint)}
      ${radios({
        name: 'density',
        legend: t.density,
        values: DENSITIES,
        labels: t.densities,
        current: o.density,
        choose: (v) => this.#set((x) => (x.density = v)),
      })}
      ${checkbox({
        name: 'look-on-config',
        label: t.lookOnConfig,
        checked: o.lookOnConfig,
        toggle: (on) => this.#set((x) => (x.lookOnConfig = on)),
      })}
    </fieldset>`;
  }

  #apiControls(): TemplateResult {
    const t = this.#t;
    return html`<fieldset class="sb-group">
      <legend>${t.api}</legend>
      ${this.#textField('apiKey', t.apiKey, t.apiKeyHint)}
      ${this.#textField('apiBase', t.apiBase, t.apiBaseHint, { inputmode: 'url', autocomplete: 'url' })}
    </fieldset>`;
  }
}

/** True if the text reached the clipboard. */
async function writeClipboard(text: string, host: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No Clipboard API (a plain-http page other than localhost) or no permission: the legacy command.
    const area = document.createElement('textarea');
    area.value = text;
    area.readOnly = true;
    area.className = 'sb-offscreen';
    area.tabIndex = -1;
    host.append(area);
    area.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    area.remove();
    return copied;
  }
}
