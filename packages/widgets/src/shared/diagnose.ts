import { isEerError } from '@emplois-en-regions/sdk';
import type { Lang } from './i18n.js';

/**
 * Misconfiguration told apart from a visitor's network trouble: a refused key, a
 * key not bound to the page's origin, an `api-base` that is not the API. The
 * visitor reads a neutral message; the webmaster gets one console line that
 * names the cause and what to do.
 */

/** Where the widgets' own script came from (the CDN bundle): the API's default address. */
export const SCRIPT_ORIGIN = ((url: string) => {
  try {
    const { protocol, origin } = new URL(url);
    return /^https?:$/.test(protocol) ? origin : undefined;
  } catch {
    return undefined;
  }
})(import.meta.url);

/** What the webmaster must fix; undefined for a visitor's network trouble or a passing server error. */
export type Cause = 'key' | 'secret' | 'origin' | 'api';

function causeOf(error: unknown): Cause | undefined {
  if (!isEerError(error)) return undefined;
  const { status, code } = error;
  if (status === 401) return 'key';
  if (status === 403) return code === 'origin_not_allowed' ? 'origin' : 'secret';
  // Something answered, but not the API (a 404 page, HTML instead of JSON).
  if (status === 404 || status === 405 || (error.kind === 'validation' && status !== 422)) return 'api';
  return undefined;
}

export interface Setup {
  /** The API address in effect. */
  apiBase: string;
  apiKey: string;
}

const said = new Set<string>();

/**
 * One console line for the webmaster, once per page and cause; also for an unreachable API.
 * Returns the misconfiguration, if that is what `error` is (the visitor then reads a neutral message).
 */
export function tellWebmaster(error: unknown, lang: Lang, { apiBase, apiKey }: Setup): Cause | undefined {
  const cause = causeOf(error);
  const network = isEerError(error) && error.kind === 'network' && navigator.onLine;
  if (!cause && !network) return cause;
  const setup = { apiBase, key: apiKey, origin: location.origin };
  // The sentences load only when something is wrong: no bytes for a working page.
  void import('./webmaster-messages.js').then(({ webmasterLine }) => {
    const text = `[Emplois en régions] ${webmasterLine(cause ?? 'api', lang, setup)}`;
    if (said.has(text)) return;
    said.add(text);
    console.error(text);
  });
  return cause;
}
