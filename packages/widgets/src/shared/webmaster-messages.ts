import type { Cause } from './diagnose.js';
import type { Lang } from './i18n.js';

/** The console line that tells the webmaster what is misconfigured and whom to ask. */
export function webmasterLine(
  cause: Cause,
  lang: Lang,
  { apiBase, key, origin }: { apiBase: string; key: string; origin: string },
): string {
  const fr = lang === 'fr';
  key ||= fr ? '(aucune)' : '(none)';
  switch (cause) {
    case 'key':
      return fr
        ? `${apiBase} refuse la clé d’API ${key} (absente, inconnue ou révoquée) : vérifiez l’attribut api-key, ou demandez à l’opérateur du programme une clé publique (pk_…) pour ${origin}.`
        : `${apiBase} refuses the API key ${key} (missing, unknown or revoked): check the api-key attribute, or ask the program's operator for a publishable key (pk_…) for ${origin}.`;
    case 'secret':
      return fr
        ? `${key} est une clé secrète : elle ne doit jamais figurer dans une page. Utilisez la clé publique (pk_…) de votre organisation.`
        : `${key} is a secret key: it must never be in a page. Use your organization's publishable key (pk_…).`;
    case 'origin':
      return fr
        ? `La clé ${key} n’est pas liée à l’origine ${origin} : demandez à l’opérateur du programme d’ajouter ${origin} aux origines de cette clé.`
        : `The key ${key} is not bound to the origin ${origin}: ask the program's operator to add ${origin} to this key's origins.`;
    default:
      return fr
        ? `L’API Emplois en régions ne répond pas à ${apiBase} : vérifiez l’attribut api-base (par défaut, l’origine du script des composants).`
        : `The Emplois en régions API does not answer at ${apiBase}: check the api-base attribute (default: the origin of the widgets' script).`;
  }
}
