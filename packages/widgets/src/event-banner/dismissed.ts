/**
 * Event ids the visitor dismissed, kept in `localStorage` (no cookie) so a closed
 * banner stays closed after a reload while new events still show. Storage may be
 * unavailable (sandboxed iframe, blocked storage): then dismissal lasts the page view.
 */
const KEY = 'eer:event-banner:dismissed';
/** Enough for every upcoming event; older ids are dropped first. */
const MAX_IDS = 50;

export function dismissedIds(): Set<string> {
  try {
    const ids: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return new Set(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

export function rememberDismissed(ids: Set<string>): void {
  try {
    localStorage.setItem(KEY, JSON.stringify([...ids].slice(-MAX_IDS)));
  } catch {
    // Storage full or blocked: the banner still closes for this page view.
  }
}
