// Builds the docs site into docs/build/, served at /docs by `pnpm start`:
// the guides (guides/fr, guides/en), the widget reference generated from
// packages/widgets/custom-elements.json, the SDK reference (typedoc) and the
// snippet builder. French first; every page has its English counterpart.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CDN_BUNDLE, layout } from './site/layout.mjs';
import { checkLinks } from './site/links.mjs';
import { createMarkdown } from './site/markdown.mjs';
import { fileOf, PAGES, widgetPath } from './site/pages.mjs';
import { buildSdkReference } from './site/sdk-reference.mjs';
import { buildSnippetBuilder, SNIPPET_BUILDER_ASSETS } from './site/snippet-builder.mjs';
import { escapeHtml, frenchTypography } from './site/text.mjs';
import {
  frenchDescriptions,
  readExample,
  readManifest,
  widgetIndex,
  widgetPage,
} from './site/widget-reference.mjs';

const docsDir = fileURLToPath(new URL('..', import.meta.url));
const root = join(docsDir, '..');
// EER_DOCS_BUILD: build elsewhere (a scratch folder) without touching docs/build; the tests read it too.
const buildDir = process.env.EER_DOCS_BUILD ? resolve(process.env.EER_DOCS_BUILD) : join(docsDir, 'build');
const guidesDir = join(docsDir, 'guides');
const folders = {
  buildDir,
  cdnDir: join(root, 'packages/widgets/cdn'),
  examplesDir: join(root, 'examples'),
};
const LANGS = /** @type {const} */ (['fr', 'en']);
/** The demo key of the embedded database: accepted from http://localhost:* pages. */
const DEMO_CONFIG = '<eer-config api-key="pk_test_demo"></eer-config>';

/** Said once each, after the build (or its failure). */
const warnings = new Set();
const warn = (message) => warnings.add(message);

