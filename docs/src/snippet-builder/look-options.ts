/**
 * The look of the widgets (theme, accent with its contrast report, corners,
 * density) and the API connection (publishable key, API address).
 */
import { html, type TemplateResult } from 'lit/html.js';
import { live } from 'lit/directives/live.js';
import { accentRgb, contrastReport, toHex } from './contrast.js';
import { contrastPanel } from './contrast-panel.js';
import { checkbox, radios } from './controls.js';
import { DENSITIES, THEMES } from './options.js';
import type { ViewContext } from './view-context.js';
import { builderField } from './widget-options.js';

/** The widgets' default accent on the light theme, shown by the palette when no accent is set. */
const DEFAULT_ACCENT_HEX = '#0b57d0';

/** The contrast report of the chosen accent and theme, or null without a usable accent. */
export function accentReports(ctx: Pick<ViewContext, 'options'>) {
  const { accent, theme } = ctx.options;
  return accent ? contrastReport(accent, theme) : null;
}

export function lookOptions(ctx: ViewContext): TemplateResult {
  const { t, options: o } = ctx;
  const rgb = o.accent ? accentRgb(o.accent) : null;
  const error = ctx.errors.accent ?? '';
  return html`<fieldset class="sb-group">
    <legend>${t.look}</legend>
    ${radios({
      name: 'theme',
      legend: t.theme,
      values: THEMES,
      labels: t.themes,
      current: o.theme,
      choose: (v) => ctx.set((x) => (x.theme = v)),
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
            @input=${(e: Event) => ctx.palette((e.target as HTMLInputElement).value)}
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
            .value=${live(ctx.drafts.accent)}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby="sb-accent-hint sb-accent-error"
            @input=${(e: Event) => ctx.edit('accent', (e.target as HTMLInputElement).value, false)}
            @change=${(e: Event) => ctx.edit('accent', (e.target as HTMLInputElement).value, true)}
          />
        </div>
        <button
          type="button"
          class="sb-button"
          ?disabled=${!o.accent && !ctx.drafts.accent}
          @click=${() => ctx.clearAccent()}
        >
          ${t.accentDefault}
        </button>
      </div>
      <p class="sb-hint" id="sb-accent-hint">${t.accentHint}</p>
      <p class="sb-error" id="sb-accent-error">${error}</p>
      ${contrastPanel(accentReports(ctx), t, ctx.lang)}
    </fieldset>
    ${builderField(ctx, 'radius', t.radius, t.radiusHint)}
    ${radios({
      name: 'density',
      legend: t.density,
      values: DENSITIES,
      labels: t.densities,
      current: o.density,
      choose: (v) => ctx.set((x) => (x.density = v)),
    })}
    ${checkbox({
      name: 'look-on-config',
      label: t.lookOnConfig,
      checked: o.lookOnConfig,
      toggle: (on) => ctx.set((x) => (x.lookOnConfig = on)),
    })}
  </fieldset>`;
}

/** The host of the API the snippet uses when it is not this site, else undefined. */
export function foreignApiHost(ctx: Pick<ViewContext, 'options' | 'origin'>): string | undefined {
  const base = ctx.options.apiBase;
  return base === ctx.origin ? undefined : new URL(base).host;
}

export function apiOptions(ctx: ViewContext): TemplateResult {
  const { t } = ctx;
  const foreign = foreignApiHost(ctx);
  return html`<fieldset class="sb-group">
    <legend>${t.api}</legend>
    ${builderField(ctx, 'apiKey', t.apiKey, t.apiKeyHint)}
    ${builderField(ctx, 'apiBase', t.apiBase, t.apiBaseHint, {
      inputmode: 'url',
      autocomplete: 'url',
      warning: foreign ? t.foreignApi(foreign) : undefined,
    })}
  </fieldset>`;
}
