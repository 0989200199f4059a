/**
 * The snippet builder of the docs, end to end: the built site (`docs/build`,
 * from `pnpm run build` in docs/) served by the real server with the strict CSP,
 * in headless Chromium. The key checks: the snippet pasted into a blank page
 * gives the very widgets the preview shows, linked widgets follow their picker
 * there, and a shared link never redirects the contact requests elsewhere.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import axe from 'axe-core';
import { STRICT_CSP } from '@emplois-en-regions/server';
import { contrast, type Rgb } from '@emplois-en-regions/widgets/color';
import type { BrowserContext, Page } from 'playwright-core';
import {
  CDN_BUNDLE,
  CLS_BUDGET,
  openSite,
  paths,
  throttle,
  watchPage,
} from '../../scripts/testing/site-under-test.mjs';
import type { SiteUnderTest, WatchedPage } from '../../scripts/testing/site-under-test.mjs';
import { DEFAULT_LIMIT, defaultOptions, WIDGETS } from '../src/snippet-builder/options.js';
import { fromHash, ignoredApiHost, toHash } from '../src/snippet-builder/share-link.js';
import { buildSnippet, escapeAttribute, snippetBlocks, snippetHtml } from '../src/snippet-builder/snippet.js';
import { messages } from '../src/snippet-builder/messages.js';

/** How long a page may take to show its data (generous: CI machines run several browsers at once). */
const TIMEOUT = 30_000;
const FR_PATH = '/docs/generateur/';
const EN_PATH = '/docs/en/snippet-builder/';
const NNBSP = '\u202f';
const NBSP = '\u00a0';
/** The version the widgets' CDN build wrote, which the server serves, immutable, at /cdn/v<version>/. */
const VERSION = (JSON.parse(readFileSync(join(paths.cdnDir, 'version.json'), 'utf8')) as { version: string })
  .version;
/** The widgets' names in the French builder, in page order. */
const WIDGET_NAMES = ['Sélecteur de région', 'Bandeau d’événements', 'Formulaire de contact'] as const;
const ALL_WIDGETS = WIDGETS.join(',');

interface ApiRegion {
  code: string;
  name: { fr: string; en: string };
  served: boolean;
}

let site: SiteUnderTest;
let regions: ApiRegion[];
/** A served region (offered by the picker) with upcoming events, so a banner for it shows data. */
let eventRegion: string;

before(async () => {
  // The built docs (EER_DOCS_BUILD lets a scratch build stand in for docs/build).
  const docsHint = 'build the docs first (`cd docs && pnpm run build`).';
  site = await openSite({
    require: [
      ...['generateur/index.html', 'en/snippet-builder/index.html', 'assets/snippet-builder/main.js'].map(
        (file) => ({ path: join(paths.docsDir, file), hint: docsHint }),
      ),
      CDN_BUNDLE,
    ],
    docs: true,
    name: 'snippet-builder',
  });
  const key = 'key=pk_test_demo';
  regions = ((await (await fetch(`${site.url}/v1/regions?${key}`)).json()) as { data: ApiRegion[] }).data;
  const events = (await (await fetch(`${site.url}/v1/events?${key}&limit=50`)).json()) as {
    data: Array<{ regionCodes: string[]; location: { regionCode: string } | null }>;
  };
  const served = new Set(regions.filter((r) => r.served).map((r) => r.code));
  const found = events.data
    .map((event) => event.location?.regionCode ?? event.regionCodes[0])
    .find((code) => code && served.has(code));
  assert.ok(found, 'the demo database has upcoming events in a served region');
  eventRegion = found;
});

after(async () => {
  await site?.close();
});

// ——— Helpers.

interface Opened extends WatchedPage {
  context: BrowserContext;
}

async function newContext(colorScheme: 'light' | 'dark' = 'light'): Promise<BrowserContext> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  return context;
}

/** A new page of `context` that records errors and CSP violations from its first script on. */
async function watch(context: BrowserContext): Promise<Opened> {
  return { ...(await watchPage(await context.newPage())), context };
}

/** The builder page, its region list loaded and its preview shown. */
async function openBuilder(
  path = FR_PATH,
  hash = '',
  colorScheme: 'light' | 'dark' = 'light',
): Promise<Opened> {
  const opened = await watch(await newContext(colorScheme));
  const response = await opened.page.goto(`${site.url}${path}${hash ? `#${hash}` : ''}`);
  assert.equal(response?.status(), 200, `${path} answers 200`);
  assert.equal(
    response?.headers()['content-security-policy'],
    STRICT_CSP,
    'the docs are served with the strict CSP',
  );
  await opened.page.locator('.sb-code').first().waitFor({ timeout: TIMEOUT });
  await opened.page
    .locator('.sb-regions input[type=checkbox], #sb-banner-region')
    .first()
    .waitFor({ timeout: TIMEOUT });
  await opened.page
    .locator('.sb-preview > :not(eer-config)')
    .first()
    .waitFor({ state: 'attached', timeout: TIMEOUT });
  return opened;
}

/** Checks the page is clean (no CSP violation, no error), then closes its context. */
async function close(opened: Opened): Promise<void> {
  await opened.expectClean();
  await opened.context.close();
}

const snippetOf = (page: Page) => page.locator('.sb-code').innerText();

function expectedSnippet(widgets: string, config = ''): string {
  return [
    `<script type="module" src="${site.url}/cdn/v${VERSION}/eer-widgets.js"></script>`,
    `<eer-config api-key="pk_test_demo" api-base="${site.url}" lang="fr"${config}></eer-config>`,
    widgets,
  ].join('\n');
}

/** The snippet after the script and the configuration: the widget tags. */
const widgetLine = (snippet: string) => snippet.split('\n').slice(2).join('\n');

/** Checks exactly the named widgets of the page (French names), leaving the others out. */
async function chooseWidgets(page: Page, names: Array<(typeof WIDGET_NAMES)[number]>): Promise<void> {
  for (const name of names) await page.getByRole('checkbox', { name, exact: true }).check();
  for (const name of WIDGET_NAMES) {
    if (!names.includes(name)) await page.getByRole('checkbox', { name, exact: true }).uncheck();
  }
}

/** The attributes the snippet gave the preview's (first) widget (the widgets add their own internal ones). */
async function previewAttributes(page: Page, names: string[]): Promise<Record<string, string | null>> {
  return page
    .locator('.sb-preview > :not(eer-config)')
    .first()
    .evaluate((el, list) => Object.fromEntries(list.map((n) => [n, el.getAttribute(n)])), names);
}

/** WCAG contrast of two `rgb(r g b)` colors, with the widgets' own arithmetic. */
function ratio(a: string, b: string): number {
  const rgb = (css: string) => {
    const channels = (css.match(/[\d.]+/g) ?? []).map(Number);
    assert.equal(channels.length, 3, `${css} is an rgb(r g b) color`);
    return channels as Rgb;
  };
  return contrast(rgb(a), rgb(b));
}

/**
 * The composed tree of a widget as text — tags, attributes, text, the computed
 * colors of every part, button, link and input, and the host's tokens — through
 * nested shadow roots. A plain string evaluated in the page (tsx would wrap
 * functions written here with a helper the page does not have).
 */
const SNAPSHOT = `(selector) => {
  const roots = [...document.querySelectorAll(selector)];
  if (!roots.length) return null;
  const COLORS = ['color', 'background-color', 'border-top-color', 'text-decoration-color'];
  const TOKENS = ['--eer-accent', '--eer-on-accent', '--eer-accent-text', '--eer-radius', '--eer-surface', '--eer-text', '--eer-space', '--eer-control-height'];
  const lines = [];
  let busy = false;
  function walk(node, depth) {
    const pad = '  '.repeat(depth);
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent.replace(/\\s+/g, ' ').trim();
      if (text) lines.push(pad + JSON.stringify(text));
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node;
    if (el.classList.contains('skeleton') || el.getAttribute('aria-busy') === 'true') busy = true;
    const attrs = el.getAttributeNames().sort().map((n) => n + '=' + JSON.stringify(el.getAttribute(n)));
    lines.push(pad + '<' + el.localName + (attrs.length ? ' ' + attrs.join(' ') : '') + '>');
    const style = getComputedStyle(el);
    if (el.hasAttribute('part') || ['button', 'a', 'input', 'select', 'textarea'].includes(el.localName)) {
      lines.push(pad + '  {' + COLORS.map((p) => p + ':' + style.getPropertyValue(p)).join('; ') + '}');
    }
    if (el.shadowRoot) {
      lines.push(pad + '  {' + TOKENS.map((p) => p + ':' + style.getPropertyValue(p).trim()).join('; ') + '}');
      if (!el.shadowRoot.childNodes.length) busy = true;
      lines.push(pad + '  #shadow-root');
      for (const child of el.shadowRoot.childNodes) walk(child, depth + 2);
    } else if (el.localName.startsWith('eer-') && el.localName !== 'eer-config') {
      busy = true; // not upgraded yet
    }
    for (const child of el.childNodes) walk(child, depth + 1);
  }
  for (const root of roots) walk(root, 0);
  return { text: lines.join('\\n'), busy };
}`;

async function snapshot(page: Page, selector: string): Promise<{ text: string; busy: boolean } | null> {
  return page.evaluate(`(${SNAPSHOT})(${JSON.stringify(selector)})`);
}

/** Waits until the widgets of both pages have their data, then expects the same composed trees. */
async function expectSameWidget(preview: Page, pasted: Page): Promise<string> {
  const deadline = Date.now() + TIMEOUT;
  let a: Awaited<ReturnType<typeof snapshot>> = null;
  let b: Awaited<ReturnType<typeof snapshot>> = null;
  while (Date.now() < deadline) {
    a = await snapshot(preview, '.sb-preview > :not(eer-config)');
    b = await snapshot(pasted, 'main > :not(eer-config):not(script)');
    if (a && b && !a.busy && !b.busy && a.text === b.text) return a.text;
    await preview.waitForTimeout(150);
  }
  assert.ok(a && b, 'both pages show widgets');
  assert.equal(b.busy, false, `the pasted widgets finished loading:\n${b.text}`);
  assert.equal(a.busy, false, `the preview finished loading:\n${a.text}`);
  assert.equal(b.text, a.text, 'the pasted widgets are the preview’s');
  return a.text;
}

interface PasteOptions {
  /** Pasted in the page's `<head>` (the render-blocking script). */
  head?: string;
  /** The page's own content after the `<main>` that holds the snippet: what must not move. */
  after?: string;
  /** Runs before the page loads (init scripts, throttling). */
  prepare?: (page: Page) => Promise<void>;
}

/**
 * A blank page on the same origin, served with the strict CSP, with the snippet pasted in
 * its body (and, when given, a block in its head).
 */
async function pasteInto(
  context: BrowserContext,
  snippet: string,
  { head = '', after = '', prepare }: PasteOptions = {},
): Promise<Opened> {
  const opened = await watch(context);
  await prepare?.(opened.page);
  const url = `${site.url}/paste-test.html`;
  await opened.page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'Content-Security-Policy': STRICT_CSP },
      body: `<!doctype html>\n<html lang="fr">\n<head><meta charset="utf-8"><title>Page vierge</title>${head ? `\n${head}\n` : ''}</head>\n<body>\n<main>\n${snippet}\n</main>\n${after}</body>\n</html>\n`,
    }),
  );
  await opened.page.goto(url);
  return opened;
}