try {
  await build();
} catch (error) {
  for (const message of warnings) console.warn(`docs: warning: ${message}`);
  console.error(`docs: build failed.\n${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

async function build() {
  const started = Date.now();

  rmSync(buildDir, { recursive: true, force: true });
  mkdirSync(buildDir, { recursive: true });
  cpSync(join(docsDir, 'assets'), join(buildDir, 'assets'), { recursive: true });

  // 1. What the generated pages need: the manifest and its French descriptions (fails if one is missing).
  const widgets = readManifest(join(root, 'packages/widgets/custom-elements.json'));
  const fr = frenchDescriptions(widgets, join(guidesDir, 'fr/widget-descriptions.json'), warn);

  // 2. The snippet builder first: its page says whether it is there.
  const hasSnippetBuilder = await buildSnippetBuilder({ docsDir, buildDir });
  if (!hasSnippetBuilder)
    warn('src/snippet-builder/main.ts is absent: the snippet builder page says it is not available.');

  /** URL path → HTML of every page written, for the link check. */
  const written = new Map();
  function write(path, html) {
    const file = join(buildDir, fileOf(path));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
    written.set(path, html);
  }

  /** First paragraph as plain text, for `<meta name="description">`. */
  function describe(html) {
    const text = (/<p[^>]*>(.*?)<\/p>/s.exec(html)?.[1] ?? '')
      .replace(/<[^>]*>/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    return text.length > 180 ? `${text.slice(0, 177).replace(/\s+\S*$/, '')}…` : text;
  }

  /** `<!-- include path -->` (relative to the guide): another Markdown file, without its title. */
  function withIncludes(markdown, from) {
    return markdown.replace(/^<!-- include (\S+) -->$/gm, (_, path) =>
      readFileSync(join(dirname(from), path), 'utf8').replace(/^# .*\n/, ''),
    );
  }

  const SNIPPET_BUILDER_TEXT = {
    fr: {
      noscript:
        'Le générateur a besoin de JavaScript. Sans JavaScript, copiez l’extrait de la page « Démarrer ».',
      missing:
        'Le générateur n’est pas inclus dans cette version du site. Copiez l’extrait de la page « Démarrer ».',
    },
    en: {
      noscript: 'The builder needs JavaScript. Without it, copy the snippet from the “Getting started” page.',
      missing:
        'The builder is not part of this build of the site. Copy the snippet from the “Getting started” page.',
    },
  };

  // 3. The guides, in both languages.
  for (const page of PAGES) {
    for (const lang of LANGS) {
      const other = lang === 'fr' ? 'en' : 'fr';
      const source = join(guidesDir, lang, page[lang].source);
      const markdown = createMarkdown(lang);
      const { html, title } = markdown.render(withIncludes(readFileSync(source, 'utf8'), source));
      if (!title) throw new Error(`${source} has no « # title » line.`);
      let main = html;
      const stylesheets = [];
      const modules = page.widgets ? [CDN_BUNDLE] : [];
      if (page.extra === 'widget-index') main += widgetIndex(widgets, { lang, fr, markdown });
      if (page.extra === 'snippet-builder') {
        const t = SNIPPET_BUILDER_TEXT[lang];
        const typo = lang === 'fr' ? frenchTypography : (text) => text;
        if (hasSnippetBuilder) {
          main += `<div id="eer-snippet-builder" data-lang="${lang}"></div>\n<noscript><p class="note">${escapeHtml(typo(t.noscript))}</p></noscript>\n`;
          stylesheets.push(`${SNIPPET_BUILDER_ASSETS}/snippet-builder.css`);
          modules.push(CDN_BUNDLE, `${SNIPPET_BUILDER_ASSETS}/main.js`);
        } else {
          main += `<p class="note">${escapeHtml(typo(t.missing))}</p>\n`;
        }
      }
      write(
        page[lang].path,
        layout({
          lang,
          title,
          description: describe(html),
          path: page[lang].path,
          counterpart: page[other].path,
          section: page.id,
          main,
          stylesheets: [...new Set(stylesheets)],
          modules: [...new Set(modules)],
        }),
      );
    }
  }

  // 4. One reference page per widget.
  const themingPage = PAGES.find((p) => p.id === 'theming');
  for (const widget of widgets) {
    const example = readExample(join(guidesDir, 'examples'), widget.tag);
    for (const lang of LANGS) {
      const other = lang === 'fr' ? 'en' : 'fr';
      const markdown = createMarkdown(lang);
      const main = widgetPage(widget, {
        lang,
        widgets,
        fr,
        markdown,
        example,
        demoConfig: DEMO_CONFIG,
        themingPath: themingPage[lang].path,
      });
      const summary = lang === 'fr' ? fr.get(widget.tag).summary : widget.summary;
      write(
        widgetPath(lang, widget.tag),
        layout({
          lang,
          title: `<${widget.tag}>`,
          description: summary.replace(/`/g, ''),
          path: widgetPath(lang, widget.tag),
          counterpart: widgetPath(other, widget.tag),
          section: 'widgets',
          main,
          modules: [CDN_BUNDLE],
        }),
      );
    }
  }

  // 5. The SDK reference (typedoc), made to run under the strict CSP.
  const sdkPages = buildSdkReference({ docsDir, outDir: join(buildDir, 'sdk'), warn });

  // 6. Every link of the site's own pages resolves.
  const broken = [];
  for (const problem of checkLinks(written, folders)) {
    // Another package's build output (the CDN bundle, the React example's dist/) may be built
    // after the docs by `pnpm -r run build`; the site's test checks those links once all is built.
    if (/"\/(cdn|examples)\//.test(problem)) warn(problem);
    else broken.push(problem);
  }
  if (broken.length) throw new Error(`Broken links:\n  ${broken.join('\n  ')}`);

  for (const message of warnings) console.warn(`docs: warning: ${message}`);
  console.log(
    `docs: ${written.size} pages (${LANGS.length} languages, ${widgets.length} widgets), ` +
      `${sdkPages} SDK reference pages, snippet builder ${hasSnippetBuilder ? 'bundled' : 'absent'} → ` +
      `${buildDir} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}
