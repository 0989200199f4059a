import type { Municipality, Mrc, Region } from '@emplois-en-regions/sdk';

/** Detail of `eer-region-change`. `value` is what a form receives (comma-separated when `multiple`). */
export interface RegionChangeDetail {
  value: string;
  /** The chosen region (the first one when `multiple`). */
  region: Region | null;
  /** Every chosen region when `multiple`. */
  regions: Region[];
  mrc?: Mrc | undefined;
  municipality?: Municipality | undefined;
}

/** Detail of `eer-contact-success`: only the reference, never personal data. */
export interface ContactSuccessDetail {
  reference: string;
}

/** Detail of `eer-contact-error`: a stable code (`network`, `invalid_body`, `rate_limited`…). */
export interface ContactErrorDetail {
  code: string;
}

/** Detail of `eer-event-open`: the event the visitor opened (registration or calendar link). */
export interface EventOpenDetail {
  id: string;
  action: 'register' | 'calendar' | 'online';
}

/** Detail of `eer-banner-dismiss`. */
export interface BannerDismissDetail {
  ids: string[];
}

/** Every event the widgets emit; all bubble and are composed. */
export interface EerEventMap {
  'eer-region-change': CustomEvent<RegionChangeDetail>;
  'eer-contact-submit': CustomEvent<Record<string, never>>;
  'eer-contact-success': CustomEvent<ContactSuccessDetail>;
  'eer-contact-error': CustomEvent<ContactErrorDetail>;
  'eer-event-open': CustomEvent<EventOpenDetail>;
  'eer-banner-dismiss': CustomEvent<BannerDismissDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends EerEventMap {}
}

/** The detail type of one widget event. */
export type EerEventDetail<K extends keyof EerEventMap> =
  EerEventMap[K] extends CustomEvent<infer D> ? D : never;