async function runAxe(page: Page): Promise<string[]> {
  // The page's CSP does not apply to DevTools evaluation: axe is injected as is.
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await (
      globalThis as unknown as {
        axe: {
          run(
            context: string,
            options: object,
          ): Promise<{
            violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }>;
          }>;
        };
      }
    ).axe.run('#eer-snippet-builder', { resultTypes: ['violations'] });
    return result.violations.map(
      (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
  });
  return violations;
}

// ——— Pure parts (no browser).

describe('snippet text', () => {
  const origin = 'https://eer.example';
  const cdn = { origin, version: '1.2.3' };
  const text = (options: ReturnType<typeof defaultOptions>) => snippetHtml(buildSnippet(options, cdn));

  test('the default snippet is the versioned script, the configuration and a bare tag', () => {
    assert.equal(
      text(defaultOptions(origin)),
      [
        '<script type="module" src="https://eer.example/cdn/v1.2.3/eer-widgets.js"></script>',
        '<eer-config api-key="pk_test_demo" api-base="https://eer.example" lang="fr"></eer-config>',
        '<eer-region-picker></eer-region-picker>',
      ].join('\n'),
    );
    // Without a known version, the latest build.
    assert.match(
      snippetHtml(buildSnippet(defaultOptions(origin), { origin })),
      /^<script type="module" src="https:\/\/eer\.example\/cdn\/eer-widgets\.js"><\/script>\n/,
    );
  });

  test('a page of several widgets: one script, one configuration, the banner and the form follow the picker', () => {
    const options = defaultOptions(origin);
    options.widgets = ['eer-region-picker', 'eer-event-banner', 'eer-advisor-contact-form'];
    options.form.regions = ['05']; // a fixed region would win over the picker's: left out while linked
    options.banner.region = '04';
    assert.equal(
      text(options),
      [
        '<script type="module" src="https://eer.example/cdn/v1.2.3/eer-widgets.js"></script>',
        '<eer-config api-key="pk_test_demo" api-base="https://eer.example" lang="fr"></eer-config>',
        '<eer-region-picker id="eer-region"></eer-region-picker>',
        '<eer-event-banner region-from="eer-region" region="04"></eer-event-banner>',
        '<eer-advisor-contact-form region-from="eer-region"></eer-advisor-contact-form>',
      ].join('\n'),
    );
    // Not linked: no id, no region-from; the form keeps its fixed region.
    options.link = false;
    assert.deepEqual(widgetLine(text(options)).split('\n'), [
      '<eer-region-picker></eer-region-picker>',
      '<eer-event-banner region="04"></eer-event-banner>',
      '<eer-advisor-contact-form region="05"></eer-advisor-contact-form>',
    ]);
    // Without a picker there is nothing to follow.
    options.link = true;
    options.widgets = ['eer-event-banner', 'eer-advisor-contact-form'];
    assert.doesNotMatch(text(options), /region-from|id=/);
    // The look on each widget, or once on <eer-config>.
    options.widgets = ['eer-region-picker', 'eer-event-banner'];
    options.accent = '#ff6600';
    assert.equal((text(options).match(/accent="#ff6600"/g) ?? []).length, 2);
    options.lookOnConfig = true;
    assert.equal((text(options).match(/accent="#ff6600"/g) ?? []).length, 1);
    assert.equal((text(options).match(/<script/g) ?? []).length, 1);
    assert.equal((text(options).match(/<eer-config/g) ?? []).length, 1);
  });

  test('attribute values are escaped; long tags put one attribute per line', () => {
    assert.equal(escapeAttribute(`a&b"c<d>'`), `a&amp;b&quot;c&lt;d&gt;'`);
    const options = defaultOptions(origin);
    options.widgets = ['eer-advisor-contact-form'];
    options.form.regions = ['04', '17'];
    options.form.privacyUrl = 'https://mrc.example/confidentialite?lang=fr&v="2"';
    assert.equal(
      widgetLine(text(options)),
      [
        '<eer-advisor-contact-form',
        '  region="04,17"',
        '  privacy-url="https://mrc.example/confidentialite?lang=fr&amp;v=&quot;2&quot;"',
        '></eer-advisor-contact-form>',
      ].join('\n'),
    );
  });

  test('options at their defaults, or without effect, stay out of the snippet', () => {
    const options = defaultOptions(origin);
    options.widgets = ['eer-event-banner'];
    options.banner.layout = 'card';
    options.banner.limit = 7; // a card shows one event
    options.theme = 'light';
    options.density = 'normal';
    assert.equal(widgetLine(text(options)), '<eer-event-banner layout="card"></eer-event-banner>');
    options.widgets = ['eer-region-picker'];
    options.picker.multiple = true;
    options.picker.detail = 'mrc'; // ignored by the picker with `multiple`
    assert.equal(widgetLine(text(options)), '<eer-region-picker multiple></eer-region-picker>');
  });

  test('the settings survive a round trip through the URL hash; junk in a link is ignored', () => {
    const options = defaultOptions(origin);
    options.widgets = ['eer-region-picker', 'eer-event-banner'];
    options.link = false;
    options.lang = 'en';
    options.radius = '0';
    options.banner = {
      region: '05',
      layout: 'list',
      type: 'webinar',
      limit: 7,
      dismissible: true,
      empty: 'message',
    };
    options.form.privacyUrl = '/confidentialite';
    const hash = toHash(options, origin);
    assert.equal(
      hash,
      'widgets=eer-region-picker%2Ceer-event-banner&link=0&lang=en&radius=0&region=05&layout=list&type=webinar&limit=7&dismissible=1&empty=message&privacy=%2Fconfidentialite',
    );
    const checks = { color: () => true };
    assert.deepEqual(fromHash(`#${hash}`, origin, checks), options);
    assert.equal(toHash(defaultOptions(origin), origin), '', 'the defaults make an empty hash');
    // Links shared before name one widget as `widget`.
    assert.deepEqual(fromHash('#widget=eer-event-banner', origin, checks).widgets, ['eer-event-banner']);
    // Tags in any order, repeated or unknown: the page order, once each.
    assert.deepEqual(
      fromHash(
        '#widgets=eer-advisor-contact-form,eer-evil,eer-region-picker,eer-region-picker',
        origin,
        checks,
      ).widgets,
      ['eer-region-picker', 'eer-advisor-contact-form'],
    );
    const junk = fromHash(
      '#widgets=eer-evil&mode=evil&limit=1000&region=99&key=sk_live_x&base=javascript:alert(1)&privacy=javascript:alert(1)',
      origin,
      checks,
    );
    assert.deepEqual(junk, defaultOptions(origin));
    // The limit a link may set is the one the field accepts: whole digits only.
    for (const limit of ['0x10', '1e1', '7.0', '-5']) {
      assert.equal(fromHash(`#limit=${limit}`, origin, checks).banner.limit, DEFAULT_LIMIT, limit);
    }
    assert.equal(fromHash('#limit=7', origin, checks).banner.limit, 7);
  });

  test('a link cannot set the API address: no foreign api-base in the snippet (issue 16)', () => {
    const checks = { color: () => true };
    const hash = '#widgets=eer-advisor-contact-form&base=https%3A%2F%2Fcollect.attacker.example%2Fv1x';
    const options = fromHash(hash, origin, checks);
    assert.equal(options.apiBase, origin);
    const snippet = text(options);
    assert.match(snippet, /api-base="https:\/\/eer\.example"/);
    assert.doesNotMatch(snippet, /attacker/);
    // The builder names the host it did not take.
    assert.equal(ignoredApiHost(hash, origin), 'collect.attacker.example');
    assert.equal(ignoredApiHost(`#base=${encodeURIComponent(origin)}`, origin), undefined);
    assert.equal(ignoredApiHost('#base=javascript:alert(1)', origin), undefined);
    // An address typed in the builder is never written into a shareable link.
    options.apiBase = 'https://api.mrc.example';
    assert.doesNotMatch(toHash(options, origin), /base|mrc\.example/);
  });

  test('with “apply to every widget”, the look goes on <eer-config>', () => {
    const options = defaultOptions(origin);
    options.lookOnConfig = true;
    options.theme = 'dark';
    options.accent = '#ff6600';
    const lines = text(options).split('\n');
    assert.deepEqual(lines.slice(1), [
      '<eer-config',
      '  api-key="pk_test_demo"',
      '  api-base="https://eer.example"',
      '  lang="fr"',
      '  theme="dark"',
      '  accent="#ff6600"',
      '></eer-config>',
      '<eer-region-picker></eer-region-picker>',
    ]);
  });

  test('the script in the <head> (issue 12): two blocks, the render-blocking script alone in the first', () => {
    const options = defaultOptions(origin);
    options.widgets = ['eer-region-picker', 'eer-event-banner'];
    // Off (the default): today's one block, the very text of snippetHtml.
    assert.deepEqual(snippetBlocks(buildSnippet(options, cdn)), [{ place: 'page', html: text(options) }]);
    assert.doesNotMatch(text(options), /blocking/);
    options.scriptInHead = true;
    assert.deepEqual(snippetBlocks(buildSnippet(options, cdn)), [
      {
        place: 'head',
        html: '<script type="module" blocking="render" src="https://eer.example/cdn/v1.2.3/eer-widgets.js"></script>',
      },
      {
        place: 'body',
        html: [
          '<eer-config api-key="pk_test_demo" api-base="https://eer.example" lang="fr"></eer-config>',
          '<eer-region-picker id="eer-region"></eer-region-picker>',
          '<eer-event-banner region-from="eer-region"></eer-event-banner>',
        ].join('\n'),
      },
    ]);
    // Kept in a shared link, and only when on.
    const hash = toHash(options, origin);
    assert.equal(hash, 'widgets=eer-region-picker%2Ceer-event-banner&head=1');
    assert.deepEqual(fromHash(`#${hash}`, origin, { color: () => true }), options);
    assert.equal(fromHash('#head=0', origin, { color: () => true }).scriptInHead, false);
  });
});

