/**
 * The contrast report under the accent field: for each surface the theme can show,
 * a plain-language verdict and swatches of what the widget will really paint —
 * the color as given, the button fill with its text, and the link color — with
 * their WCAG ratios. Swatch colors are set through CSSOM (`style.setProperty`),
 * which a strict CSP allows, never through a `style` attribute.
 */
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { ref } from 'lit/directives/ref.js';
import { needsAdjustment, surfaceCss, type SurfaceReport } from './contrast.js';
import { formatRatio, type Messages } from './messages.js';
import type { Lang } from './options.js';

/** Sets CSS custom properties on the element through CSSOM. */
const cssVars = (vars: Record<string, string>) =>
  ref((element) => {
    if (!(element instanceof HTMLElement)) return;
    for (const [name, value] of Object.entries(vars)) element.style.setProperty(name, value);
  });

export function contrastPanel(reports: SurfaceReport[] | null, t: Messages, lang: Lang) {
  if (!reports) return nothing;
  const ratio = (value: number) => formatRatio(value, lang);
  return html`<div class="sb-contrast">
    <h3>${t.contrast}</h3>
    ${reports.map((r) => surfaceReport(r, t, ratio))}
  </div>`;
}

function surfaceReport(r: SurfaceReport, t: Messages, ratio: (value: number) => string): TemplateResult {
  const surface = surfaceCss(r.surface);
  const id = `sb-surface-${r.surface}`;
  return html`<section class="sb-surface" data-surface=${r.surface} aria-labelledby=${id}>
    <h4 id=${id}>${t.surfaces[r.surface]}</h4>
    ${
      needsAdjustment(r)
        ? html`<p class="sb-warning" data-warning="contrast">
            ${t.contrastWarning(ratio(r.given.ratio), r.fill.adjusted)}
            ${t.contrastAdvice(r.surface === 'light')}
          </p>`
        : html`<p class="sb-ok">${t.contrastOk(ratio(r.given.ratio))}</p>`
    }
    <ul class="sb-swatches">
      <li data-role="given">
        <span class="sb-swatch" ${cssVars({ '--sb-surface': surface, '--sb-color': r.given.css })}></span>
        <span>${t.given}${t.colon} <code data-color>${r.given.css}</code> — ${ratio(r.given.ratio)}</span>
      </li>
      <li data-role="fill" data-adjusted=${String(r.fill.adjusted)}>
        <span
          class="sb-sample sb-sample-fill"
          ${cssVars({ '--sb-surface': surface, '--sb-color': r.fill.css, '--sb-on-color': r.onFill.css })}
          >${t.sampleButton}</span
        >
        <span
          >${t.fill}${t.colon} <code data-color>${r.fill.css}</code> — ${ratio(r.fill.ratio)}
          (${t.onFill(r.onFill.white, ratio(r.onFill.ratio))})</span
        >
      </li>
      <li data-role="text" data-adjusted=${String(r.text.adjusted)}>
        <span
          class="sb-sample sb-sample-text"
          ${cssVars({ '--sb-surface': surface, '--sb-color': r.text.css })}
          >${t.sampleLink}</span
        >
        <span>${t.text}${t.colon} <code data-color>${r.text.css}</code> — ${ratio(r.text.ratio)}</span>
      </li>
    </ul>
  </section>`;
}
