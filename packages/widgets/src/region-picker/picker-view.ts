import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { Municipality, Region } from '@emplois-en-regions/sdk';
import type { WidgetClient } from '../shared/client.js';
import type { Lang } from '../shared/i18n.js';

/**
 * The contract between the picker and its lazily loaded mode views (combobox,
 * map): its own module so that the views never import the picker they are
 * loaded by.
 */

/** A mode other than the list, loaded on demand (its own chunk) the first time it is used. */
export interface PickerView {
  render(all: Region[], available: Region[], listed: Region[], label: string): TemplateResult;
}

/** What the lazily loaded mode views (combobox, map) see of the picker. */
export interface PickerHost extends ReactiveControllerHost, HTMLElement {
  readonly language: Lang;
  readonly client: WidgetClient;
  readonly multiple: boolean;
  readonly required: boolean;
  readonly selected: readonly string[];
  readonly inactive: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Chooses `code` (toggles it with `multiple`); `''` clears a single choice. */
  choose(code: string, municipality?: Municipality): void;
}