describe('texts', () => {
  /** Every text of a catalogue, functions called with sample arguments. */
  const texts = (value: unknown): string[] => {
    if (typeof value === 'string') return [value];
    if (typeof value === 'function') return texts((value as (...a: unknown[]) => unknown)('x', true, 'y'));
    if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
    return [];
  };

  test('French follows OQLF typography; no text is left uninterpolated', () => {
    assert.ok(texts(messages.fr).length > 100, 'every French text is checked');
    assert.equal(
      texts(messages.en).length,
      texts(messages.fr).length,
      'as many English texts as French ones',
    );
    for (const text of texts(messages.fr)) {
      // Non-breaking (narrow) spaces only before : ; ? !, « » for quotes.
      assert.doesNotMatch(text, / [:;?!]/, text);
      assert.doesNotMatch(text, /["“”]/, text);
    }
    for (const text of [...texts(messages.fr), ...texts(messages.en)])
      assert.doesNotMatch(text, /\$\{/, text);
  });

  test('French says « composant » and « la personne », as the rest of the docs, never « widget » or « visiteur »', () => {
    for (const text of texts(messages.fr)) {
      // The bundle's file name (/cdn/eer-widgets.js) is code, not a word.
      const words = text.replace(/\S*eer-widgets\S*/g, '');
      assert.doesNotMatch(words, /widget/i, text);
      assert.doesNotMatch(words, /visiteu/i, text);
    }
    assert.equal(messages.fr.widgets, 'Composants de la page');
    assert.equal(messages.fr.language, 'Langue des composants');
    assert.match(messages.fr.widgetNames['eer-region-picker'][1], /^La personne choisit/);
  });
});

// ——— In the browser.

describe('snippet builder page', () => {
  test('renders in French: labelled controls, the API’s regions, the preview and the default snippet', async () => {
    const opened = await openBuilder();
    const { page } = opened;
    assert.equal(await page.locator('.sb h2').first().innerText(), 'Réglages');
    assert.deepEqual(await page.locator('.sb-output h2').allInnerTexts(), ['Aperçu', 'Extrait à coller']);
    const picker = page.getByRole('checkbox', { name: 'Sélecteur de région', exact: true });
    await picker.waitFor();
    assert.ok(await picker.isChecked());
    for (const name of WIDGET_NAMES.slice(1)) {
      assert.equal(await page.getByRole('checkbox', { name, exact: true }).isChecked(), false, name);
    }
    // The 15 served regions, named from the API.
    const served = regions.filter((r) => r.served);
    assert.equal(served.length, 15);
    const labels = await page.locator('.sb-regions .sb-choice').allInnerTexts();
    assert.equal(labels.length, 15);
    for (const region of served) {
      assert.ok(
        labels.some((l) => l.startsWith(`${region.name.fr} (${region.code})`)),
        region.name.fr,
      );
    }
    assert.equal(await snippetOf(page), expectedSnippet('<eer-region-picker></eer-region-picker>'));
    // The real widget, with the real data.
    const preview = page.locator('.sb-preview eer-region-picker');
    await preview.locator('input[type=radio]').first().waitFor({ timeout: TIMEOUT });
    assert.equal(await preview.locator('input[type=radio]').count(), 15);
    assert.equal(await page.locator('eer-config').count(), 1, 'one <eer-config> on the page');
    // OQLF typography: never an ordinary space before : ; ? ! (non-breaking ones only).
    const text = await page.locator('.sb-settings').innerText();
    assert.doesNotMatch(text, / [:;?!]/);
    assert.match(text, new RegExp(`cochée${NBSP}:`));
    // The docs' words: « composant », « la personne ».
    const words = (await page.locator('#eer-snippet-builder').innerText()).replace(/\S*eer-widgets\S*/g, '');
    assert.doesNotMatch(words, /widget|visiteu/i);
    assert.match(words, /Composants de la page/);
    assert.match(words, /Langue des composants/);
    // The versioned script, said so under the snippet.
    assert.match(await page.locator('[data-hint=version]').innerText(), new RegExp(`version ${VERSION}`));
    await close(opened);
  });

  test('renders in English', async () => {
    const opened = await openBuilder(EN_PATH);
    const { page } = opened;
    assert.equal(await page.locator('.sb h2').first().innerText(), 'Settings');
    assert.ok(await page.getByRole('checkbox', { name: 'Event banner' }).isVisible());
    const labels = await page.locator('.sb-regions .sb-choice').allInnerTexts();
    const estrie = regions.find((r) => r.code === '05')!;
    assert.ok(labels.some((l) => l.startsWith(`${estrie.name.en} (05)`)));
    // The widget's language is a setting of its own, French by default.
    assert.equal(await snippetOf(page), expectedSnippet('<eer-region-picker></eer-region-picker>'));
    await close(opened);
  });

  test('choosing options updates the preview and the snippet, with only the chosen attributes', async () => {
    const opened = await openBuilder();
    const { page } = opened;
    await page.getByRole('radio', { name: 'Carte' }).check();
    await page.getByRole('checkbox', { name: 'Choix de plusieurs régions' }).check();
    await page.getByRole('textbox', { name: 'Nom du champ' }).fill('regions');
    // Applied once the visitor pauses typing, without leaving the field.
    await page.locator('.sb-code').filter({ hasText: 'name="regions"' }).waitFor({ timeout: 5_000 });
    await page.getByRole('checkbox', { name: /^Choix obligatoire/ }).check();
    await page.getByRole('checkbox', { name: /^Estrie \(05\)/ }).check();
    await page.getByRole('checkbox', { name: /^Capitale-Nationale \(03\)/ }).check();
    assert.equal(
      widgetLine(await snippetOf(page)),
      '<eer-region-picker mode="map" regions="03,05" multiple name="regions" required></eer-region-picker>',
    );
    assert.deepEqual(
      await previewAttributes(page, ['mode', 'regions', 'multiple', 'name', 'required', 'detail']),
      {
        mode: 'map',
        regions: '03,05',
        multiple: '',
        name: 'regions',
        required: '',
        detail: null,
      },
    );
    // The map shows only the two regions offered.
    const map = page.locator('.sb-preview eer-region-picker [part=map]');
    await map.waitFor({ timeout: TIMEOUT });

    // Back to the defaults: the attributes leave the snippet and the preview.
    await page.getByRole('radio', { name: 'Liste' }).check();
    await page.getByRole('checkbox', { name: 'Choix de plusieurs régions' }).uncheck();
    await page.getByRole('textbox', { name: 'Nom du champ' }).fill('');
    await page.getByRole('checkbox', { name: /^Choix obligatoire/ }).uncheck();
    await page.getByRole('checkbox', { name: /^Estrie \(05\)/ }).uncheck();
    await page.getByRole('checkbox', { name: /^Capitale-Nationale \(03\)/ }).uncheck();
    assert.equal(widgetLine(await snippetOf(page)), '<eer-region-picker></eer-region-picker>');
    assert.deepEqual(await previewAttributes(page, ['mode', 'regions', 'multiple', 'name', 'required']), {
      // `mode` and `name` are reflected by the widget itself from their defaults.
      mode: 'list',
      regions: null,
      multiple: null,
      name: '',
      required: null,
    });

    // The banner: its layout, region, limit; the limit disappears with the card layout.
    await chooseWidgets(page, ['Bandeau d’événements']);
    await page.getByRole('combobox', { name: 'Région des événements' }).selectOption(eventRegion);
    await page.getByRole('radio', { name: 'Liste' }).check();
    await page.getByRole('textbox', { name: 'Nombre maximal d’événements' }).fill('5');
    await page.getByRole('checkbox', { name: 'La personne peut fermer le bandeau' }).check();
    assert.equal(
      widgetLine(await snippetOf(page)),
      `<eer-event-banner layout="list" region="${eventRegion}" limit="5" dismissible></eer-event-banner>`,
    );
    await page.locator('.sb-preview eer-event-banner [part=title]').first().waitFor({ timeout: TIMEOUT });
    await page.getByRole('textbox', { name: 'Nombre maximal d’événements' }).fill('3');
    await page.getByRole('radio', { name: /^Carte/ }).check();
    assert.equal(
      widgetLine(await snippetOf(page)),
      `<eer-event-banner layout="card" region="${eventRegion}" dismissible></eer-event-banner>`,
    );

    // The widget's language goes to <eer-config>, and the preview follows it.
    await chooseWidgets(page, ['Sélecteur de région']);
    await page.getByRole('radio', { name: 'English' }).check();
    assert.match((await snippetOf(page)).split('\n')[1]!, /lang="en"/);
    await page
      .locator('.sb-preview eer-region-picker legend')
      .filter({ hasText: /^Region$/ })
      .waitFor({ timeout: TIMEOUT });
    assert.equal(await page.locator('eer-config').count(), 1, 'still one <eer-config> on the page');
    await close(opened);
  });

  test('the contact form: fixed regions, escaped privacy URL, and the Law 25 warning while it is empty', async () => {
    const opened = await openBuilder();
    const { page } = opened;
    await chooseWidgets(page, ['Formulaire de contact']);
    const warning = page.locator('[data-control=privacyUrl] .sb-warning');
    assert.match(await warning.innerText(), /Loi\u00a025/);
    const privacy = page.getByRole('textbox', { name: 'Adresse de votre politique de confidentialité' });
    assert.match((await privacy.getAttribute('aria-describedby')) ?? '', /sb-privacyUrl-warning/);
    await privacy.fill('https://mrc.example/confidentialite?a=1&b="2"');
    await privacy.press('Tab');
    assert.equal(await warning.count(), 0);
    await page.getByRole('checkbox', { name: /^Estrie \(05\)/ }).check();
    assert.equal(
      widgetLine(await snippetOf(page)),
      [
        '<eer-advisor-contact-form',
        '  region="05"',
        '  privacy-url="https://mrc.example/confidentialite?a=1&amp;b=&quot;2&quot;"',
        '></eer-advisor-contact-form>',
      ].join('\n'),
    );
    assert.deepEqual(await previewAttributes(page, ['region', 'privacy-url']), {
      region: '05',
      'privacy-url': 'https://mrc.example/confidentialite?a=1&b="2"',
    });
    await privacy.fill('javascript:alert(1)');
    await privacy.press('Tab');
    assert.equal(await privacy.getAttribute('aria-invalid'), 'true');
    assert.match(widgetLine(await snippetOf(page)), /privacy-url="https:\/\/mrc\.example/);
    // The form warns on the console without privacy-url: that is expected, not a page error.
    await close(opened);
  });

  test('a failing accent shows the warning and the colors the widget will use instead', async () => {
    const opened = await openBuilder();
    const { page } = opened;
    const field = page.getByRole('textbox', { name: 'Couleur CSS' });
    await field.fill('#ffff00');
    await field.press('Tab');
    const light = page.locator('.sb-surface[data-surface=light]');
    assert.equal(await page.locator('.sb-surface').count(), 1, 'light theme: one surface');
    const warning = light.locator('[data-warning=contrast]');
    assert.match(await warning.innerText(), /1,07:1/);
    assert.match(await warning.innerText(), /plus foncée/);
    const fill = (await light.locator('[data-role=fill] code').innerText()).trim();
    const text = (await light.locator('[data-role=text] code').innerText()).trim();
    assert.notEqual(fill, 'rgb(255 255 0)');
    assert.ok(ratio(fill, 'rgb(255 255 255)') >= 3, `${fill} reaches 3:1 on white`);
    assert.ok(ratio(text, 'rgb(255 255 255)') >= 4.5, `${text} reaches 4.5:1 on white`);
    assert.equal(await light.locator('[data-role=fill]').getAttribute('data-adjusted'), 'true');
    // The preview's widget uses exactly those colors.
    const host = page.locator('.sb-preview eer-region-picker');
    const tokens = await host.evaluate((el) => ({
      accent: getComputedStyle(el).getPropertyValue('--eer-accent').trim(),
      text: getComputedStyle(el).getPropertyValue('--eer-accent-text').trim(),
    }));
    assert.deepEqual(tokens, { accent: fill, text });
    // Announced politely.
    assert.match(await page.locator('[data-status=announce]').innerText(), /Sur fond clair/);
    assert.equal(
      widgetLine(await snippetOf(page)),
      '<eer-region-picker accent="#ffff00"></eer-region-picker>',
    );

    // A color with enough contrast: no warning, the color used as is.
    await field.fill('#1d4ed8');
    await field.press('Tab');
    assert.equal(await page.locator('[data-warning=contrast]').count(), 0);
    assert.equal((await light.locator('[data-role=text] code').innerText()).trim(), 'rgb(29 78 216)');
    assert.match(await light.locator('.sb-ok').innerText(), /telle quelle/);

    // `auto` shows both surfaces: this blue is too dark for the dark one.
    await page.getByRole('radio', { name: /^Automatique/ }).check();
    assert.equal(await page.locator('.sb-surface').count(), 2);
    assert.equal(await light.locator('[data-warning=contrast]').count(), 0);
    const dark = page.locator('.sb-surface[data-surface=dark]');
    assert.match(await dark.locator('[data-warning=contrast]').innerText(), /plus claire/);
    const darkText = (await dark.locator('[data-role=text] code').innerText()).trim();
    assert.ok(ratio(darkText, 'rgb(28 30 33)') >= 4.5);
    await close(opened);
  });

  test('an invalid color, radius, key or API address: a clear error, the previous value kept', async () => {
    const opened = await openBuilder();
    const { page } = opened;
    const field = page.getByRole('textbox', { name: 'Couleur CSS' });
    await field.fill('rebeccapurple');
    await field.press('Tab');
    await field.fill('bleuu');
    await field.press('Tab');
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    const error = await page.locator('#sb-accent-error').innerText();
    assert.equal(
      error,
      '« bleuu » n’est pas une couleur CSS utilisable ici. La couleur précédente (rebeccapurple) est conservée.',
    );
    assert.match(await page.locator('[data-status=announce]').innerText(), /bleuu/);
    assert.equal(
      widgetLine(await snippetOf(page)),
      '<eer-region-picker accent="rebeccapurple"></eer-region-picker>',
    );
    assert.equal(await field.inputValue(), 'bleuu', 'what the visitor typed stays in the field');
    // Fixing it clears the error.
    await field.fill('navy');
    assert.equal(await field.getAttribute('aria-invalid'), 'false');
    assert.equal(await page.locator('#sb-accent-error').innerText(), '');

    const radius = page.getByRole('textbox', { name: 'Arrondi des coins' });
    await radius.fill('12px');
    await radius.fill('12 pouces');
    await radius.press('Tab');
    assert.equal(await radius.getAttribute('aria-invalid'), 'true');
    assert.match(widgetLine(await snippetOf(page)), /radius="12px"/);

    // A secret key is never put in a page.
    const key = page.getByRole('textbox', { name: 'Clé publiable' });
    await key.fill('sk_test_secret');
    await key.press('Enter'); // submits the settings form: every field is committed
    assert.match(await page.locator('#sb-apiKey-error').innerText(), /clé secrète/);
    assert.doesNotMatch(await snippetOf(page), /sk_test/);

    const base = page.getByRole('textbox', { name: 'Adresse de l’API' });
    await base.fill('ftp://eer.example');
    await base.press('Tab');
    assert.equal(await base.getAttribute('aria-invalid'), 'true');
    assert.match(await snippetOf(page), new RegExp(`api-base="${site.url}"`));
    await close(opened);
  });

  test('the copy button puts the exact snippet in the clipboard and says so', async () => {
    const opened = await openBuilder(FR_PATH, 'widget=eer-event-banner&layout=card&accent=%23ff6600');
    const { page } = opened;
    await page.getByRole('button', { name: 'Copier l’extrait' }).click();
    const status = page.locator('[data-status=copy]');
    await status.filter({ hasText: `Copié${NNBSP}!` }).waitFor({ timeout: 5_000 });
    assert.equal(await status.getAttribute('role'), 'status');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await snippetOf(page));
    assert.equal(
      copied,
      expectedSnippet('<eer-event-banner layout="card" accent="#ff6600"></eer-event-banner>'),
    );
    // The shareable link.
    await page.getByRole('button', { name: 'Copier le lien de ces réglages' }).click();
    await page.locator('[data-status=actions]').filter({ hasText: 'Lien copié' }).waitFor({ timeout: 5_000 });
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(link, page.url());
    assert.match(link, /#.*layout=card/);
    await close(opened);
  });

  test('a shared link restores the settings; Reset returns to the defaults', async () => {
    const opened = await openBuilder(
      FR_PATH,
      'widget=eer-advisor-contact-form&theme=dark&density=compact&radius=0',
    );
    const { page } = opened;
    assert.ok(await page.getByRole('checkbox', { name: 'Formulaire de contact' }).isChecked());
    assert.equal(await page.getByRole('checkbox', { name: 'Sélecteur de région' }).isChecked(), false);
    assert.ok(await page.getByRole('radio', { name: 'Sombre' }).isChecked());
    assert.equal(await page.getByRole('textbox', { name: 'Arrondi des coins' }).inputValue(), '0');
    assert.equal(
      widgetLine(await snippetOf(page)),
      '<eer-advisor-contact-form theme="dark" radius="0" density="compact"></eer-advisor-contact-form>',
    );
    // Another anchor of the page (the skip link) is not a setting: nothing changes.
    await page.evaluate(() => (location.hash = 'contenu'));
    await page.waitForTimeout(100);
    assert.match(widgetLine(await snippetOf(page)), /theme="dark"/);
    await page.getByRole('button', { name: 'Réinitialiser' }).click();
    await page.locator('[data-status=actions]').filter({ hasText: 'Réglages réinitialisés.' }).waitFor();
    assert.equal(await snippetOf(page), expectedSnippet('<eer-region-picker></eer-region-picker>'));
    assert.ok(await page.getByRole('radio', { name: 'Clair' }).isChecked());
    assert.equal(await page.getByRole('textbox', { name: 'Arrondi des coins' }).inputValue(), '');
    assert.equal(new URL(page.url()).hash, '');
    await close(opened);
  });

  test('a shared link with a region the controls do not offer drops it', async () => {
    const unserved = regions.find((r) => !r.served)!;
    const opened = await openBuilder(
      FR_PATH,
      `widget=eer-advisor-contact-form&form-regions=05,${unserved.code}`,
    );
    const { page } = opened;
    await page.getByRole('checkbox', { name: /^Estrie \(05\)/ }).waitFor();
    await page.waitForFunction(() => !document.querySelector('.sb-code')?.textContent?.includes(','));
    assert.match(widgetLine(await snippetOf(page)), /region="05"/);
    assert.ok(await page.getByRole('checkbox', { name: /^Estrie \(05\)/ }).isChecked());
    await close(opened);
  });

  test('no accessibility violation (axe) in French and English, in several states', async () => {
    const fr = await openBuilder();
    assert.deepEqual(await runAxe(fr.page), [], 'default state');
    const field = fr.page.getByRole('textbox', { name: 'Couleur CSS' });
    await field.fill('#ffff00');
    await fr.page.getByRole('radio', { name: /^Automatique/ }).check();
    await field.fill('pas une couleur');
    await field.press('Tab');
    await chooseWidgets(fr.page, ['Formulaire de contact']);
    await fr.page
      .locator('.sb-preview eer-advisor-contact-form button[part=submit]')
      .waitFor({ timeout: TIMEOUT });
    assert.deepEqual(await runAxe(fr.page), [], 'warnings and errors shown, contact form previewed');
    await chooseWidgets(fr.page, ['Bandeau d’événements']);
    await fr.page.locator('.sb-preview eer-event-banner [part=title]').first().waitFor({ timeout: TIMEOUT });
    assert.deepEqual(await runAxe(fr.page), [], 'banner previewed');
    await chooseWidgets(fr.page, [...WIDGET_NAMES]);
    await fr.page
      .locator('.sb-preview eer-advisor-contact-form button[part=submit]')
      .waitFor({ timeout: TIMEOUT });
    assert.deepEqual(await runAxe(fr.page), [], 'three linked widgets previewed');
    await close(fr);

    const en = await openBuilder(EN_PATH, 'mode=combobox&theme=dark&accent=%23ffff00');
    await en.page.locator('.sb-preview eer-region-picker input[part=input]').waitFor({ timeout: TIMEOUT });
    assert.deepEqual(await runAxe(en.page), [], 'English, dark, combobox');
    await close(en);
  });

  test('keyboard only: the settings are reachable and operable with Tab, arrows and Space', async () => {
    const opened = await openBuilder();
    const { page } = opened;
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement;
        return `${el.type}:${el.id || el.value}`;
      });
    await page.getByRole('checkbox', { name: 'Sélecteur de région' }).focus();
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'checkbox:sb-widget-eer-event-banner');
    await page.keyboard.press('Space');
    assert.equal(
      widgetLine(await snippetOf(page)),
      '<eer-region-picker id="eer-region"></eer-region-picker>\n<eer-event-banner region-from="eer-region"></eer-event-banner>',
    );
    // The link control appears after the widgets; Space unlinks them.
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'checkbox:sb-widget-eer-advisor-contact-form');
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'checkbox:sb-link');
    await page.keyboard.press('Space');
    assert.doesNotMatch(await snippetOf(page), /region-from|id=/);
    // Tab moves on to the language group, then Space does not change a checked radio.
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'radio:fr');
    await page.keyboard.press('Space');
    assert.ok(await page.getByRole('radio', { name: 'Français' }).isChecked());
    assert.match((await snippetOf(page)).split('\n')[1]!, /lang="fr"/);
    await page.getByRole('button', { name: 'Copier l’extrait' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-status=copy]').filter({ hasText: 'Copié' }).waitFor({ timeout: 5_000 });
    await close(opened);
  });
});

