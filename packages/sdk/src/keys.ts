import { isBrowser } from './environment.js';

/** How a key travels: a publishable key in the `key` query parameter, a secret key as a bearer token. */
export type KeyKind = 'publishable' | 'secret';

/**
 * Checks an API key and tells how to send it. Publishable keys (`pk_…`) go in the
 * query string so that a browser GET stays a CORS simple request (no preflight);
 * secret keys (`sk_…`) go in `Authorization` and are refused in a browser, where
 * anyone could read them.
 */
export function keyKind(key: string): KeyKind {
  if (key.startsWith('pk_')) return 'publishable';
  if (!key.startsWith('sk_')) {
    throw new TypeError('The API key must start with pk_ (publishable) or sk_ (secret).');
  }
  if (isBrowser()) {
    throw new TypeError(
      'A secret key (sk_…) must never reach a browser, where anyone can read it: use your publishable key (pk_…) here, and the secret key only on a server.',
    );
  }
  return 'secret';
}
