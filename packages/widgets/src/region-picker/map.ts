import { html, nothing, svg } from 'lit';
import type { Region } from '@emplois-en-regions/sdk';
import { catalogue, common, NBSP, NNBSP } from '../shared/i18n.js';
import { INSET, REGION_SHAPES, VIEWBOX } from './map/shapes.js';
import { mapStyles } from './map.styles.js';
import type { PickerHost, PickerView } from './picker-view.js';
import { messages, serviceNote } from './region-picker.messages.js';

/** A region's outline: on the main map, or its copy in the inset (clipped to the inset's box). */
type Shape = { code: string; d: string };

const strings = catalogue(
  {
    chosen: 'Région choisie',
    credit: `Carte${NBSP}: Gouvernement du Québec — MRNF, Découpages administratifs, BDGA 1/1${NBSP}000${NBSP}000 (CC BY 4.0), simplifiée${NNBSP}; trait de côte${NBSP}: Natural Earth.`,
  },
  {
    chosen: 'Chosen region',
    credit:
      'Map: Gouvernement du Québec — MRNF, Découpages administratifs, BDGA 1:1,000,000 (CC BY 4.0), simplified; coastline: Natural Earth.',
  },
);

/** Arrow keys follow the map: Left/Right go west/east, Up/Down north/south (by label point), wrapping. */
const byAxis = (axis: 0 | 1) => [...REGION_SHAPES].sort((a, b) => a.label[axis] - b.label[axis]);
const WEST_EAST = byAxis(0);
const NORTH_SOUTH = byAxis(1);
/** Size of the hatching of unserved regions, in map units: the inset is zoomed, so its hatch is finer. */
const HATCH = 5;
const INSET_ZOOM = INSET.width / Number(INSET.viewBox.split(' ')[2]);

/**
 * The map mode: an SVG of the 17 regions (loaded only with `mode="map"`). Each
 * region is a radio (checkbox with `multiple`) with a roving tabindex; the dense
 * south is drawn a second time, enlarged, in an inset where its regions are
 * focusable. Regions the program does not serve are hatched and named so.
 */
export class RegionMap implements PickerView {
  /** Region shown by name (focused or hovered). */
  #shown = '';
  /** Focused region, or `''` when focus is elsewhere. */
  #focused = '';
  /** Codes that can take focus, from the last render. */
  #focusable = new Set<string>();

