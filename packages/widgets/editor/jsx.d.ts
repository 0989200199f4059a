// Generated from custom-elements.json by scripts/editor-data.mjs: do not edit.
// `pnpm --filter @emplois-en-regions/widgets build` regenerates it.

/**
 * JSX types of the Emplois en régions widgets for React 19 and later. React 19
 * sets a prop as a property when the element has one (else as an attribute) and
 * adds a listener for an `on<event>` prop, with the event name as is:
 * `oneer-region-change={(event) => event.detail.region}`.
 *
 * Load them once in a React + TypeScript app, e.g. next to the import that
 * registers the elements:
 *
 * ```ts
 * import '@emplois-en-regions/widgets';
 * import type {} from '@emplois-en-regions/widgets/jsx';
 * ```
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  EerAdvisorContactForm,
  EerConfig,
  EerEventBanner,
  EerEventMap,
  EerRegionPicker,
} from '@emplois-en-regions/widgets';

/** A listener of a widget event, as React 19 adds it with `addEventListener`. */
export type EerListener<E extends HTMLElement, K extends keyof EerEventMap> = (
  event: EerEventMap[K] & { currentTarget: E },
) => void;

/** React's props of an element, where the widget's own attributes replace those of the same name (`lang`…). */
export type EerIntrinsicElement<E extends HTMLElement, Own> = Omit<
  DetailedHTMLProps<HTMLAttributes<E>, E>,
  keyof Own
> &
  Own;

/** Attributes of every widget that extends `EerElement`. */
export interface EerElementProps {
  /**
   * `fr` (default) or `en`; else `<eer-config lang>`, else the page's `<html lang>`.
   * The `lang` attribute then shows the language the widget renders (never `lang=""`,
   * which means "unknown"), without becoming the widget's own.
   */
  lang?: string | undefined;
  /** `light`, `dark` or `auto` (follows `prefers-color-scheme`). */
  theme?: 'light' | 'dark' | 'auto' | '' | undefined;
  /** Any CSS color; text on it and links in it are adjusted to keep WCAG AA contrast. */
  accent?: string | undefined;
  /** Corner radius, any CSS length (`0`, `4px`, `1rem`). */
  radius?: string | undefined;
  /** `compact`, `normal` or `comfortable`. */
  density?: 'compact' | 'normal' | 'comfortable' | '' | undefined;
  /** Base URL of the API (default: `<eer-config api-base>`, else the origin the widgets' script was loaded from). */
  'api-base'?: string | undefined;
  /** Publishable key (`pk_…`) bound to this site's origin. */
  'api-key'?: string | undefined;
}

/** Attributes and events of `<eer-advisor-contact-form>`. */
export interface EerAdvisorContactFormProps extends EerElementProps {
  /** Region code(s) fixed by the host (`"04"` or `"04,17"`); hides the region picker. */
  region?: string | undefined;
  /** `id` of an `<eer-region-picker>` on the page whose choice gives the regions. */
  'region-from'?: string | undefined;
  /** Id of an advisor (`adv_…`): the form then says « Vous écrivez à … ». */
  advisor?: string | undefined;
  /** URL of the partner's privacy policy (required by Law 25; a console warning if missing). */
  'privacy-url'?: string | undefined;
  /** A heading shown above the form, e.g. « Écrivez à une conseillère ou à un conseiller » (none by default). */
  heading?: string | undefined;
  /** Level of that heading and of the confirmation's (1–6, default 2), to fit the page's outline. */
  'heading-level'?: number | undefined;
  /** `eer-contact-submit`: A valid request is being sent (detail `{}`). */
  'oneer-contact-submit'?: EerListener<EerAdvisorContactForm, 'eer-contact-submit'> | undefined;
  /** `eer-contact-success`: The API received it: `{ reference }` (e.g. `EER-2026-000123`). */
  'oneer-contact-success'?: EerListener<EerAdvisorContactForm, 'eer-contact-success'> | undefined;
  /** `eer-contact-error`: Sending failed: `{ code }` (`network`, `timeout`, `invalid_body`, `rate_limited`…). Never any personal data. */
  'oneer-contact-error'?: EerListener<EerAdvisorContactForm, 'eer-contact-error'> | undefined;
}

/** Attributes and events of `<eer-config>`. */
export interface EerConfigProps {
  /** Base URL of the API. */
  'api-base'?: string | undefined;
  /** Publishable key (`pk_…`) bound to this site's origin. */
  'api-key'?: string | undefined;
  /** `fr` or `en`. */
  lang?: string | undefined;
  /** `light`, `dark` or `auto`. */
  theme?: string | undefined;
  /** Any CSS color. */
  accent?: string | undefined;
  /** Corner radius. */
  radius?: string | undefined;
  /** `compact`, `normal` or `comfortable`. */
  density?: string | undefined;
}

