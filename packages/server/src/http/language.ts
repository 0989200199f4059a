import type { Context } from 'hono';
import type { Language } from '@emplois-en-regions/schemas';

/**
 * The language to answer in: French unless `Accept-Language` ranks English
 * strictly higher. French is the program's language, so ties and absent or
 * unreadable headers fall back to it.
 */
export function preferredLanguage(acceptLanguage: string | null | undefined): Language {
  if (!acceptLanguage) return 'fr';
  let french = 0;
  let english = 0;
  for (const range of acceptLanguage.slice(0, 500).split(',')) {
    const [tag = '', ...params] = range.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0];
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!Number.isFinite(q) || q <= 0 || q > 1) continue;
    if (primary === 'fr') french = Math.max(french, q);
    else if (primary === 'en') english = Math.max(english, q);
  }
  return english > french ? 'en' : 'fr';
}

export function requestLanguage(c: Context): Language {
  return preferredLanguage(c.req.header('Accept-Language'));
}
