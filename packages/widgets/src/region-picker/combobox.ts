import { css, html, nothing, type ReactiveController } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Municipality, Region } from '@emplois-en-regions/sdk';
import { catalogue, NBSP } from '../shared/i18n.js';
import type { PickerHost, PickerView } from './picker-view.js';
import { messages } from './region-picker.messages.js';

const placeholders = catalogue(
  { placeholder: `Ex.${NBSP}: Sherbrooke, Gaspésie…` },
  { placeholder: 'E.g. Sherbrooke, Gaspésie…' },
);

/** Looks of a search field (chevron, « no result » line): loaded with the combobox only. */
const comboStyles = css`
  [role='combobox'] {
    padding-inline-end: 2.5rem;
  }
  [role='combobox']::placeholder {
    color: var(--eer-text-muted);
    opacity: 1;
  }
  .search {
    position: relative;
  }
  .chevron {
    position: absolute;
    inset-inline-end: 1rem;
    top: calc(50% - 0.4rem);
    width: 0.5rem;
    height: 0.5rem;
    border: solid var(--eer-text-muted);
    border-width: 0 2px 2px 0;
    rotate: 45deg;
    pointer-events: none;
  }
  .none {
    margin: calc(var(--eer-space) / 3) 0 0;
    color: var(--eer-text-muted);
  }
`;

interface Option {
  id: string;
  /** The region this option chooses. */
  code: string;
  text: string;
  municipality?: Municipality;
  off?: boolean;
}

/** Accent-, case- and hyphen-insensitive form of a name, with « st »/« ste » read as saint/sainte. */
const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(st|ste)\b/g, (abbr) => (abbr === 'st' ? 'saint' : 'sainte'))
    .trim();

/**
 * The WAI-ARIA APG editable combobox with a listbox popup: typing filters the
 * regions by name and searches the municipalities through the API (debounced,
 * the previous search aborted); the number of results is announced politely.
 */
export class RegionCombobox implements ReactiveController, PickerView {
  #query = '';
  #editing = false;
  #open = false;
  #active = -1;
  /** False while a municipality search is waiting or running, so the count is announced once. */
  #settled = true;
  #failed = false;
  #found: Municipality[] = [];
  #options: Option[] = [];
  #shown = { code: '', text: '' };
  #timer?: ReturnType<typeof setTimeout>;
  #abort?: AbortController;

