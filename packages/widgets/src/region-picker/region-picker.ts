import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { Task } from '@lit/task';
import type { Mrc, Municipality, Region } from '@emplois-en-regions/sdk';
import { EerElement } from '../shared/eer-element.js';
import { errorState, renderTask } from '../shared/data-state.js';
import { common } from '../shared/i18n.js';
import { themeStyles } from '../shared/theme.styles.js';
import { messages, serviceNote, type PickerMessages } from './region-picker.messages.js';
import { styles } from './region-picker.styles.js';
import { LONG_NAMES, PARTLY_SERVED, REGION_CODES, UNSERVED } from './program-regions.js';
import type { PickerHost, PickerView } from './picker-view.js';

export type { PickerHost, PickerView } from './picker-view.js';

export type PickerMode = 'list' | 'combobox' | 'map';
export type PickerDetail = 'region' | 'mrc' | 'municipality';

type ViewMode = 'combobox' | 'map';
/** View classes once loaded: a second picker, or a mode switch, renders them at once. */
const viewClasses: Partial<Record<ViewMode, new (host: PickerHost) => PickerView>> = {};

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * Lets a visitor choose one of Québec's administrative regions — as a list, a
 * combobox that also finds municipalities (« Sherbrooke » → Estrie), or a map —
 * optionally down to the MRC or the municipality. It is a form control: inside a
 * native `<form>` it submits `value` under `name` (plus `<name>-mrc` and
 * `<name>-municipality` when `detail` asks for them), and `required` blocks
 * submission with a message in the visitor's language.
 *
 * @summary Choose a Québec region (list, combobox with municipality search, or map), down to MRC or municipality.
 * @tag eer-region-picker
 *
 * @fires eer-region-change - The visitor chose a region, an MRC or a municipality; `detail` is `{ value, region, regions, mrc?, municipality? }`.
 *
 * @csspart label - The visible label of each control (region, MRC, municipality).
 * @csspart list - The fieldset of the list mode.
 * @csspart input - The text field of the combobox mode.
 * @csspart listbox - The popup of the combobox mode.
 * @csspart no-result - The combobox's « Aucun résultat » / "No results" line when nothing matches.
 * @csspart map - The group of regions of the map mode.
 * @csspart select - The MRC and municipality drop-downs.
 * @csspart status - The notes on the chosen region (served outside the CMM…), announced politely.
 * @csspart error - The loading error with its retry button.
 *
 * @cssproperty --eer-region-picker-column-width - Narrowest column of the list mode (default `13rem`).
 * @cssproperty --eer-region-picker-max-width - Widest the combobox, drop-downs and map get (default `30rem`).
 * @cssproperty --eer-region-picker-map-fill - Fill of a selectable region on the map (default: a tint of `--eer-accent`).
 * @cssproperty --eer-region-picker-map-unserved - Fill of a region the program does not serve (default: a grey hatch).
 */
export class EerRegionPicker extends EerElement implements PickerHost {
  static override styles = [themeStyles, styles];
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  /** `list` (default: radio buttons, or checkboxes with `multiple`), `combobox` (type to search regions and municipalities) or `map`; these two load their code the first time they are used. */
  @property({ reflect: true }) mode: PickerMode = 'list';
  /** `served` (default: the 15 regions the program serves) or `all` (the 17 regions). */
  @property() scope: 'served' | 'all' = 'served';
  /** Comma-separated region codes to offer only those, e.g. `"05,17"`. */
  @property() regions = '';
  /** `region` (default), `mrc` or `municipality`: after a region, also choose its MRC, then its municipality. Ignored with `multiple`. */
  @property() detail: PickerDetail = 'region';
  /** Several regions may be chosen; `value` is then comma-separated (`"05,17"`). */
  @property({ type: Boolean, reflect: true }) multiple = false;
  /** Chosen region code(s), e.g. `"05"` or `"05,17"`; the attribute is the initial value a form reset returns to. */
  @property() value = '';
  /** Chosen MRC code (with `detail="mrc"` or `"municipality"`). */
  @property() mrc = '';
  /** Chosen municipality code (with `detail="municipality"`). */
  @property() municipality = '';
  /** A choice is needed (down to the `detail` level) before the form submits. */
  @property({ type: Boolean, reflect: true }) required = false;
  /** The visitor cannot change the choice. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** Name of the form field. */
  @property({ reflect: true }) name = '';
  /** Visible label (default « Région », « Régions » with `multiple`, « Région ou municipalité » in combobox mode). */
  @property() label = '';

