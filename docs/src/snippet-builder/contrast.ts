/**
 * What the widgets will do with an accent color, computed with the widgets' own
 * color functions (`accentTokens` is exactly what a widget applies): for each
 * surface the chosen theme can show, the color as given, and the fill, the text
 * on the fill and the link color the widget will actually use, with their ratios.
 */
import {
  AA_TEXT,
  accentTokens,
  contrast,
  parseColor,
  SURFACES,
  toCss,
  WHITE,
  type Rgb,
} from '@emplois-en-regions/widgets/color';
import type { Theme } from './options.js';

/** WCAG 2.2 SC 1.4.11: buttons, selected options and focus rings against the surface. */
export const AA_NON_TEXT = 3;

export type Surface = keyof typeof SURFACES;

export interface Swatch {
  /** `rgb(r g b)` as the widget sets it. */
  css: string;
  /** Contrast against the surface (or, for `onFill`, against the fill). */
  ratio: number;
}

export interface SurfaceReport {
  surface: Surface;
  /** The accent as given, against the surface. */
  given: Swatch;
  /** Buttons, selected options: needs 3:1 against the surface. */
  fill: Swatch & { adjusted: boolean };
  /** Text on a filled button: black or white, whichever reads better (always ≥ 4.5:1). */
  onFill: Swatch & { white: boolean };
  /** Links and accent-colored text: needs 4.5:1 against the surface. */
  text: Swatch & { adjusted: boolean };
}

/**
 * Keywords the browser accepts as colors whose value depends on where they are used:
 * the widget would get a color the partner never saw.
 */
const CONTEXTUAL = /^(inherit|initial|unset|revert|revert-layer|currentcolor|transparent)$/i;

/** The sRGB value of a CSS color the widgets can use as an accent, or null. */
export function accentRgb(value: string): Rgb | null {
  const trimmed = value.trim();
  if (!trimmed || CONTEXTUAL.test(trimmed) || /[;{}]/.test(trimmed)) return null;
  return parseColor(trimmed);
}

/** `#rrggbb` for `<input type="color">`. */
export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** The surfaces a theme may show: both for `auto` (it follows the visitor's system). */
export function surfacesOf(theme: Theme): Surface[] {
  return theme === 'auto' ? ['light', 'dark'] : [theme];
}

/** The report for each surface of `theme`, or null if `accent` is not a usable color. */
export function contrastReport(accent: string, theme: Theme): SurfaceReport[] | null {
  const given = accentRgb(accent);
  if (!given) return null;
  return surfacesOf(theme).map((surface) => {
    const background = SURFACES[surface];
    const tokens = accentTokens(accent.trim(), background);
    const fill = parseColor(tokens?.['--eer-accent'] ?? '') ?? given;
    const onFill = parseColor(tokens?.['--eer-on-accent'] ?? '') ?? WHITE;
    const text = parseColor(tokens?.['--eer-accent-text'] ?? '') ?? given;
    const ratio = contrast(given, background);
    return {
      surface,
      given: { css: toCss(given), ratio },
      fill: { css: toCss(fill), ratio: contrast(fill, background), adjusted: ratio < AA_NON_TEXT },
      onFill: { css: toCss(onFill), ratio: contrast(onFill, fill), white: onFill[0] > 127 },
      text: { css: toCss(text), ratio: contrast(text, background), adjusted: ratio < AA_TEXT },
    };
  });
}

/** True when the widget will change the color somewhere. */
export function needsAdjustment(report: SurfaceReport): boolean {
  return report.fill.adjusted || report.text.adjusted;
}

/** The surface color as CSS, for the swatches' background. */
export function surfaceCss(surface: Surface): string {
  return toCss(SURFACES[surface]);
}
