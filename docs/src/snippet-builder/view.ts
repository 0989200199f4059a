/**
 * The builder's page: the settings form on one side — the widgets of the page,
 * their language and links, each widget's options, the look, the API — and on the
 * other the preview, the snippet and the copy button.
 */
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { live } from 'lit/directives/live.js';
import { checkbox, radios } from './controls.js';
import { apiOptions, foreignApiHost, lookOptions } from './look-options.js';
import { LANGS, PICKER, WIDGETS, isLinked, orderWidgets, type WidgetTag } from './options.js';
import type { SnippetBlock } from './snippet.js';
import type { ViewContext } from './view-context.js';
import { widgetOptions } from './widget-options.js';

export function builderView(ctx: ViewContext): TemplateResult {
  const { t, options: o } = ctx;
  return html`<div class="sb-layout">
      <form class="sb-settings" novalidate aria-labelledby="sb-settings-title" @submit=${ctx.submit}>
        <h2 id="sb-settings-title">${t.settings}</h2>
        ${widgetChoice(ctx)}
        ${radios({
          name: 'lang',
          legend: t.language,
          values: LANGS,
          labels: { fr: 'Français', en: 'English' },
          current: o.lang,
          choose: (v) => ctx.set((x) => (x.lang = v)),
          langOf: (v) => v,
        })}
        ${widgetOptions(ctx)} ${lookOptions(ctx)} ${apiOptions(ctx)}
        <div class="sb-actions">
          <button type="button" class="sb-button" @click=${() => ctx.reset()}>${t.reset}</button>
          <button type="button" class="sb-button" @click=${() => ctx.copyLink()}>${t.copyLink}</button>
          <span class="sb-status" role="status" data-status="actions">${ctx.status.actions}</span>
        </div>
      </form>
      ${output(ctx)}
    </div>
    <div class="sb-visually-hidden" role="status" data-status="announce">${ctx.announcement}</div>`;
}

function output(ctx: ViewContext): TemplateResult {
  const { t, options: o } = ctx;
  const foreign = foreignApiHost(ctx);
  return html`<section class="sb-output" aria-labelledby="sb-preview-title">
    <h2 id="sb-preview-title">${t.preview}</h2>
    <p class="sb-hint">${t.previewHint}</p>
    ${o.widgets.includes('eer-advisor-contact-form') ? html`<p class="sb-hint">${t.formSends}</p>` : nothing}
    ${ctx.ignoredApiHost ? html`<p class="sb-warning" data-warning="ignored-api">${t.ignoredApi(ctx.ignoredApiHost)}</p>` : nothing}
    ${foreign ? html`<p class="sb-warning" data-warning="foreign-api">${t.foreignApi(foreign)}</p>` : nothing}
    ${ctx.widgetsMissing ? html`<p class="sb-error" role="alert">${t.widgetsMissing}</p>` : nothing}
    <div class="sb-preview"></div>
    <h2 id="sb-snippet-title">${t.snippet}</h2>
    <p class="sb-hint" id="sb-snippet-hint">${t.snippetHint}</p>
    ${ctx.version ? html`<p class="sb-hint" data-hint="version">${t.versionHint(ctx.version)}</p>` : nothing}
    ${checkbox({
      name: 'head',
      label: t.scriptInHead,
      checked: o.scriptInHead,
      toggle: (on) => ctx.set((x) => (x.scriptInHead = on)),
      hint: t.scriptInHeadHint,
    })}
    ${ctx.blocks.map((block) => codeBlock(ctx, block))}
  </section>`;
}

/** A block to paste, its heading when there are two, its copy button and the status line that says it copied. */
function codeBlock(ctx: ViewContext, { place, html: code }: SnippetBlock): TemplateResult {
  const { t } = ctx;
  return html`${place === 'page' ? nothing : html`<h3 class="sb-block-title">${t.blocks[place]}</h3>`}
    <pre class="sb-code" data-place=${place}><code>${code}</code></pre>
    <div class="sb-actions">
      <button
        type="button"
        class="sb-button sb-primary"
        aria-describedby="sb-snippet-hint"
        @click=${() => ctx.copyCode(place)}
      >
        ${place === 'page' ? t.copy : t.copyBlock[place]}
      </button>
      <span class="sb-status" role="status" data-status=${place === 'page' ? 'copy' : `copy-${place}`}
        >${ctx.status[place]}</span
      >
    </div>`;
}

/** Which widgets the page holds (at least one), and whether the banner and the form follow the picker. */
function widgetChoice(ctx: ViewContext): TemplateResult {
  const { t, options: o } = ctx;
  const toggle = (tag: WidgetTag, on: boolean) => {
    const widgets = orderWidgets(on ? [...o.widgets, tag] : o.widgets.filter((w) => w !== tag));
    // The last one stays: `live` checks its box again at the next render.
    if (!widgets.length) return ctx.announce(t.lastWidget);
    ctx.set((x) => (x.widgets = widgets));
  };
  const followers = o.widgets.filter((tag) => tag !== PICKER);
  return html`<fieldset class="sb-group sb-widgets" aria-describedby="sb-widgets-hint" data-control="widgets">
    <legend>${t.widgets}</legend>
    <p class="sb-hint" id="sb-widgets-hint">${t.widgetsHint}</p>
    ${WIDGETS.map((tag) => {
      const [name, description] = t.widgetNames[tag];
      const id = `sb-widget-${tag}`;
      return html`<div class="sb-choice">
        <input
          type="checkbox"
          id=${id}
          value=${tag}
          .checked=${live(o.widgets.includes(tag))}
          aria-describedby="${id}-description"
          @change=${(e: Event) => toggle(tag, (e.target as HTMLInputElement).checked)}
        />
        <label for=${id}>${name}</label>
        <span class="sb-hint" id="${id}-description">${description} <code>&lt;${tag}&gt;</code></span>
      </div>`;
    })}
    ${
      o.widgets.includes(PICKER) && followers.length
        ? checkbox({
            name: 'link',
            label: t.link,
            checked: isLinked(o),
            toggle: (on) => ctx.set((x) => (x.link = on)),
            hint: t.linkHint(
              followers.includes('eer-event-banner'),
              followers.includes('eer-advisor-contact-form'),
            ),
          })
        : nothing
    }
  </fieldset>`;
}
