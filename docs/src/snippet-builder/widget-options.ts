/**
 * The options of each widget of the page: the picker's, the banner's and the
 * form's fieldsets, with their region controls (the API's real list).
 */
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { live } from 'lit/directives/live.js';
import type { Region } from '@emplois-en-regions/sdk';
import { checkbox, radios, textField, type TextFieldOptions } from './controls.js';
import type { TextField } from './fields.js';
import {
  DETAILS,
  EMPTIES,
  EVENT_TYPES,
  LAYOUTS,
  MODES,
  isLinked,
  type EventType,
  type WidgetTag,
} from './options.js';
import { keepOfferedRegions, regionLabel } from './regions.js';
import type { ViewContext } from './view-context.js';

/** A text field bound to the builder's drafts and errors. */
export function builderField(
  ctx: ViewContext,
  field: TextField,
  label: string,
  hint: string,
  extra: Partial<TextFieldOptions> = {},
): TemplateResult {
  return textField({
    name: field,
    label,
    hint,
    value: ctx.drafts[field],
    error: ctx.errors[field] ?? '',
    edit: (value, commit) => ctx.edit(field, value, commit),
    spellcheck: false,
    ...extra,
  });
}

/** Loading and error states of the region list, or undefined once it is there. */
function regionsState(ctx: ViewContext): TemplateResult | undefined {
  const { t } = ctx;
  if (ctx.regionsFailed) {
    return html`<div class="sb-error" role="alert">
      ${t.regionsError}
      <button type="button" class="sb-button" @click=${() => ctx.loadRegions()}>${t.retry}</button>
    </div>`;
  }
  if (!ctx.regions) return html`<p class="sb-hint" aria-busy="true">${t.regionsLoading}</p>`;
  return undefined;
}

