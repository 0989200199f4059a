// Small text helpers shared by the page builders.

/** U+00A0: before « : » and inside « ». */
export const NBSP = '\u00a0';
/** U+202F, the narrow no-break space before ; ? ! (as the widgets write them). */
const NNBSP = '\u202f';

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or attribute value made safe for HTML. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * OQLF spacing for French prose written with ordinary spaces, so the sources stay
 * readable: `« Bienvenue ! »` → `«\u00a0Bienvenue\u202f!\u00a0»`, digit groups kept
 * together (`1 281`). Only for prose: never code, never a URL.
 */
export function frenchTypography(text) {
  return text
    .replace(/[ \u00a0\u202f]:/g, `${NBSP}:`)
    .replace(/[ \u00a0\u202f]([;?!])/g, `${NNBSP}$1`)
    .replace(/[ \u00a0]»/g, `${NBSP}»`)
    .replace(/«[ \u00a0]/g, `«${NBSP}`)
    .replace(/(\d) (?=\d{3}\b)/g, `$1${NBSP}`);
}

/** A heading's id: lower case, no accents, words joined by hyphens (`Où trouver une clé` → `ou-trouver-une-cle`). */
export function slugify(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
