// The one layout of every page: skip link, header with the site name and the
// language switch, navigation, main, footer with the data attribution. No inline
// script or style: the site is served with the strict Content-Security-Policy.
import { PAGES } from './pages.mjs';
import { escapeHtml, frenchTypography } from './text.mjs';

export const CDN_BUNDLE = '/cdn/eer-widgets.js';
const STYLESHEET = '/docs/assets/site.css';
const FAVICON = '/docs/assets/favicon.svg';

const STRINGS = {
  fr: {
    siteName: 'Emplois en régions — trousse d’intégration',
    skip: 'Passer au contenu',
    nav: 'Navigation principale',
    otherLang: 'English',
    otherLangLabel: 'Read this page in English',
    attribution: frenchTypography(
      'Données géographiques : Gouvernement du Québec — MAMH, Répertoire des municipalités ; MRNF, ' +
        'Découpages administratifs et BDGA 1/1 000 000 (CC BY 4.0), via Données Québec. Données modifiées : ' +
        'agrégées, simplifiées. Carte : trait de côte Natural Earth (domaine public).',
    ),
    sample: frenchTypography(
      'Les trois organismes du programme et le 3e forum sur la régionalisation de l’immigration sont réels ; ' +
        'les partenaires locaux, les conseillères et conseillers et les événements à venir affichés ici sont des ' +
        'données fictives d’exemple.',
    ),
    dataSources: 'Données Québec',
    privacy: 'Confidentialité',
    accessibility: 'Accessibilité',
  },
  en: {
    siteName: 'Emplois en régions — embed toolkit',
    skip: 'Skip to content',
    nav: 'Main navigation',
    otherLang: 'Français',
    otherLangLabel: 'Lire cette page en français',
    attribution:
      'Geographic data: Gouvernement du Québec — MAMH, Répertoire des municipalités; MRNF, Découpages ' +
      'administratifs and BDGA 1:1,000,000 (CC BY 4.0), via Données Québec. Modified: aggregated, simplified. ' +
      'Map: Natural Earth coastline (public domain).',
    sample:
      'The program’s three organizations and the 3rd forum sur la régionalisation de l’immigration are real; ' +
      'the local partners, advisors and upcoming events shown here are fictional sample data.',
    dataSources: 'Données Québec',
    privacy: 'Privacy',
    accessibility: 'Accessibility',
  },
};

/**
 * @param {object} page
 * @param {'fr' | 'en'} page.lang
 * @param {string} page.title        Plain text title (the `<h1>`).
 * @param {string} page.description  One sentence for `<meta name="description">`.
 * @param {string} page.path         This page's URL path.
 * @param {string} page.counterpart  The same page in the other language.
 * @param {string} page.section      Id of the navigation entry this page belongs to.
 * @param {string} page.main         The HTML inside `<main>`.
 * @param {string[]} [page.stylesheets] More stylesheets (after the site's).
 * @param {string[]} [page.modules]  Module scripts.
 */
export function layout({
  lang,
  title,
  description,
  path,
  counterpart,
  section,
  main,
  stylesheets = [],
  modules = [],
}) {
  const t = STRINGS[lang];
  const other = lang === 'fr' ? 'en' : 'fr';
  const nav = PAGES.filter((p) => p.inNav !== false)
    .map((p) => {
      const href = p[lang].path;
      const current = href === path ? ' aria-current="page"' : p.id === section ? ' aria-current="true"' : '';
      return `<li><a href="${href}"${current}>${escapeHtml(p[lang].nav)}</a></li>`;
    })
    .join('\n          ');
  const head = [
    `<link rel="icon" href="${FAVICON}" type="image/svg+xml">`,
    `<link rel="stylesheet" href="${STYLESHEET}">`,
    ...stylesheets.map((href) => `<link rel="stylesheet" href="${href}">`),
    ...modules.map((src) => `<script type="module" src="${src}"></script>`),
    `<link rel="alternate" hreflang="${other}" href="${counterpart}">`,
  ].join('\n    ');
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(path === PAGES[0][lang].path ? t.siteName : `${title} — ${t.siteName}`)}</title>
    <meta name="description" content="${escapeHtml(description)}">
    ${head}
  </head>
  <body>
    <a class="skip-link" href="#contenu">${t.skip}</a>
    <header class="site-header">
      <div class="wrap header-row">
        <a class="site-name" href="${PAGES[0][lang].path}">${escapeHtml(t.siteName)}</a>
        <a class="lang-switch" href="${counterpart}" hreflang="${other}" lang="${other}" aria-label="${escapeHtml(t.otherLangLabel)}">${t.otherLang}</a>
      </div>
      <nav class="wrap site-nav" aria-label="${t.nav}">
        <ul>
          ${nav}
        </ul>
      </nav>
    </header>
    <main id="contenu" class="wrap" tabindex="-1">
${main}
    </main>
    <footer class="site-footer">
      <div class="wrap">
        <p>${escapeHtml(t.attribution)} <a href="https://www.donneesquebec.ca/">${t.dataSources}</a></p>
        <p>${escapeHtml(t.sample)}</p>
        <p><a href="${pathOf('privacy', lang)}">${t.privacy}</a> · <a href="${pathOf('accessibility', lang)}">${t.accessibility}</a></p>
      </div>
    </footer>
  </body>
</html>
`;
}

function pathOf(id, lang) {
  return PAGES.find((p) => p.id === id)[lang].path;
}