describe('the snippet pasted into a blank page gives the preview’s widgets', () => {
  /** A served region's name as the API gives it, to find in the rendered tree. */
  const estrie = (lang: 'fr' | 'en') => new RegExp(regions.find((r) => r.code === '05')!.name[lang]);
  const combos: Array<{
    name: string;
    hash: () => string;
    path?: string;
    dark?: boolean;
    /** Changes made in the builder's controls, after it opened with `hash`. */
    act?: (page: Page) => Promise<void>;
    expect: () => RegExp[];
  }> = [
    { name: 'region picker, defaults', hash: () => '', expect: () => [estrie('fr')] },
    {
      name: 'region picker: map, several regions, named and required, failing accent on dark, compact, square corners',
      hash: () =>
        'mode=map&multiple=1&name=regions&required=1&accent=%23ffff00&theme=dark&density=compact&radius=0',
      expect: () => [/part="map"/, /--eer-accent:rgb\(255 255 0\)/, /--eer-radius:0px/],
    },
    {
      name: 'region picker: combobox down to the municipality, every region, English',
      hash: () => 'mode=combobox&detail=municipality&scope=all&lang=en&accent=rebeccapurple',
      path: EN_PATH,
      expect: () => [/part="input"/, /role="combobox"/],
    },
    {
      name: 'event banner: list of 5 of a region, dismissible, message when empty, rounded',
      hash: () =>
        `widget=eer-event-banner&layout=list&limit=5&region=${eventRegion}&dismissible=1&empty=message&radius=1rem`,
      expect: () => [/part="title"/, /part="close-button"/, /--eer-radius:1rem/],
    },
    {
      name: 'event banner: card, automatic theme in a dark system, comfortable',
      hash: () =>
        `widget=eer-event-banner&layout=card&region=${eventRegion}&theme=auto&accent=%231d4ed8&density=comfortable`,
      dark: true,
      // #1d4ed8 is too dark for the dark surface: the widget lightens it.
      expect: () => [/part="title"/, /--eer-surface:#1c1e21/, /--eer-space:1rem/],
    },
    {
      name: 'contact form: fixed regions, privacy URL, look on <eer-config>',
      hash: () =>
        'widget=eer-advisor-contact-form&form-regions=04,05&privacy=https%3A%2F%2Fmrc.example%2Fconfidentialite&config=1&accent=%23ff6600&theme=dark',
      expect: () => [
        /part="submit"/,
        /href="https:\/\/mrc\.example\/confidentialite"/,
        /--eer-accent:rgb\(255 102 0\)/,
      ],
    },
    {
      name: 'contact form with its embedded region picker, English',
      hash: () => 'widget=eer-advisor-contact-form&lang=en&privacy=%2Fprivacy&accent=%23008000',
      expect: () => [/<eer-region-picker/, estrie('en'), /"Send my request"|part="submit"/],
    },
    {
      name: 'a page of three widgets linked to a combobox, look on <eer-config>, banner as a list',
      hash: () =>
        `widgets=${ALL_WIDGETS}&mode=combobox&layout=list&privacy=%2Fconfidentialite&config=1&accent=%23ff6600`,
      expect: () => [
        /<eer-region-picker[^>]* id="eer-region"/,
        /<eer-event-banner[^>]* region-from="eer-region"/,
        /<eer-advisor-contact-form[^>]* region-from="eer-region"/,
        /part="input"/,
        // The orange from <eer-config> (darkened a little for contrast on white) on every widget.
        /<eer-event-banner[^>]* style="--eer-accent: rgb\(2[45]\d \d+ 0\)/,
        /<eer-advisor-contact-form[^>]* style="--eer-accent: rgb\(2[45]\d \d+ 0\)/,
      ],
    },
    {
      name: 'region picker changed live: accent typed then picked, corners, theme (the preview updated in place)',
      hash: () => 'accent=%23ffff00&radius=2px',
      act: async (page) => {
        const accent = page.getByRole('textbox', { name: 'Couleur CSS' });
        await accent.fill('#ff00ff');
        await page.locator('#sb-accent-palette').fill('#008000');
        await page.getByRole('textbox', { name: 'Arrondi des coins' }).fill('6px');
        await page.getByRole('radio', { name: 'Sombre' }).check();
        await page.getByRole('radio', { name: 'Compacte' }).check();
      },
      expect: () => [/accent="#008000"/, /--eer-radius:6px/, /data-eer-theme="dark"/],
    },
    {
      name: 'contact form changed live: look moved to <eer-config>, its accent changed, then English',
      hash: () => 'widget=eer-advisor-contact-form&accent=%23ff6600&privacy=%2Fconfidentialite',
      act: async (page) => {
        await page.getByRole('checkbox', { name: /^Appliquer l’apparence/ }).check();
        await page.getByRole('textbox', { name: 'Couleur CSS' }).fill('#1d4ed8');
        await page.getByRole('radio', { name: 'English' }).check();
      },
      expect: () => [/--eer-accent:rgb\(29 78 216\)/, /"Send/, estrie('en')],
    },
  ];

  for (const combo of combos) {
    test(combo.name, async () => {
      // A dark system from the start: both pages load in it.
      const builder = await openBuilder(combo.path ?? FR_PATH, combo.hash(), combo.dark ? 'dark' : 'light');
      await combo.act?.(builder.page);
      const snippet = await snippetOf(builder.page);
      const pasted = await pasteInto(builder.context, snippet);

      // The same widget — tag, attributes, rendered tree, texts, colors of its parts, tokens — once both have their data.
      const tree = await expectSameWidget(builder.page, pasted.page);
      assert.match(tree, /#shadow-root/);
      for (const pattern of combo.expect()) assert.match(tree, pattern);

      // The same <eer-config>, the only one on each page.
      const tagOf = (page: Page, selector: string) =>
        page.locator(selector).evaluate((el) => [
          el.localName,
          ...el
            .getAttributeNames()
            .sort()
            .map((n) => `${n}=${el.getAttribute(n)}`),
        ]);
      assert.deepEqual(
        await tagOf(pasted.page, 'main > eer-config'),
        await tagOf(builder.page, '.sb-preview > eer-config'),
      );
      assert.equal(await pasted.page.locator('eer-config').count(), 1);
      assert.equal(await builder.page.locator('eer-config').count(), 1);

      await pasted.expectClean();
      await close(builder);
    });
  }
});

describe('a page of linked widgets', () => {
  test('pasted into a blank page under the strict CSP: one script, one configuration, the banner and the form follow the picker', async () => {
    const builder = await openBuilder();
    const { page } = builder;
    // Built with the controls: the banner and the form added to the picker are linked to it.
    await chooseWidgets(page, [...WIDGET_NAMES]);
    assert.ok(await page.getByRole('checkbox', { name: 'Relier au sélecteur de région' }).isChecked());
    assert.match(
      await page.locator('#sb-link-hint').innerText(),
      /^Le bandeau et le formulaire suivent la région/,
    );
    // The form's own regions give way to the picker's.
    assert.equal(await page.locator('[data-control=form-regions] input').count(), 0);
    await page
      .getByRole('textbox', { name: 'Adresse de votre politique de confidentialité' })
      .fill('/vie-privee');
    await page.getByRole('textbox', { name: 'Adresse de votre politique de confidentialité' }).press('Tab');
    const snippet = await snippetOf(page);
    assert.equal(
      snippet,
      expectedSnippet(
        [
          '<eer-region-picker id="eer-region"></eer-region-picker>',
          '<eer-event-banner region-from="eer-region"></eer-event-banner>',
          '<eer-advisor-contact-form',
          '  region-from="eer-region"',
          '  privacy-url="/vie-privee"',
          '></eer-advisor-contact-form>',
        ].join('\n'),
      ),
    );
    assert.equal(
      new URL(page.url()).hash,
      `#widgets=${encodeURIComponent(ALL_WIDGETS)}&privacy=%2Fvie-privee`,
    );

    const pasted = await pasteInto(builder.context, snippet);
    const p = pasted.page;
    await expectSameWidget(page, p);
    // (The banner adds a JSON-LD data block of its events: a script element, but no code.)
    assert.equal(await p.locator('script[src]').count(), 1, 'one script');
    assert.equal(await p.locator('eer-config').count(), 1, 'one <eer-config>');
    // One region chooser on the page: the form follows the picker instead of embedding its own.
    assert.equal(await p.locator('eer-region-picker').count(), 1, 'one region picker, shadow roots included');
    const eventsIn = (region: string | null) =>
      pasted.apiRequests.some((u) => u.pathname === '/v1/events' && u.searchParams.get('region') === region);
    assert.ok(eventsIn(null), 'before a choice, the banner shows every region’s events');

    // Choosing a region in the picker: the banner loads and shows that region's events…
    await p.locator(`main > eer-region-picker input[value="${eventRegion}"]`).check();
    const deadline = Date.now() + TIMEOUT;
    while (!eventsIn(eventRegion) && Date.now() < deadline) await p.waitForTimeout(100);
    assert.ok(eventsIn(eventRegion), `the banner asked for the events of region ${eventRegion}`);
    await p.locator('main > eer-event-banner [part=title]').first().waitFor({ timeout: TIMEOUT });

    // …and the form sends it with the request.
    const form = p.locator('main > eer-advisor-contact-form');
    await form.locator('#firstName').fill('Awa');
    await form.locator('#lastName').fill('Diallo');
    await form.locator('#email').fill('awa.diallo@example.org');
    await form
      .locator('#message')
      .fill('Bonjour, je souhaite m’installer dans cette région avec ma famille.');
    await form.locator('#consent').check();
    const request = p.waitForRequest(
      (r) => r.method() === 'POST' && new URL(r.url()).pathname === '/v1/contact-requests',
      { timeout: TIMEOUT },
    );
    await form.locator('button[part=submit]').click();
    const body = (await request).postDataJSON() as { regionCodes: string[] };
    assert.deepEqual(body.regionCodes, [eventRegion]);
    await form.locator('[part=success]').waitFor({ timeout: TIMEOUT });

    await pasted.expectClean();
    await close(builder);
  });

  test('unlinked, each widget keeps its own region and the form its own picker', async () => {
    const builder = await openBuilder(FR_PATH, `widgets=${ALL_WIDGETS}&link=0&form-regions=05`);
    const { page } = builder;
    assert.equal(
      await page.getByRole('checkbox', { name: 'Relier au sélecteur de région' }).isChecked(),
      false,
    );
    assert.equal(
      widgetLine(await snippetOf(page)),
      [
        '<eer-region-picker></eer-region-picker>',
        '<eer-event-banner></eer-event-banner>',
        '<eer-advisor-contact-form region="05"></eer-advisor-contact-form>',
      ].join('\n'),
    );
    // The last widget cannot be left out: the page keeps at least one.
    await chooseWidgets(page, ['Bandeau d’événements']);
    await page.getByRole('checkbox', { name: 'Bandeau d’événements' }).click();
    assert.ok(await page.getByRole('checkbox', { name: 'Bandeau d’événements' }).isChecked());
    await page
      .locator('[data-status=announce]')
      .filter({ hasText: 'La page garde au moins un composant.' })
      .waitFor({ timeout: 5_000 });
    assert.equal(widgetLine(await snippetOf(page)), '<eer-event-banner></eer-event-banner>');
    await close(builder);
  });
});

describe('a shared link cannot send the contact requests elsewhere (issue 16)', () => {
  test('a link with base=: no foreign api-base in the snippet, and the builder says why', async () => {
    const attacker = 'https://collect.attacker.example/v1x';
    const opened = await openBuilder(
      FR_PATH,
      `widgets=eer-advisor-contact-form&privacy=%2Fconfidentialite&base=${encodeURIComponent(attacker)}`,
    );
    const { page } = opened;
    const snippet = await snippetOf(page);
    assert.doesNotMatch(snippet, /attacker/);
    assert.match(snippet, new RegExp(`api-base="${site.url}"`));
    assert.equal(await page.getByRole('textbox', { name: 'Adresse de l’API' }).inputValue(), site.url);
    const notice = await page.locator('[data-warning=ignored-api]').innerText();
    assert.match(notice, /collect\.attacker\.example/);
    assert.match(notice, /n’a pas été reprise/);
    // Neither the page's address nor a copied link carries it on.
    assert.doesNotMatch(page.url(), /base=|attacker/);
    await page.getByRole('button', { name: 'Copier le lien de ces réglages' }).click();
    await page.locator('[data-status=actions]').filter({ hasText: 'Lien copié' }).waitFor({ timeout: 5_000 });
    assert.doesNotMatch(await page.evaluate(() => navigator.clipboard.readText()), /base=|attacker/);
    await close(opened);
  });

  test('another API address typed in the builder: a plain warning that the requests go to that host', async () => {
    const opened = await openBuilder(FR_PATH, 'widgets=eer-advisor-contact-form&privacy=%2Fconfidentialite');
    const { page } = opened;
    assert.equal(await page.locator('[data-warning=foreign-api]').count(), 0);
    const base = page.getByRole('textbox', { name: 'Adresse de l’API' });
    await base.fill('https://api.mrc.example/');
    await base.press('Tab');
    assert.match(await snippetOf(page), /api-base="https:\/\/api\.mrc\.example"/);
    const warning = await page.locator('[data-warning=foreign-api]').innerText();
    assert.match(warning, /^Attention/);
    assert.match(
      warning,
      /chaque demande envoyée par le formulaire de contact \(nom, courriel, message\) ira à api\.mrc\.example/,
    );
    // The field says it too.
    assert.match((await base.getAttribute('aria-describedby')) ?? '', /sb-apiBase-warning/);
    assert.doesNotMatch(page.url(), /mrc\.example/);
    // The preview cannot reach that host under this page's CSP: blocked requests are expected here.
    await opened.context.close();
  });
});

describe('the script in the <head>, render-blocking (issue 12)', () => {
  const HEAD_FR = /^Je peux modifier le <head> de la page/;
  const HEAD_EN = /^I can edit the page’s <head>/;
  const headScript = () =>
    `<script type="module" blocking="render" src="${site.url}/cdn/v${VERSION}/eer-widgets.js"></script>`;
  const codeOf = (page: Page, place: 'head' | 'body') =>
    page.locator(`.sb-code[data-place=${place}]`).innerText();

  test('off by default: today’s one block; on: a <head> block and a page block, each with its copy button; kept in the link, cleared by Reset', async () => {
    const opened = await openBuilder();
    const { page } = opened;
    const option = page.getByRole('checkbox', { name: HEAD_FR });
    assert.equal(await option.isChecked(), false);
    assert.equal(await page.locator('.sb-code').count(), 1);
    assert.equal(await snippetOf(page), expectedSnippet('<eer-region-picker></eer-region-picker>'));
    assert.equal(await page.locator('.sb-block-title').count(), 0);
    // Its explanation, tied to it, in the docs' typography.
    const hint = await page.locator('#sb-head-hint').innerText();
    assert.equal(await option.getAttribute('aria-describedby'), 'sb-head-hint');
    assert.match(hint, /composants déjà en place/);
    assert.match(hint, /un peu plus tard à la première visite/);
    assert.match(hint, /un an\.$/);
    assert.doesNotMatch(hint, / [:;?!]/);

    await option.check();
    assert.deepEqual(await page.locator('.sb-block-title').allInnerTexts(), [
      'Dans le <head>',
      'Dans la page, là où les composants s’affichent',
    ]);
    assert.equal(await codeOf(page, 'head'), headScript());
    const body = expectedSnippet('<eer-region-picker></eer-region-picker>').split('\n').slice(1).join('\n');
    assert.equal(await codeOf(page, 'body'), body);
    assert.doesNotMatch(await codeOf(page, 'body'), /<script/);
    assert.equal(new URL(page.url()).hash, '#head=1');

    // Each copy button copies its block and says so in its own status line.
    for (const [name, place, text] of [
      ['Copier le bloc du <head>', 'head', headScript()],
      ['Copier le bloc de la page', 'body', body],
    ] as const) {
      await page.getByRole('button', { name, exact: true }).click();
      const status = page.locator(`[data-status=copy-${place}]`);
      await status.filter({ hasText: `Copié${NNBSP}!` }).waitFor({ timeout: 5_000 });
      assert.equal(await status.getAttribute('role'), 'status');
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), text, name);
    }
    assert.deepEqual(await runAxe(page), [], 'two blocks, French');

    // The link opens on the same two blocks.
    const shared = await opened.context.newPage();
    await shared.goto(page.url());
    await shared.locator('.sb-code[data-place=head]').waitFor({ timeout: TIMEOUT });
    assert.ok(await shared.getByRole('checkbox', { name: HEAD_FR }).isChecked());
    assert.equal(await codeOf(shared, 'head'), headScript());
    assert.equal(await codeOf(shared, 'body'), body);

    // Reset: back to the one block.
    await page.getByRole('button', { name: 'Réinitialiser' }).click();
    await page.locator('[data-status=actions]').filter({ hasText: 'Réglages réinitialisés.' }).waitFor();
    assert.equal(await option.isChecked(), false);
    assert.equal(await page.locator('.sb-code').count(), 1);
    assert.equal(await snippetOf(page), expectedSnippet('<eer-region-picker></eer-region-picker>'));
    assert.equal(new URL(page.url()).hash, '');
    await close(opened);
  });

  test('in English, from a shared link; unchecked, the one block again', async () => {
    const opened = await openBuilder(EN_PATH, 'head=1&widget=eer-event-banner');
    const { page } = opened;
    const option = page.getByRole('checkbox', { name: HEAD_EN });
    assert.ok(await option.isChecked());
    assert.match(await option.locator('xpath=..').innerText(), /nothing moves when the widgets appear/);
    assert.match(await page.locator('#sb-head-hint').innerText(), /a little later/);
    assert.deepEqual(await page.locator('.sb-block-title').allInnerTexts(), [
      'In the <head>',
      'In the page, where the widgets show',
    ]);
    assert.equal(await codeOf(page, 'head'), headScript());
    await page.getByRole('button', { name: 'Copy the page block', exact: true }).click();
    await page.locator('[data-status=copy-body]').filter({ hasText: 'Copied!' }).waitFor({ timeout: 5_000 });
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await codeOf(page, 'body'));
    await page.getByRole('button', { name: 'Copy the <head> block', exact: true }).waitFor();
    await page.locator('.sb-preview eer-event-banner [part=title]').first().waitFor({ timeout: TIMEOUT });
    assert.deepEqual(await runAxe(page), [], 'two blocks, English');
    await option.uncheck();
    assert.equal(await page.locator('.sb-code').count(), 1);
    assert.equal(await snippetOf(page), expectedSnippet('<eer-event-banner></eer-event-banner>'));
    assert.ok(await page.getByRole('button', { name: 'Copy the snippet', exact: true }).isVisible());
    await close(opened);
  });

  test('pasted in a page’s <head> and <body> under the strict CSP, 4× CPU slowdown: the widgets render, nothing moves', async () => {
    const builder = await openBuilder(FR_PATH, `widgets=${ALL_WIDGETS}&privacy=%2Fconfidentialite`);
    const { page } = builder;
    await page.getByRole('checkbox', { name: HEAD_FR }).check();
    const head = await codeOf(page, 'head');
    const body = await codeOf(page, 'body');
    assert.match(head, /^<script type="module" blocking="render" src=/);

    // Text below the widgets, as on a partner's page: it would jump if they appeared after the first paint.
    const after = `<p>${'Le programme accompagne les personnes qui s’installent en région. '.repeat(12)}</p>\n`;
    const pasted = await pasteInto(builder.context, body, {
      head,
      after,
      prepare: async (p) => {
        // Arrow functions only: serialized into the page as is.
        await p.addInitScript(() => {
          const seen = { shifts: 0, definedAtFirstFrame: false };
          (globalThis as { __eerSeen?: typeof seen }).__eerSeen = seen;
          requestAnimationFrame(() => (seen.definedAtFirstFrame = !!customElements.get('eer-event-banner')));
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as Array<
              PerformanceEntry & { value: number; hadRecentInput: boolean }
            >) {
              if (!entry.hadRecentInput) seen.shifts += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await throttle(await p.context().newCDPSession(p));
      },
    });
    const p = pasted.page;
    assert.equal(
      await p.locator('head > script[src][blocking=render]').count(),
      1,
      'the script is in the <head>',
    );
    assert.equal(await p.locator('body script[src]').count(), 0, 'no script in the <body>');
    await p.locator('main > eer-event-banner [part~=title]').first().waitFor({ timeout: 60_000 });
    await p.locator('main > eer-region-picker input[type=radio]').first().waitFor({ timeout: 60_000 });
    await p.locator('main > eer-advisor-contact-form button[part=submit]').waitFor({ timeout: 60_000 });
    await p.waitForLoadState('networkidle', { timeout: 60_000 });
    // Late shifts (fonts, lazy parts) still count.
    await p.waitForTimeout(1_000);
    const seen = await p.evaluate(
      () => (globalThis as { __eerSeen?: { shifts: number; definedAtFirstFrame: boolean } }).__eerSeen!,
    );
    assert.ok(seen.definedAtFirstFrame, 'the first frame already has the widgets defined');
    assert.ok(
      seen.shifts <= CLS_BUDGET,
      `layout shifts sum to ${seen.shifts.toFixed(4)} (at most ${CLS_BUDGET})`,
    );
    assert.equal(await p.locator('eer-config').count(), 1);
    await pasted.expectClean();
    await close(builder);
  });
});
