// The contact request every bench POSTs: a valid body, its region and person drawn
// from a running number, and (for autocannon) its own Idempotency-Key each time.
import type autocannon from 'autocannon';
import { SERVED_REGION_CODES } from '@emplois-en-regions/schemas';

/** The JSON body of the `index`-th contact request. */
export function contactRequestBody(index: number, preferredLanguage: 'fr' | 'en' = 'fr'): string {
  const region = SERVED_REGION_CODES[index % SERVED_REGION_CODES.length]!;
  return JSON.stringify({
    name: `Personne ${index}`,
    email: `personne.${index}@example.com`,
    regionCodes: [region],
    message: `Bonjour, je souhaite m’installer dans la région ${region} avec ma famille.`,
    preferredLanguage,
    consent: true,
  });
}

/**
 * An autocannon `setupRequest` sending numbered contact requests, keyed
 * `<keyPrefix>-<pid>-<n>`; `language` picks each one's preferred language.
 */
export function contactRequests(
  keyPrefix: string,
  language: (index: number) => 'fr' | 'en' = () => 'fr',
): (request: autocannon.Request) => autocannon.Request {
  let counter = 0;
  return (request) => {
    counter += 1;
    return {
      ...request,
      headers: { ...request.headers, 'idempotency-key': `${keyPrefix}-${process.pid}-${counter}` },
      body: contactRequestBody(counter, language(counter)),
    };
  };
}