/** Attributes and events of `<eer-event-banner>`. */
export interface EerEventBannerProps extends EerElementProps {
  /** `bar` (one line, the soonest event, a button for the next ones), `card` (the soonest event) or `list`. */
  layout?: 'bar' | 'card' | 'list' | undefined;
  /** Region code (`"01"` … `"17"`); none: every region. */
  region?: string | undefined;
  /** Id of an `<eer-region-picker>` on the page whose (first) region this banner follows; `region` is the fallback. */
  'region-from'?: string | undefined;
  /** Event type filter: `forum`, `webinar`, `info-session`, `job-fair`, `exploratory-stay`. */
  type?: string | undefined;
  /** How many events at most (default 3, 1–100). */
  limit?: number | undefined;
  /** Shows a close button; dismissed events are remembered in `localStorage` and not shown again. */
  dismissible?: boolean | undefined;
  /** When nothing is upcoming: `hide` (default; the banner takes no space, nothing is announced) or `message`. */
  empty?: 'hide' | 'message' | undefined;
  /**
   * Leaves out the schema.org `Event` JSON-LD the banner otherwise adds, in its own light
   * DOM, for the events it shows (a data block search engines read; no script runs).
   */
  'no-structured-data'?: boolean | undefined;
  /** `eer-event-open`: The visitor opened a registration, online or calendar link: `{ id, action: 'register' | 'online' | 'calendar' }`. */
  'oneer-event-open'?: EerListener<EerEventBanner, 'eer-event-open'> | undefined;
  /** `eer-banner-dismiss`: The visitor closed the banner: `{ ids }` of the events it showed, remembered in `localStorage`. */
  'oneer-banner-dismiss'?: EerListener<EerEventBanner, 'eer-banner-dismiss'> | undefined;
}

/** Attributes and events of `<eer-region-picker>`. */
export interface EerRegionPickerProps extends EerElementProps {
  /** `list` (default: radio buttons, or checkboxes with `multiple`), `combobox` (type to search regions and municipalities) or `map`; these two load their code the first time they are used. */
  mode?: 'list' | 'combobox' | 'map' | undefined;
  /** `served` (default: the 15 regions the program serves) or `all` (the 17 regions). */
  scope?: 'served' | 'all' | undefined;
  /** Comma-separated region codes to offer only those, e.g. `"05,17"`. */
  regions?: string | undefined;
  /** `region` (default), `mrc` or `municipality`: after a region, also choose its MRC, then its municipality. Ignored with `multiple`. */
  detail?: 'region' | 'mrc' | 'municipality' | undefined;
  /** Several regions may be chosen; `value` is then comma-separated (`"05,17"`). */
  multiple?: boolean | undefined;
  /** Chosen region code(s), e.g. `"05"` or `"05,17"`; the attribute is the initial value a form reset returns to. */
  value?: string | undefined;
  /** Chosen MRC code (with `detail="mrc"` or `"municipality"`). */
  mrc?: string | undefined;
  /** Chosen municipality code (with `detail="municipality"`). */
  municipality?: string | undefined;
  /** A choice is needed (down to the `detail` level) before the form submits. */
  required?: boolean | undefined;
  /** The visitor cannot change the choice. */
  disabled?: boolean | undefined;
  /** Name of the form field. */
  name?: string | undefined;
  /** Visible label (default « Région », « Régions » with `multiple`, « Région ou municipalité » in combobox mode). */
  label?: string | undefined;
  /** `eer-region-change`: The visitor chose a region, an MRC or a municipality; `detail` is `{ value, region, regions, mrc?, municipality? }`. */
  'oneer-region-change'?: EerListener<EerRegionPicker, 'eer-region-change'> | undefined;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      /** Contact an advisor of a region, with Law 25 consent, a draft that survives failures, and one request per submission. */
      'eer-advisor-contact-form': EerIntrinsicElement<EerAdvisorContactForm, EerAdvisorContactFormProps>;
      /** Page-level API key, language and theme for every `eer-` widget. */
      'eer-config': EerIntrinsicElement<EerConfig, EerConfigProps>;
      /** Upcoming program events for a region, as a bar, a card or a list. */
      'eer-event-banner': EerIntrinsicElement<EerEventBanner, EerEventBannerProps>;
      /** Choose a Québec region (list, combobox with municipality search, or map), down to MRC or municipality. */
      'eer-region-picker': EerIntrinsicElement<EerRegionPicker, EerRegionPickerProps>;
    }
  }
}