function regionChecks(
  ctx: ViewContext,
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
      regionsState(ctx) ??
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
              /><span>${regionLabel(region, ctx.t, ctx.lang)}</span></label
            >`,
        )}
      </div>`
    }
  </fieldset>`;
}

function pickerOptions(ctx: ViewContext): TemplateResult {
  const { t, options: o } = ctx;
  const p = o.picker;
  const all = ctx.regions ?? [];
  return html`<fieldset class="sb-group" data-widget="eer-region-picker">
    <legend>${t.pickerOptions}</legend>
    ${radios({
      name: 'mode',
      legend: t.mode,
      values: MODES,
      labels: t.modes,
      current: p.mode,
      choose: (v) => ctx.set((x) => (x.picker.mode = v)),
    })}
    ${regionChecks(
      ctx,
      'picker-regions',
      t.pickerRegions,
      t.pickerRegionsHint(p.scope === 'all'),
      p.scope === 'all' ? all : all.filter((r) => r.served),
      p.regions,
      (codes) => ctx.set((x) => (x.picker.regions = codes)),
    )}
    ${checkbox({
      name: 'scope',
      label: t.scopeAll,
      checked: p.scope === 'all',
      toggle: (on) =>
        ctx.set((x) => {
          x.picker.scope = on ? 'all' : 'served';
          // Unserved regions left checked would leave the picker empty.
          if (ctx.regions) keepOfferedRegions(x, ctx.regions);
        }),
    })}
    ${checkbox({
      name: 'multiple',
      label: t.multiple,
      checked: p.multiple,
      toggle: (on) => ctx.set((x) => (x.picker.multiple = on)),
    })}
    ${radios({
      name: 'detail',
      legend: t.detail,
      values: DETAILS,
      labels: t.details,
      // The picker ignores `detail` with `multiple`: show what it will do.
      current: p.multiple ? 'region' : p.detail,
      choose: (v) => ctx.set((x) => (x.picker.detail = v)),
      disabled: p.multiple,
      hint: p.multiple ? t.detailWithMultiple : undefined,
    })}
    ${builderField(ctx, 'name', t.name, t.nameHint)}
    ${checkbox({
      name: 'required',
      label: t.required,
      checked: p.required,
      toggle: (on) => ctx.set((x) => (x.picker.required = on)),
    })}
  </fieldset>`;
}

function bannerRegion(ctx: ViewContext): TemplateResult {
  const { t } = ctx;
  const region = ctx.options.banner.region;
  const linked = isLinked(ctx.options);
  return html`<div class="sb-field" data-control="banner-region">
    <label for="sb-banner-region">${linked ? t.bannerRegionLinked : t.bannerRegion}</label>
    ${
      regionsState(ctx) ??
      html`<select
        id="sb-banner-region"
        class="sb-input"
        aria-describedby=${linked ? 'sb-banner-region-hint' : nothing}
        @change=${(e: Event) => ctx.set((x) => (x.banner.region = (e.target as HTMLSelectElement).value))}
      >
        <option value="" .selected=${live(!region)}>${t.allRegions}</option>
        ${(ctx.regions ?? []).map(
          (r) =>
            html`<option value=${r.code} .selected=${live(region === r.code)}>
              ${regionLabel(r, t, ctx.lang)}
            </option>`,
        )}
      </select>`
    }
    ${linked ? html`<p class="sb-hint" id="sb-banner-region-hint">${t.bannerRegionLinkedHint}</p>` : nothing}
  </div>`;
}

function bannerOptions(ctx: ViewContext): TemplateResult {
  const { t, options: o } = ctx;
  const b = o.banner;
  return html`<fieldset class="sb-group" data-widget="eer-event-banner">
    <legend>${t.bannerOptions}</legend>
    ${bannerRegion(ctx)}
    ${radios({
      name: 'layout',
      legend: t.layout,
      values: LAYOUTS,
      labels: t.layouts,
      current: b.layout,
      choose: (v) => ctx.set((x) => (x.banner.layout = v)),
    })}
    <div class="sb-field" data-control="type">
      <label for="sb-type">${t.type}</label>
      <select
        id="sb-type"
        class="sb-input"
        @change=${(e: Event) =>
          ctx.set((x) => (x.banner.type = (e.target as HTMLSelectElement).value as EventType | ''))}
      >
        <option value="" .selected=${live(!b.type)}>${t.allTypes}</option>
        ${EVENT_TYPES.map(
          (type) => html`<option value=${type} .selected=${live(b.type === type)}>${t.types[type]}</option>`,
        )}
      </select>
    </div>
    ${
      b.layout === 'card'
        ? html`<p class="sb-hint" data-control="limit">${t.limitCard}</p>`
        : builderField(ctx, 'limit', t.limit, t.limitHint, { inputmode: 'numeric' })
    }
    ${checkbox({
      name: 'dismissible',
      label: t.dismissible,
      checked: b.dismissible,
      toggle: (on) => ctx.set((x) => (x.banner.dismissible = on)),
      hint: t.dismissibleHint,
    })}
    ${radios({
      name: 'empty',
      legend: t.empty,
      values: EMPTIES,
      labels: t.empties,
      current: b.empty,
      choose: (v) => ctx.set((x) => (x.banner.empty = v)),
    })}
  </fieldset>`;
}

function formOptions(ctx: ViewContext): TemplateResult {
  const { t, options: o } = ctx;
  return html`<fieldset class="sb-group" data-widget="eer-advisor-contact-form">
    <legend>${t.formOptions}</legend>
    ${
      isLinked(o)
        ? html`<p class="sb-hint" data-control="form-regions">${t.formRegionsLinked}</p>`
        : regionChecks(
            ctx,
            'form-regions',
            t.formRegions,
            t.formRegionsHint,
            (ctx.regions ?? []).filter((r) => r.served),
            o.form.regions,
            (codes) => ctx.set((x) => (x.form.regions = codes)),
          )
    }
    ${builderField(ctx, 'privacyUrl', t.privacy, t.privacyHint, {
      inputmode: 'url',
      autocomplete: 'url',
      warning: o.form.privacyUrl ? undefined : t.privacyMissing,
    })}
  </fieldset>`;
}

const OPTIONS: Record<WidgetTag, (ctx: ViewContext) => TemplateResult> = {
  'eer-region-picker': pickerOptions,
  'eer-event-banner': bannerOptions,
  'eer-advisor-contact-form': formOptions,
};

/** The options of each widget of the page, in page order. */
export function widgetOptions(ctx: ViewContext): TemplateResult[] {
  return ctx.options.widgets.map((tag) => OPTIONS[tag](ctx));
}
