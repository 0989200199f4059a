/**
 * Search folding shared by the stored `search_name` column and the query, so both
 * sides are compared in the same alphabet: lowercase a–z, digits and single spaces.
 */

/** Ligatures that Unicode decomposition leaves whole. */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** Folds case, accents, hyphens, apostrophes and punctuation: `Saint-Louis-du-Ha! Ha!` → `saint louis du ha ha`. */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[œæß]/g, (ligature) => LIGATURES[ligature] ?? ligature)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Abbreviations people type for the saints that name hundreds of Québec municipalities. */
const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes' };

/**
 * The folded forms a query is matched with: as typed, and with `st`/`ste` read as
 * `saint`/`sainte`. Both are kept because `st` is also how `Stoke` or `Stanstead` begin.
 */
export function searchForms(query: string): { folded: string; expanded: string } {
  const folded = foldForSearch(query);
  const expanded = folded
    .split(' ')
    .map((token) => ABBREVIATIONS[token] ?? token)
    .join(' ');
  return { folded, expanded };
}
