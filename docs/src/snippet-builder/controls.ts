/**
 * The builder's form controls as lit-html templates: native inputs with a visible
 * label, hints and errors tied by `aria-describedby`, groups in fieldsets with a
 * legend. Values are bound with `live()` so a reset or a shared link shows in the
 * controls even after the visitor touched them.
 */
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { live } from 'lit/directives/live.js';

const describedBy = (...ids: Array<string | false | undefined>) => ids.filter(Boolean).join(' ') || nothing;

export interface RadiosOptions<T extends string> {
  name: string;
  legend: string;
  values: readonly T[];
  labels: Record<T, string>;
  current: T;
  choose: (value: T) => void;
  hint?: string | undefined;
  disabled?: boolean | undefined;
  /** A `lang` for each label (the language choice names each language in itself). */
  langOf?: ((value: T) => string) | undefined;
}

export function radios<T extends string>(o: RadiosOptions<T>): TemplateResult {
  const hintId = o.hint ? `sb-${o.name}-hint` : undefined;
  return html`<fieldset
    class="sb-group sb-radios"
    ?disabled=${!!o.disabled}
    aria-describedby=${describedBy(hintId)}
    data-control=${o.name}
  >
    <legend>${o.legend}</legend>
    ${o.values.map(
      (value) =>
        html`<label class="sb-choice"
          ><input
            type="radio"
            name="sb-${o.name}"
            value=${value}
            .checked=${live(o.current === value)}
            @change=${() => o.choose(value)}
          /><span lang=${o.langOf?.(value) ?? nothing}>${o.labels[value]}</span></label
        >`,
    )}
    ${o.hint ? html`<p class="sb-hint" id=${hintId!}>${o.hint}</p>` : nothing}
  </fieldset>`;
}

export interface CheckboxOptions {
  name: string;
  label: string;
  checked: boolean;
  toggle: (on: boolean) => void;
  hint?: string | undefined;
}

export function checkbox(o: CheckboxOptions): TemplateResult {
  const hintId = o.hint ? `sb-${o.name}-hint` : undefined;
  return html`<div class="sb-field sb-check" data-control=${o.name}>
    <input
      type="checkbox"
      id="sb-${o.name}"
      .checked=${live(o.checked)}
      aria-describedby=${describedBy(hintId)}
      @change=${(e: Event) => o.toggle((e.target as HTMLInputElement).checked)}
    />
    <label for="sb-${o.name}">${o.label}</label>
    ${o.hint ? html`<p class="sb-hint" id=${hintId!}>${o.hint}</p>` : nothing}
  </div>`;
}

export interface TextFieldOptions {
  name: string;
  label: string;
  hint: string;
  /** What the visitor typed, valid or not. */
  value: string;
  error: string;
  /** Typing (`commit` false) and leaving the field or pressing Enter (`commit` true). */
  edit: (value: string, commit: boolean) => void;
  /** A standing warning about the value (not an error: the snippet works). */
  warning?: TemplateResult | string | undefined;
  inputmode?: string | undefined;
  autocomplete?: string | undefined;
  spellcheck?: boolean | undefined;
}

export function textField(o: TextFieldOptions): TemplateResult {
  const id = `sb-${o.name}`;
  const value = (e: Event) => (e.target as HTMLInputElement).value;
  return html`<div class="sb-field" data-control=${o.name}>
    <label for=${id}>${o.label}</label>
    <input
      id=${id}
      class="sb-input"
      type="text"
      inputmode=${o.inputmode ?? nothing}
      autocomplete=${o.autocomplete ?? 'off'}
      spellcheck=${o.spellcheck ? 'true' : 'false'}
      .value=${live(o.value)}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${describedBy(`${id}-hint`, `${id}-error`, !!o.warning && `${id}-warning`)}
      @input=${(e: Event) => o.edit(value(e), false)}
      @change=${(e: Event) => o.edit(value(e), true)}
    />
    <p class="sb-hint" id="${id}-hint">${o.hint}</p>
    <p class="sb-error" id="${id}-error">${o.error}</p>
    ${o.warning ? html`<p class="sb-warning" id="${id}-warning">${o.warning}</p>` : nothing}
  </div>`;
}
