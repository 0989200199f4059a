/**
 * WCAG contrast for a partner's `accent`, whatever CSS color they pick. The
 * browser parses the color (named, hex, rgb, hsl, oklch…) so we never ship a
 * color parser; we only do the WCAG 2.2 arithmetic.
 */

export type Rgb = [number, number, number];

let probe: HTMLElement | undefined;

/** sRGB channels (0–255) of any CSS color, or null if the browser does not understand it. */
export function parseColor(value: string): Rgb | null {
  if (!value.trim() || !CSS.supports('color', value)) return null;
  probe ??= document.createElement('span');
  probe.style.color = value;
  probe.hidden = true;
  document.documentElement.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  // Computed colors come back as rgb()/rgba() for sRGB, or color(srgb …)/oklch for wider gamuts.
  const numbers = computed.match(/[\d.]+/g)?.map(Number) ?? [];
  if (computed.startsWith('rgb') && numbers.length >= 3) return [numbers[0]!, numbers[1]!, numbers[2]!];
  if (computed.startsWith('color(srgb') && numbers.length >= 3) {
    return [numbers[0]! * 255, numbers[1]! * 255, numbers[2]! * 255];
  }
  return toSrgbViaCanvas(value);
}

function toSrgbViaCanvas(value: string): Rgb | null {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return null;
  context.fillStyle = '#000';
  context.fillStyle = value;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance. */
export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio (1–21). */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export const WHITE: Rgb = [255, 255, 255];
export const BLACK: Rgb = [0, 0, 0];
/** Text on accent-filled surfaces and accent-coloured text must reach this. */
export const AA_TEXT = 4.5;

/** Black or white, whichever reads better on `background` (one of them always reaches 4.5:1). */
export function readableOn(background: Rgb): Rgb {
  return contrast(background, WHITE) >= contrast(background, BLACK) ? WHITE : BLACK;
}

/** Mixes `color` toward `target` until it reaches `ratio` against `surface`. */
export function adjustForContrast(color: Rgb, surface: Rgb, ratio = AA_TEXT): Rgb {
  if (contrast(color, surface) >= ratio) return color;
  const target = readableOn(surface);
  for (let step = 1; step <= 20; step++) {
    const t = step / 20;
    const mixed = color.map((c, i) => Math.round(c + (target[i]! - c) * t)) as Rgb;
    if (contrast(mixed, surface) >= ratio) return mixed;
  }
  return target;
}

export function toCss([r, g, b]: Rgb): string {
  return `rgb(${Math.round(r)} ${Math.round(g)} ${Math.round(b)})`;
}

/** Light and dark surfaces of the widgets' themes (see theme.styles.ts). */
export const SURFACES = { light: [255, 255, 255] as Rgb, dark: [28, 30, 33] as Rgb };

/**
 * The custom properties an accent sets: the fill, the text on it, and a text/link
 * variant darkened (or lightened) enough for the theme's surface.
 */
export function accentTokens(accent: string, surface: Rgb): Record<string, string> | null {
  // Every widget update asks, and parsing forces a style recalculation: compute once per page.
  const key = `${accent}\n${surface}`;
  if (!tokenCache.has(key)) tokenCache.set(key, computeAccentTokens(accent, surface));
  return tokenCache.get(key)!;
}

const tokenCache = new Map<string, Record<string, string> | null>();

function computeAccentTokens(accent: string, surface: Rgb): Record<string, string> | null {
  const rgb = parseColor(accent);
  if (!rgb) return null;
  // A fill must also be distinguishable from the surface (3:1 for UI components, WCAG 1.4.11).
  const fill = adjustForContrast(rgb, surface, 3);
  return {
    '--eer-accent': toCss(fill),
    '--eer-on-accent': toCss(readableOn(fill)),
    '--eer-accent-text': toCss(adjustForContrast(rgb, surface)),
  };
}
