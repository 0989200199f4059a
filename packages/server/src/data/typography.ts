/** U+00A0, the non-breaking space French typography puts before `:` `;` `?` `!` and inside « ». */
export const NBSP = '\u00a0';

/**
 * Applies OQLF spacing to French text written with ordinary spaces, so the seed
 * sources stay readable: `« Bienvenue ! »` becomes `«\u00a0Bienvenue\u00a0!\u00a0»`,
 * and digit groups (`1 000`) are kept together. Only for prose: never pass a URL.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/ ([:;?!»])/g, `${NBSP}$1`)
    .replace(/« /g, `«${NBSP}`)
    .replace(/(\d) (?=\d{3}\b)/g, `$1${NBSP}`);
}