  @state() private formDisabled = false;

  /** The form side of the element (value, validity). */
  protected readonly internals = this.attachInternals();

  #views: Partial<Record<ViewMode, PickerView>> = {};
  #viewLoading = '';
  #viewError: unknown;
  /** The municipality found by the combobox search, known before the municipality list loads. */
  #picked?: Municipality | undefined;

  #regionsTask = new Task(this, {
    task: async (_source, { signal }) => (await this.client.regions.list({ signal })).data,
    args: () => [this.#source],
  });

  #mrcsTask = new Task(this, {
    task: async ([, region], { signal }) =>
      region ? (await this.client.mrcs.list({ region }, { signal })).data : ([] as Mrc[]),
    args: () => [this.#source, this.#detailRegion] as const,
  });

  #municipalitiesTask = new Task(this, {
    task: async ([, region, mrc], { signal }) => {
      const found: Municipality[] = [];
      if (region && mrc) {
        for await (const municipality of this.client.municipalities.list(
          { region, mrc, limit: 100 },
          { signal },
        ))
          found.push(municipality);
      }
      return found;
    },
    args: () => [this.#source, this.#detailRegion, this.detail === 'municipality' ? this.mrc : ''] as const,
  });

  /** Where the data comes from; the language is left out so switching it live does not reload. */
  get #source(): string {
    return `${this.apiBase || this.page.apiBase}|${this.apiKey || this.page.apiKey}`;
  }

  /** The region whose MRCs are offered, when `detail` goes below the region. */
  get #detailRegion(): string {
    return this.detail !== 'region' && !this.multiple && this.selected.length === 1 ? this.selected[0]! : '';
  }

  /** The chosen region codes. @internal */
  get selected(): string[] {
    return this.value
      .split(',')
      .map((code) => code.trim())
      .filter(Boolean);
  }

  /** Disabled by its own attribute or by a disabled `<fieldset>`. @internal */
  get inactive(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** The `<form>` this element belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  /** Validity of the choice (`valueMissing` when `required` and empty). */
  get validity(): ValidityState {
    return this.internals.validity;
  }
  /** Localized message of the validity problem, or `''`. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  /** Like `<input>.checkValidity()`. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  /** Like `<input>.reportValidity()`: shows the message and focuses the control. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  formResetCallback(): void {
    this.value = this.getAttribute('value') ?? '';
    this.mrc = this.getAttribute('mrc') ?? '';
    this.municipality = this.getAttribute('municipality') ?? '';
  }

  formStateRestoreCallback(state: unknown): void {
    if (typeof state === 'string')
      [this.value = '', this.mrc = '', this.municipality = ''] = state.split('|');
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** The visitor picked `code` (toggled with `multiple`), maybe through a municipality. @internal */
  choose(code: string, municipality?: Municipality): void {
    // Choosing the chosen region again keeps its MRC and municipality.
    if (this.inactive || (!this.multiple && !municipality && code === this.value)) return;
    let codes = [code];
    if (this.multiple) {
      const had = this.selected.includes(code);
      codes = had ? this.selected.filter((c) => municipality || c !== code) : [...this.selected, code].sort();
    }
    const below = !this.multiple && municipality && this.detail !== 'region';
    this.value = codes.join(',');
    this.mrc = below ? (municipality.mrcCode ?? '') : '';
    this.municipality = below && this.detail === 'municipality' ? municipality.code : '';
    this.#picked = municipality;
    this.#syncForm();
    void this.#emitChange();
  }

  /** The chosen regions, in the order of `value`, once the regions are loaded. */
  get #chosenRegions(): Region[] {
    const all = this.#regionsTask.value ?? [];
    return this.selected.flatMap((code) => all.filter((r) => r.code === code));
  }

  get #municipalityObject(): Municipality | undefined {
    const picked = this.#picked;
    if (
      picked &&
      picked.regionCode === this.selected[0] &&
      (!this.municipality || picked.code === this.municipality)
    )
      return picked;
    return this.#municipalitiesTask.value?.find((m) => m.code === this.municipality);
  }

  async #emitChange(): Promise<void> {
    const value = this.value;
    const mrc = this.mrc;
    // An MRC chosen through a municipality is described once its region's MRCs are loaded.
    if (mrc && !this.#mrcsTask.value?.some((m) => m.code === mrc)) {
      await this.updateComplete;
      await this.#mrcsTask.taskComplete.catch(() => undefined);
      if (value !== this.value || mrc !== this.mrc) return;
    }
    const regions = this.#chosenRegions;
    this.emit('eer-region-change', {
      value,
      region: regions[0] ?? null,
      regions,
      mrc: this.#mrcsTask.value?.find((m) => m.code === mrc),
      municipality: this.municipality ? this.#municipalityObject : undefined,
    });
  }

  #onInput(event: Event): void {
    this.choose((event.target as HTMLInputElement).value);
  }

  #onSelect(event: Event): void {
    const select = event.target as HTMLSelectElement;
    if (select.name === 'mrc') {
      this.mrc = select.value;
      this.municipality = '';
    } else this.municipality = select.value;
    this.#picked = undefined;
    this.#syncForm();
    void this.#emitChange();
  }

  /**
   * The combobox and the map are split from the list so that a page using the
   * default list (the contact form embeds one) loads neither: each is imported
   * the first time its mode is used.
   */
  #loadView(mode: ViewMode): void {
    if (this.#views[mode] || this.#viewLoading === mode) return;
    const View = viewClasses[mode];
    if (View) {
      this.#views[mode] = new View(this);
      return;
    }
    this.#viewLoading = mode;
    (mode === 'map'
      ? import('./map.js').then((module) => module.RegionMap)
      : import('./combobox.js').then((module) => module.RegionCombobox)
    )
      .then(
        (loaded) => (viewClasses[mode] = loaded),
        (error: unknown) => (this.#viewError = error),
      )
      .finally(() => {
        this.#viewLoading = '';
        this.requestUpdate();
      });
  }

  #isView(mode: string): mode is ViewMode {
    return mode === 'combobox' || mode === 'map';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.#isView(this.mode)) this.#loadView(this.mode);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#syncForm();
  }

  /** Hands the value and its validity to the form (also at once after a choice, as native controls do). */
  #syncForm(): void {
    const { name, value, mrc, municipality } = this;
    let data: FormData | string | null = value || null;
    if (value && name && (mrc || municipality)) {
      data = new FormData();
      data.append(name, value);
      if (mrc) data.append(`${name}-mrc`, mrc);
      if (municipality) data.append(`${name}-municipality`, municipality);
    }
    this.internals.setFormValue(data, `${value}|${mrc}|${municipality}`);
    const t = this.messages(messages);
    const below = this.#detailRegion;
    const missing = !this.required
      ? ''
      : !value
        ? t.missingRegion
        : below && !mrc
          ? t.missingMrc
          : below && this.detail === 'municipality' && !municipality
            ? t.missingMunicipality
            : '';
    const anchor = this.renderRoot.querySelector<HTMLElement>(
      missing && missing !== t.missingRegion ? 'select' : 'input,[part=map]',
    );
    this.internals.setValidity(missing ? { valueMissing: true } : {}, missing, anchor ?? undefined);
  }

  override render() {
    const t = this.messages(messages);
    // The combobox also finds municipalities, and says so.
    const label =
      this.label ||
      (this.multiple ? t.regions : this.mode === 'combobox' ? t.regionOrMunicipality : t.region);
    const only = this.regions.match(/\d+/g);
    const offered = (code: string, served: boolean) =>
      (!only || only.includes(code)) && (this.scope === 'all' || served);
    const listed = (all: Region[]) => all.filter((r) => !only || only.includes(r.code));
    const available = (all: Region[]) => all.filter((r) => offered(r.code, r.served));
    return html`${renderTask(this.#regionsTask, this, {
        pending: () =>
          this.#pending(
            label,
            REGION_CODES.filter((code) => offered(code, !UNSERVED.includes(code))),
            t,
          ),
        isEmpty: (all) => !available(all).length,
        empty: () => html`<p>${t.empty}</p>`,
        complete: (all) => {
          const mode = this.mode;
          if (!this.#isView(mode)) return this.#list(available(all), label);
          const view = this.#views[mode];
          if (view) return view.render(all, available(all), listed(all), label);
          return this.#viewError
            ? errorState(this.#viewError, this, () => {
                this.#viewError = undefined;
                this.requestUpdate();
              })
            : this.#pending(label);
        },
      })}
      ${
        this.#detailRegion
          ? html`${this.#select('mrc', t.mrc, this.#mrcsTask, this.mrc, t)}
            ${
              this.detail === 'municipality' && this.mrc
                ? this.#select('municipality', t.municipality, this.#municipalitiesTask, this.municipality, t)
                : nothing
            }`
          : nothing
      }
      <div class="status" role="status" part="status">
        ${this.#notes(t).map((note) => html`<p>${note}</p>`)}
      </div>`;
  }

  /**
   * The list's skeleton: one row per expected region, built like the list's rows (the
   * label's line, then the service note) in the same grid cells. Long names and the notes
   * are there as invisible text (so out of the accessibility tree too) that wraps as the
   * real one does: the grid takes the loaded list's height in any column width.
   */
  #pending(label: string, codes?: string[], t?: PickerMessages) {
    return html`<div class="label" part="label">${label}</div>
      <div class="options ${this.mode}" aria-busy="true">
        <span class="visually-hidden">${common[this.language].loading}</span>
        ${
          t && this.mode === 'list'
            ? codes!.map(
                (code) =>
                  html`<div class="option">
                    <div class="skeleton"><span>${LONG_NAMES[code]}</span></div>
                    <span class="note"
                      >${PARTLY_SERVED.includes(code) ? t.partlyServed : UNSERVED.includes(code) ? t.notServed : ''}</span
                    >
                  </div>`,
              )
            : html`<div class="skeleton"></div>`
        }
      </div>`;
  }

  #list(regions: Region[], label: string) {
    const lang = this.language;
    const t = this.messages(messages);
    return html`<fieldset
      part="list"
      role=${this.multiple ? nothing : 'radiogroup'}
      aria-required=${this.multiple ? nothing : String(this.required)}
      ?disabled=${this.inactive}
    >
      <legend class="label" part="label">${label}</legend>
      <div class="options">
        ${regions.map((region) => {
          const note = serviceNote(region, t);
          return html`<div class="option">
            <label>
              <input
                type=${this.multiple ? 'checkbox' : 'radio'}
                name="region"
                value=${region.code}
                .checked=${live(this.selected.includes(region.code))}
                aria-describedby=${note ? `note${region.code}` : nothing}
                @change=${this.#onInput}
              />${region.name[lang]}
            </label>
            ${note ? html`<span class="note" id="note${region.code}">${note}</span>` : nothing}
          </div>`;
        })}
      </div>
    </fieldset>`;
  }

  #select(
    name: 'mrc' | 'municipality',
    label: string,
    task: Task<readonly unknown[], ReadonlyArray<{ code: string; name: string }>>,
    current: string,
    t: PickerMessages,
  ) {
    return html`<div class="field">
      <label class="label" part="label" for=${name}>${label}</label>
      ${renderTask(task, this, {
        pending: () => html`<div class="skeleton" aria-busy="true"></div>`,
        complete: (items) =>
          html`<select
            id=${name}
            name=${name}
            part="select"
            ?required=${this.required}
            ?disabled=${this.inactive}
            @change=${this.#onSelect}
          >
            <option value="">${t.choose}</option>
            ${items.map(
              (item) =>
                html`<option value=${item.code} .selected=${item.code === current}>${item.name}</option>`,
            )}
          </select>`,
      })}
    </div>`;
  }

  /** What the visitor should know about the choice: partly served region, CMM status of the MRC/municipality. */
  #notes(t: PickerMessages): string[] {
    const lang = this.language;
    const say = (name: string, text: string) => `${name}${t.colon} ${lowerFirst(text)}`;
    const chosen = this.#chosenRegions;
    const notes = chosen.flatMap((r) => {
      const note = serviceNote(r, common[lang]);
      return note ? [say(r.name[lang], note)] : [];
    });
    if (this.multiple || chosen[0]?.cmm === 'none') return notes;
    const mrc = this.#mrcsTask.value?.find((m) => m.code === this.mrc);
    if (mrc) notes.push(say(mrc.name, { all: t.inCmm, partial: t.partCmm, none: t.outsideCmm }[mrc.cmm]));
    const municipality = this.#municipalityObject;
    if (municipality) notes.push(say(municipality.name, municipality.cmm ? t.inCmm : t.outsideCmm));
    return notes;
  }
}
