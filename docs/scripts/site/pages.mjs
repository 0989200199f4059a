// Every page of the site, in both languages: its URL, its source, its label in
// the navigation. A page and its counterpart are one entry, so the language
// switch can never point to a missing page.

/**
 * @typedef {object} PageLang
 * @property {string} path     URL path, ending in `/`.
 * @property {string} [source] Markdown file in `guides/<lang>/`.
 * @property {string} nav      Label in the navigation.
 *
 * @typedef {object} PageDef
 * @property {string} id
 * @property {PageLang} fr
 * @property {PageLang} en
 * @property {boolean} [inNav]   Listed in the main navigation (default true).
 * @property {boolean} [widgets] Loads the widgets' CDN bundle (live demos).
 * @property {'widget-index' | 'snippet-builder'} [extra] Generated content after the Markdown.
 */

/** @type {PageDef[]} */
export const PAGES = [
  {
    id: 'home',
    fr: { path: '/docs/', source: 'accueil.md', nav: 'Accueil' },
    en: { path: '/docs/en/', source: 'home.md', nav: 'Home' },
    widgets: true,
  },
  {
    id: 'getting-started',
    fr: { path: '/docs/demarrer/', source: 'demarrer.md', nav: 'Démarrer' },
    en: { path: '/docs/en/getting-started/', source: 'getting-started.md', nav: 'Getting started' },
  },
  {
    id: 'widgets',
    fr: { path: '/docs/composants/', source: 'composants.md', nav: 'Composants' },
    en: { path: '/docs/en/widgets/', source: 'widgets.md', nav: 'Widgets' },
    extra: 'widget-index',
  },
  {
    id: 'theming',
    fr: { path: '/docs/personnalisation/', source: 'personnalisation.md', nav: 'Personnalisation' },
    en: { path: '/docs/en/theming/', source: 'theming.md', nav: 'Theming' },
    widgets: true,
  },
  {
    id: 'sdk',
    fr: { path: '/docs/guide-sdk/', source: 'guide-sdk.md', nav: 'SDK' },
    en: { path: '/docs/en/sdk-guide/', source: 'sdk-guide.md', nav: 'SDK' },
  },
  {
    id: 'http-api',
    fr: { path: '/docs/api-http/', source: 'api-http.md', nav: 'API HTTP' },
    en: { path: '/docs/en/http-api/', source: 'http-api.md', nav: 'HTTP API' },
  },
  {
    id: 'operating',
    fr: { path: '/docs/exploiter/', source: 'exploiter.md', nav: 'Exploiter l’API' },
    en: { path: '/docs/en/operating/', source: 'operating.md', nav: 'Operating the API' },
  },
  {
    id: 'examples',
    fr: { path: '/docs/exemples/', source: 'exemples.md', nav: 'Exemples' },
    en: { path: '/docs/en/examples/', source: 'examples.md', nav: 'Examples' },
  },
  {
    id: 'snippet-builder',
    fr: { path: '/docs/generateur/', source: 'generateur.md', nav: 'Générateur' },
    en: { path: '/docs/en/snippet-builder/', source: 'snippet-builder.md', nav: 'Snippet builder' },
    extra: 'snippet-builder',
  },
  {
    id: 'privacy',
    fr: { path: '/docs/confidentialite/', source: 'confidentialite.md', nav: 'Confidentialité' },
    en: { path: '/docs/en/privacy/', source: 'privacy.md', nav: 'Privacy' },
  },
  {
    id: 'accessibility',
    fr: { path: '/docs/accessibilite/', source: 'accessibilite.md', nav: 'Accessibilité' },
    en: { path: '/docs/en/accessibility/', source: 'accessibility.md', nav: 'Accessibility' },
  },
];

/** Where the reference page of one widget lives. */
export function widgetPath(lang, tag) {
  return lang === 'fr' ? `/docs/composants/${tag}/` : `/docs/en/widgets/${tag}/`;
}

/** The folder of `path` inside the build folder (`/docs/en/` → `en/index.html`). */
export function fileOf(path) {
  return `${path.replace(/^\/docs\/?/, '')}index.html`;
}
