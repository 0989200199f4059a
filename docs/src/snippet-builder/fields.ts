/**
 * The builder's text fields: what the user typed is kept as a draft, even while
 * it is invalid, and applied to the options only when it is valid. An invalid
 * value gets an error that says which value is kept instead.
 */
import { accentRgb } from './contrast.js';
import type { Messages } from './messages.js';
import {
  bannerLimit,
  keyProblem,
  normalizeApiBase,
  privacyUrlIsValid,
  radiusIsValid,
  type Options,
} from './options.js';

export type TextField = 'accent' | 'radius' | 'name' | 'limit' | 'privacyUrl' | 'apiKey' | 'apiBase';

/**
 * Fields applied only when the user commits them (Enter, leaving the field):
 * each value applied makes the preview call that API, and a half-typed host or key
 * would only produce failed requests.
 */
export const ON_COMMIT = new Set<TextField>(['apiKey', 'apiBase']);

/** Fields applied at each keystroke: look values, which the preview's widgets take in place. */
export const LIVE = new Set<TextField>(['accent', 'radius']);

export type Drafts = Record<TextField, string>;

/** The drafts showing the options' current values. */
export function draftsOf(o: Options): Drafts {
  return {
    accent: o.accent,
    radius: o.radius,
    name: o.picker.name,
    limit: String(o.banner.limit),
    privacyUrl: o.form.privacyUrl,
    apiKey: o.apiKey,
    apiBase: o.apiBase,
  };
}

/**
 * Applies `raw` to `field` of `o` and returns '' when it is valid, else the error
 * (the previous value stays). An empty API address means this site's (`origin`).
 */
export function applyField(field: TextField, raw: string, o: Options, t: Messages, origin: string): string {
  const value = raw.trim();
  switch (field) {
    case 'accent':
      if (value && !accentRgb(value)) return t.accentError(value, o.accent);
      o.accent = value;
      return '';
    case 'radius':
      if (value && !radiusIsValid(value)) return `${t.radiusError} ${o.radius ? t.keptValue(o.radius) : ''}`;
      o.radius = value;
      return '';
    case 'name':
      o.picker.name = value;
      return '';
    case 'limit': {
      const limit = bannerLimit(value);
      if (limit === undefined) return `${t.limitError} ${t.keptValue(String(o.banner.limit))}`;
      o.banner.limit = limit;
      return '';
    }
    case 'privacyUrl':
      if (value && !privacyUrlIsValid(value)) return t.privacyError;
      o.form.privacyUrl = value;
      return '';
    case 'apiKey': {
      const problem = keyProblem(value);
      if (problem) return `${t.keyErrors[problem]} ${t.keptValue(o.apiKey)}`;
      o.apiKey = value;
      return '';
    }
    case 'apiBase': {
      const base = value ? normalizeApiBase(value) : origin;
      if (!base) return `${t.apiBaseError} ${t.keptValue(o.apiBase)}`;
      o.apiBase = base;
      return '';
    }
  }
}