  constructor(private readonly host: PickerHost) {
    const root = host.shadowRoot!;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, mapStyles.styleSheet!];
  }

  render(all: Region[], available: Region[], listed: Region[], label: string) {
    const { host } = this;
    const lang = host.language;
    const t = messages[lang];
    const enabled = (code: string) => !host.inactive && available.some((r) => r.code === code);
    const regionOf = (code: string) => all.find((r) => r.code === code);
    const nameOf = (code: string) => {
      const region = regionOf(code);
      const note = region ? serviceNote(region, t) : t.notServed;
      return `${region?.name[lang] ?? code}${note && ` — ${note}`}`;
    };
    this.#focusable = new Set(listed.map((r) => r.code));
    const order = WEST_EAST.map((s) => s.code).filter((code) => this.#focusable.has(code));
    // Roving tabindex: the focused region while focus is in the map, else the chosen one (as in a radio group).
    const stop =
      (this.#focusable.has(this.#focused) && this.#focused) ||
      host.selected.find((code) => this.#focusable.has(code)) ||
      order.find(enabled) ||
      order[0];
    const shape = (s: Shape, inset: boolean) => {
      const region = regionOf(s.code);
      const isListed = this.#focusable.has(s.code);
      const checked = host.selected.includes(s.code);
      const cls = `r${region?.served === false ? ' off' : ''}${checked ? ' sel' : ''}${isListed ? '' : ' dim'}`;
      // The focusable copy of a region drawn twice is the larger one on screen (INSET.focus).
      return isListed && INSET.focus.includes(s.code) === inset
        ? svg`<path d=${s.d} class=${cls} data-code=${s.code}
            role=${host.multiple ? 'checkbox' : 'radio'} aria-checked=${checked}
            aria-disabled=${enabled(s.code) ? nothing : 'true'} aria-label=${nameOf(s.code)}
            tabindex=${!host.inactive && s.code === stop ? 0 : -1}></path>`
        : svg`<path d=${s.d} class=${cls} data-code=${isListed ? s.code : nothing}
            aria-hidden="true"></path>`;
    };
    // A halo under the focus ring keeps it visible on a selected (accent-filled) region.
    const ring = (shapes: readonly Shape[]) =>
      shapes
        .filter((s) => s.code === this.#shown)
        .map((s) => svg`<path d=${s.d} class="ring halo"></path><path d=${s.d} class="ring"></path>`);
    const hatch = (id: string, size: number) =>
      svg`<pattern id=${id} width=${size} height=${size} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width=${size} height=${size} class="hatch-bg"></rect>
        <line y2=${size} class="hatch-line" stroke-width=${size / 3}></line></pattern>`;
    const [x0, y0, w, h] = INSET.viewBox.split(' ');
    return html`<div class="label" part="label" id="map-label">${label}</div>
      <div
        part="map"
        class="map"
        role=${host.multiple ? 'group' : 'radiogroup'}
        aria-labelledby="map-label"
        aria-required=${host.multiple ? nothing : String(host.required)}
        aria-disabled=${host.inactive ? 'true' : nothing}
        @click=${this.#onClick}
        @keydown=${this.#onKeydown}
        @focusin=${this.#onFocus}
        @focusout=${this.#onFocus}
        @pointerover=${this.#onHover}
        @pointerleave=${this.#onHover}
      >
        <svg viewBox=${VIEWBOX} role="none">
          <defs>${hatch('hatch', HATCH)}${hatch('hatchi', HATCH / INSET_ZOOM)}</defs>
          ${REGION_SHAPES.map((s) => shape(s, false))} ${ring(REGION_SHAPES)}
          <rect class="frame" x=${x0} y=${y0} width=${w} height=${h} aria-hidden="true"></rect>
          <rect
            class="frame inset-bg"
            x=${INSET.x}
            y=${INSET.y}
            width=${INSET.width}
            height=${INSET.height}
            aria-hidden="true"
          ></rect>
          <svg
            x=${INSET.x}
            y=${INSET.y}
            width=${INSET.width}
            height=${INSET.height}
            viewBox=${INSET.viewBox}
            role="none"
          >
            ${INSET.shapes.map((s) => shape(s, true))} ${ring(INSET.shapes)}
          </svg>
        </svg>
      </div>
      <p class="caption" aria-hidden="true">${this.#shown && nameOf(this.#shown)}</p>
      <ul class="legend">
        <li><span class="swatch sel"></span>${strings[lang].chosen}</li>
        <li><span class="swatch off"></span>${common[lang].notServed}</li>
      </ul>
      <p class="credit">${strings[lang].credit}</p>`;
  }

  #onClick = (event: Event): void => {
    const code = (event.target as Element).closest('[data-code]')?.getAttribute('data-code');
    const target = code && this.#target(code);
    if (target && target.getAttribute('aria-disabled') !== 'true') {
      target.focus();
      this.host.choose(code);
    }
  };

  #target(code: string) {
    return this.host.renderRoot.querySelector<SVGElement>(`[role][data-code="${code}"]`);
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const code = (event.target as Element).getAttribute('data-code');
    if (!code) return;
    const { key } = event;
    if (key === 'Enter' || key === ' ') {
      if ((event.target as Element).getAttribute('aria-disabled') !== 'true') this.host.choose(code);
    } else {
      const axis = /Left|Right|Home|End/.test(key) ? WEST_EAST : /Up|Down/.test(key) ? NORTH_SOUTH : null;
      if (!axis) return;
      const single = !this.host.multiple;
      // A radio group skips its disabled radios; a group of checkboxes reaches them all.
      const codes = axis
        .map((s) => s.code)
        .filter(
          (c) =>
            this.#focusable.has(c) &&
            (c === code || !single || this.#target(c)?.getAttribute('aria-disabled') !== 'true'),
        );
      const i = codes.indexOf(code);
      const n = codes.length;
      const next =
        key === 'Home'
          ? codes[0]
          : key === 'End'
            ? codes[n - 1]
            : codes[(i + (/Right|Down/.test(key) ? 1 : -1) + n) % n];
      if (next) {
        this.#target(next)?.focus();
        // APG radio group: arrows move focus and check.
        if (single) this.host.choose(next);
      }
    }
    event.preventDefault();
  };

  #onFocus = (event: FocusEvent): void => {
    this.#shown = event.type === 'focusin' ? ((event.target as Element).getAttribute('data-code') ?? '') : '';
    this.#focused = this.#shown;
    this.host.requestUpdate();
  };

  #onHover = (event: PointerEvent): void => {
    const code = (event.target as Element).closest?.('[data-code]')?.getAttribute('data-code');
    this.#shown =
      (event.type === 'pointerover' && code) ||
      (this.host.shadowRoot!.activeElement?.getAttribute('data-code') ?? '');
    this.host.requestUpdate();
  };
}