  constructor(private readonly host: PickerHost) {
    host.addController(this);
    const root = host.shadowRoot!;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, comboStyles.styleSheet!];
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#abort?.abort();
  }

  render(all: Region[], available: Region[], _listed: Region[], label: string) {
    const { host } = this;
    const lang = host.language;
    const t = messages[lang];
    const query = this.#editing ? fold(this.#query) : '';
    const codes = available.map((r) => r.code);
    const regionName = (code: string) => all.find((r) => r.code === code)?.name[lang] ?? code;
    const regions: Option[] = available
      .filter((r) => fold(r.name[lang]).includes(query))
      .map((r) => ({ id: `o${r.code}`, code: r.code, text: r.name[lang] }));
    // Municipalities of regions not offered stay visible (disabled) when the program does not serve them.
    const municipalities: Option[] = (query.length > 1 ? this.#found : [])
      .filter((m) => codes.includes(m.regionCode) || !all.find((r) => r.code === m.regionCode)?.served)
      .map((m) => {
        const off = !codes.includes(m.regionCode);
        const text = `${m.name} — ${regionName(m.regionCode)}${off ? ` (${t.notServed})` : ''}`;
        return { id: `m${m.code}`, code: m.regionCode, text, municipality: m, off };
      });
    const options = (this.#options = [...regions, ...municipalities]);
    const open = this.#open && options.length > 0 && !host.inactive;
    const active = open ? options[this.#active] : undefined;
    const first = host.selected[0] ?? '';
    const text = this.#editing
      ? this.#query
      : host.multiple
        ? ''
        : this.#shown.code === first
          ? this.#shown.text
          : first && regionName(first);
    const group = (id: string, name: string, items: Option[]) =>
      items.length
        ? html`<div role="group" aria-labelledby=${id}>
            <div class="group" id=${id} role="presentation">${name}</div>
            ${items.map(
              (option) =>
                html`<div
                  id=${option.id}
                  role="option"
                  class=${option === active ? 'active' : ''}
                  aria-selected=${
                    host.multiple
                      ? !option.municipality && host.selected.includes(option.code)
                      : option === active
                  }
                  aria-disabled=${option.off ? 'true' : nothing}
                  @mousedown=${(e: Event) => e.preventDefault()}
                  @click=${() => this.#pick(option)}
                >
                  ${option.text}
                </div>`,
            )}
          </div>`
        : nothing;
    return html`<div class="combo">
      <label class="label" part="label" for="combo">${label}</label>
      <div class="search">
        <input
          id="combo"
          part="input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-controls="listbox"
          aria-expanded=${open}
          aria-required=${host.required}
          aria-activedescendant=${active?.id ?? nothing}
          placeholder=${placeholders[lang].placeholder}
          .value=${live(text)}
          ?disabled=${host.inactive}
          @input=${this.#onInput}
          @keydown=${this.#onKeydown}
          @click=${this.#toggle}
          @blur=${this.#close}
        />
        <span class="chevron" aria-hidden="true"></span>
      </div>
      <div
        id="listbox"
        role="listbox"
        part="listbox"
        aria-label=${label}
        aria-multiselectable=${host.multiple ? 'true' : nothing}
        ?hidden=${!open}
      >
        ${group('g-regions', t.regions, regions)}
        ${group('g-municipalities', t.municipalities, municipalities)}
      </div>
      ${
        this.#open && this.#editing && this.#settled && query && !options.length
          ? html`<p class="none" part="no-result">${t.results(0)}</p>`
          : nothing
      }
      <div class="visually-hidden" role="status">
        ${
          this.#editing && this.#settled
            ? `${t.results(options.length)}${this.#failed ? `. ${t.searchError}` : ''}`
            : ''
        }
      </div>
      ${
        host.multiple && host.selected.length
          ? html`<ul class="chips">
              ${host.selected.map(
                (code) =>
                  html`<li>
                    <button
                      type="button"
                      aria-label=${t.remove(regionName(code))}
                      ?disabled=${host.inactive}
                      @click=${() => host.choose(code)}
                    >
                      ${regionName(code)} <span aria-hidden="true">×</span>
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </div>`;
  }

  #pick(option: Option): void {
    if (option.off) return;
    this.host.choose(option.code, option.municipality);
    this.#shown = { code: option.code, text: option.text };
    if (!this.host.multiple) this.#open = this.#editing = false;
    this.host.requestUpdate();
  }

  #onInput = (event: Event): void => {
    this.#query = (event.target as HTMLInputElement).value;
    this.#editing = this.#open = true;
    this.#active = -1;
    clearTimeout(this.#timer);
    this.#abort?.abort();
    const query = this.#query.trim();
    // Emptying the field clears a single choice (`required` then reports it).
    if (!query && !this.host.multiple) this.host.choose('');
    this.#settled = query.length < 2;
    if (this.#settled) this.#found = [];
    else this.#timer = setTimeout(() => void this.#search(query), 150);
    this.host.requestUpdate();
  };

  async #search(q: string): Promise<void> {
    const abort = (this.#abort = new AbortController());
    try {
      this.#found = (
        await this.host.client.municipalities.list({ q, limit: 8 }, { signal: abort.signal })
      ).data;
      this.#failed = false;
    } catch {
      if (abort.signal.aborted) return;
      this.#found = [];
      this.#failed = true;
    }
    this.#settled = true;
    this.host.requestUpdate();
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const count = this.#options.length;
    const wasOpen = this.#open && this.#active >= 0;
    let index = this.#active;
    switch (event.key) {
      case 'ArrowLeft':
      case 'ArrowRight':
        // APG: the caret moves in the text, so no option stays active.
        this.#active = -1;
        this.host.requestUpdate();
        return;
      case 'ArrowDown':
      case 'ArrowUp': {
        // APG: Alt+Down opens the popup without making an option active.
        if (event.altKey) {
          this.#open = event.key === 'ArrowDown';
          break;
        }
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.#open = true;
        if (index < 0) {
          // Opening starts on the chosen region when it is listed.
          index = this.#options.findIndex((o) => !o.municipality && o.code === this.host.selected[0]);
          if (index < 0) index = step > 0 ? 0 : count - 1;
        } else index = (index + step + count) % count;
        break;
      }
      case 'Home':
      case 'End':
        if (!wasOpen) return;
        index = event.key === 'Home' ? 0 : count - 1;
        break;
      case 'Enter': {
        const option = wasOpen ? this.#options[index] : undefined;
        // APG: Enter with no active option only closes the popup.
        if (option) this.#pick(option);
        else if (this.#open) this.#open = false;
        else return;
        break;
      }
      case 'Escape':
        // APG: the first Escape closes the popup, the next one clears the field (and a single choice).
        if (this.#open) this.#open = false;
        else {
          [this.#query, this.#editing] = ['', true];
          if (!this.host.multiple) this.host.choose('');
        }
        index = -1;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.#active = index;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector('#listbox .active')?.scrollIntoView({ block: 'nearest' }),
    );
  };

  #toggle = (): void => {
    this.#open = !this.#open;
    this.host.requestUpdate();
  };

  #close = (): void => {
    this.#open = this.#editing = false;
    this.#active = -1;
    this.host.requestUpdate();
  };
}
