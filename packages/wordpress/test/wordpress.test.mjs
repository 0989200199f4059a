/**
 * End-to-end on a real WordPress 6.1 (Debian's, fr_FR, Twenty Twenty-Three)
 * with a private MariaDB and PHP's web server: the built zip installed and
 * activated, the settings saved through their page, content saved by an
 * author, an editor and a contributor, then the pages in Chromium — with
 * JavaScript (the widgets against the real API) and without (the fallback).
 */
import assert from 'node:assert/strict';
import { copyFileSync, cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  CDN_BUNDLE,
  CLS_BUDGET,
  openSite,
  throttle,
  watchPage,
} from '../../../scripts/testing/site-under-test.mjs';
import { freePort, openWordPress } from './support/wordpress-site.mjs';

const ZIP = fileURLToPath(new URL('../dist/emplois-en-regions.zip', import.meta.url));
const RENDER_TIMEOUT = 15_000;
const KEY = 'pk_test_demo';
const PRIVACY = 'https://www.mrc-exemple.example/confidentialite';

/** @type {Awaited<ReturnType<typeof openSite>>} */
let site;
/** @type {Awaited<ReturnType<typeof openWordPress>>} */
let wp;
/** The API as WordPress and the pages reach it. */
let apiBase;
const content = {};

before(async () => {
  assert.ok(
    existsSync(ZIP),
    `${ZIP} is missing: run \`pnpm build\` first (\`pnpm test\` builds before testing).`,
  );
  const [api, wordpress] = await Promise.allSettled([
    openSite({ require: [CDN_BUNDLE], name: 'wordpress-api', server: { host: '127.0.0.1' } }),
    openWordPress({ zip: ZIP }),
  ]);
  // Keep whichever started, so after() stops it even when the other failed.
  site = api.value;
  wp = wordpress.value;
  for (const result of [wordpress, api]) if (result.status === 'rejected') throw result.reason;
  apiBase = `http://127.0.0.1:${new URL(site.url).port}`;
});

after(async () => {
  await Promise.allSettled([site?.close(), wp?.close()]);
});

/** Upcoming events as the API lists them (French titles). */
async function eventTitles(query) {
  const response = await fetch(`${apiBase}/v1/events?${new URLSearchParams(query)}`, {
    headers: { Authorization: `Bearer ${KEY}` },
  });
  assert.equal(response.status, 200);
  const { data } = await response.json();
  return data.map((event) => event.title.fr);
}

/** A logged-in browser page (wp-login.php, as a person would). */
async function logIn(role) {
  const page = await site.newPage({ viewport: { width: 1400, height: 1000 } });
  // No Internet here: a request to another host (the admin bar's Gravatar) could hold the page's
  // load event until the browser's DNS gives up. Refuse it at once, as an offline machine would.
  await page.context().route(
    (url) => !['127.0.0.1', 'localhost'].includes(url.hostname),
    (route) => route.abort('internetdisconnected'),
  );
  const { login, password } = wp.users[role];
  await page.goto(`${wp.url}/wp-login.php`);
  await page.fill('#user_login', login);
  await page.fill('#user_pass', password);
  await Promise.all([page.waitForURL(/\/wp-admin\//), page.click('#wp-submit')]);
  return page;
}

/** Waits until the three widgets are defined and show their data. */
async function expectWidgetsRendered(page) {
  await page.waitForFunction(
    () =>
      ['eer-region-picker', 'eer-event-banner', 'eer-advisor-contact-form'].every((tag) =>
        customElements.get(tag),
      ),
    undefined,
    { timeout: RENDER_TIMEOUT },
  );
  const title = page.locator('eer-event-banner').first().locator('[part=title]').first();
  await title.waitFor({ state: 'visible', timeout: RENDER_TIMEOUT });
  await page
    .locator('eer-advisor-contact-form')
    .first()
    .locator('button[part=submit]')
    .waitFor({ timeout: RENDER_TIMEOUT });
  // The fallback content is hidden once the widget renders.
  for (const tag of ['eer-region-picker', 'eer-event-banner', 'eer-advisor-contact-form']) {
    const fallback = page.locator(`${tag} > .eer-fallback`);
    if (await fallback.count())
      assert.equal(await fallback.first().isVisible(), false, `${tag}'s fallback is hidden`);
  }
}

/** Titles the (first) banner shows once they equal `expected`, or fails after the timeout. */
async function waitForBannerTitles(page, expected) {
  const titles = page.locator('eer-event-banner').first().locator('[part=title]');
  const deadline = Date.now() + RENDER_TIMEOUT;
  let shown = [];
  while (Date.now() < deadline) {
    shown = (await titles.allTextContents()).map((t) => t.trim());
    if (JSON.stringify(shown) === JSON.stringify(expected)) return;
    await page.waitForTimeout(100);
  }
  assert.deepEqual(shown, expected, 'the banner shows the expected events');
}

/** The `<eer-config>` the plugin prints from the settings saved by the settings test. */
const OUR_CONFIG = () => `<eer-config api-base="${apiBase}" api-key="${KEY}" lang="fr" accent="#0b6e4f">`;

/** The widgets' script tags of a page, in `<head>` and in `<body>`. */
function widgetScripts(html) {
  const end = html.indexOf('</head>');
  assert.ok(end > 0, 'the page has a </head>');
  const find = (part) => part.match(/<script[^>]*eer-widgets\.js[^>]*>/g) ?? [];
  return { head: find(html.slice(0, end)), body: find(html.slice(end)) };
}

/** The immutable address of the bundle the API serves (its version.json). */
async function versionedScript() {
  const response = await fetch(`${apiBase}/cdn/version.json`);
  assert.equal(response.status, 200);
  const { version } = await response.json();
  assert.match(version, /^\d+\.\d+\.\d+/);
  return `${apiBase}/cdn/v${version}/eer-widgets.js`;
}

/** `url` served by the classic test theme (support/theme-preview.php). */
function classic(url) {
  const classicUrl = new URL(url);
  classicUrl.searchParams.set('eer_classic', '1');
  return classicUrl.href;
}

/** A 127.0.0.1 port nothing listens on (one just freed). */
const closedPort = freePort;

const VIEWPORTS = [
  { width: 412, height: 900 },
  { width: 1280, height: 800 },
];

/**
 * One cold page view of `url` at `viewport`, throttled or not: the layout shifts until the
 * widgets show their data and the network is idle, with what moved (entry.sources).
 */
async function layoutShift(url, viewport, throttled) {
  const context = await site.browser.newContext({ viewport });
  await context.route(
    (target) => !['127.0.0.1', 'localhost'].includes(target.hostname),
    (route) => route.abort('internetdisconnected'),
  );
  // Arrow functions only: serialized into the page as is.
  await context.addInitScript(() => {
    const shifts = { total: 0, sources: [] };
    globalThis.__eerShifts = shifts;
    const describe = (node) =>
      !node
        ? '?'
        : node.nodeType === 1
          ? `${node.localName}${node.id ? `#${node.id}` : ''}${node.classList?.length ? `.${[...node.classList].slice(0, 2).join('.')}` : ''}`
          : `${node.nodeName} in ${node.parentElement?.localName ?? '?'}`;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        shifts.total += entry.value;
        for (const source of entry.sources ?? []) {
          const { previousRect: a, currentRect: b } = source;
          shifts.sources.push(
            `${entry.value.toFixed(4)} @${Math.round(entry.startTime)} ms ${describe(source.node)} y ${Math.round(a.y)}→${Math.round(b.y)} h ${Math.round(a.height)}→${Math.round(b.height)}`,
          );
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  try {
    const page = await context.newPage();
    if (throttled) {
      await throttle(await context.newCDPSession(page));
    }
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page
      .locator('eer-event-banner')
      .first()
      .locator('[part=title]')
      .first()
      .waitFor({ state: 'visible', timeout: 60_000 });
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
    // Late shifts (lazy chunks, fonts) still count.
    await page.waitForTimeout(1_000);
    return await page.evaluate(() => globalThis.__eerShifts);
  } finally {
    await context.close();
  }
}

describe('WordPress plugin on a real WordPress', () => {
  test('the built zip installs through WordPress’s upgrader and activates (WordPress 6.1, fr_FR, Twenty Twenty-Three)', () => {
    assert.match(wp.versions.wordpress, /^6\.1\./);
    assert.equal(wp.versions.locale, 'fr_FR');
    assert.equal(wp.versions.theme, 'twentytwentythree');
    assert.deepEqual(wp.plugin, {
      file: 'emplois-en-regions/emplois-en-regions.php',
      name: 'Emplois en régions',
      version: '0.1.0',
      active: true,
    });
    console.log(
      `  WordPress ${wp.versions.wordpress}, PHP ${wp.versions.php}, ${wp.versions.theme}, ${wp.versions.locale}`,
    );
  });

  test('settings: saved by an administrator on their page (in French), a secret key refused, a forged form refused', async () => {
    const page = await logIn('admin');
    const settingsUrl = `${wp.url}/wp-admin/options-general.php?page=emplois-en-regions`;
    await page.goto(settingsUrl);
    assert.equal((await page.locator('.wrap h1').textContent())?.trim(), 'Emplois en régions');
    assert.ok(await page.getByLabel('Adresse de l’API').isVisible(), 'the fields are labelled in French');

    await page.fill('#emplois_en_regions_api_base', `${apiBase}/`);
    await page.fill('#emplois_en_regions_api_key', KEY);
    await page.fill('#emplois_en_regions_accent', '#0b6e4f');
    await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
    assert.match(await page.locator('#setting-error-settings_updated').textContent(), /Réglages enregistrés/);
    assert.equal(
      await page.inputValue('#emplois_en_regions_api_base'),
      apiBase,
      'stored without the trailing slash',
    );

    await page.fill('#emplois_en_regions_api_key', 'sk_test_0123456789');
    await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
    const refusal = (await page.locator('#setting-error-secret_key').textContent()) ?? '';
    assert.match(refusal, /clé secrète \(sk_…\)\u00a0: elle n’a pas été enregistrée/);
    assert.equal(await page.inputValue('#emplois_en_regions_api_key'), KEY, 'the publishable key is kept');

    // Without the form's nonce, options.php refuses the change.
    const forged = await page.request.post(`${wp.url}/wp-admin/options.php`, {
      form: {
        option_page: 'emplois_en_regions',
        action: 'update',
        _wpnonce: 'forged',
        'emplois_en_regions[api_key]': 'pk_forged',
      },
      maxRedirects: 0,
    });
    assert.equal(forged.status(), 403);
    await page.goto(settingsUrl);
    assert.equal(await page.inputValue('#emplois_en_regions_api_key'), KEY);
    await page.context().close();

    // manage_options only: an editor is turned away.
    const editor = await logIn('editor');
    const denied = await editor.goto(settingsUrl);
    assert.equal(denied?.status(), 403);
    await editor.context().close();
  });

  test('content: an author’s shortcodes, an editor’s blocks, an author’s and a contributor’s pasted snippet keep their widgets, never a <script>', async () => {
    const shortcodes = [
      'Vous songez à vous installer en région\u00a0? Choisissez-la, voyez les événements et écrivez-nous.',
      '[eer_region_picker id="region" mode="combobox" name="region"]',
      '[eer_event_banner layout="list" region_from="region" limit="5" onclick="alert(1)" bogus="1" theme="neon" dismissible]',
      `[eer_contact_form region_from="region" privacy_url="${PRIVACY}"]`,
    ].join('\n\n');
    const blocks = [
      '<!-- wp:emplois-en-regions/region-picker {"id":"region-page","mode":"list"} /-->',
      '<!-- wp:emplois-en-regions/event-banner {"layout":"card","region_from":"region-page","limit":2} /-->',
      `<!-- wp:emplois-en-regions/contact-form {"region_from":"region-page","privacy_url":"${PRIVACY}"} /-->`,
    ].join('\n\n');
    const snippet = [
      '<!-- wp:html -->',
      `<script type="module" src="${apiBase}/cdn/eer-widgets.js"></script>`,
      `<eer-config api-base="${apiBase}" api-key="${KEY}" lang="fr"></eer-config>`,
      '<eer-region-picker id="region" mode="combobox" onmouseover="alert(1)"></eer-region-picker>',
      '<eer-event-banner layout="card" region-from="region"></eer-event-banner>',
      `<eer-advisor-contact-form region-from="region" privacy-url="${PRIVACY}"></eer-advisor-contact-form>`,
      '<eer-advisor-contact-form privacy-url="javascript:alert(1)"></eer-advisor-contact-form>',
      '<!-- /wp:html -->',
    ].join('\n');

    const author = await wp.rest('author', 'POST', '/wp/v2/posts', {
      title: 'Venir s’installer chez nous',
      content: shortcodes,
      status: 'publish',
    });
    const editor = await wp.rest('editor', 'POST', '/wp/v2/pages', {
      title: 'Nos régions',
      content: blocks,
      status: 'publish',
    });
    const pasted = await wp.rest('author', 'POST', '/wp/v2/posts', {
      title: 'Extrait collé',
      content: snippet,
      status: 'publish',
    });
    const pending = await wp.rest('contributor', 'POST', '/wp/v2/posts', {
      title: 'Proposition',
      content: snippet,
      status: 'pending',
    });
    Object.assign(content, { author, editor, pasted });

    const raw = async (type, id) =>
      (await wp.rest('admin', 'GET', `/wp/v2/${type}/${id}?context=edit`)).content.raw;
    assert.equal(await raw('posts', author.id), shortcodes, 'shortcodes are stored as typed');
    assert.equal(await raw('pages', editor.id), blocks, 'blocks are stored as typed');
    for (const [who, id] of [
      ['author', pasted.id],
      ['contributor', pending.id],
    ]) {
      const stored = await raw('posts', id);
      assert.doesNotMatch(stored, /<script/i, `${who}: the <script> is stripped`);
      assert.doesNotMatch(
        stored,
        /onmouseover|javascript:/i,
        `${who}: event handlers and javascript: URLs are stripped`,
      );
      assert.match(
        stored,
        new RegExp(`<eer-config api-base="${apiBase}" api-key="${KEY}" lang="fr"></eer-config>`),
        `${who}: <eer-config> kept`,
      );
      assert.match(
        stored,
        /<eer-region-picker id="region" mode="combobox"\s*><\/eer-region-picker>/,
        `${who}: picker kept`,
      );
      assert.match(
        stored,
        /<eer-event-banner layout="card" region-from="region"><\/eer-event-banner>/,
        `${who}: banner kept`,
      );
      assert.match(
        stored,
        new RegExp(
          `<eer-advisor-contact-form region-from="region" privacy-url="${PRIVACY}"></eer-advisor-contact-form>`,
        ),
        `${who}: form kept`,
      );
    }
  });

  test('markup: whitelisted, escaped attributes; one module script and one <eer-config>, only on pages with a widget', async () => {
    const html = await (await fetch(content.author.link)).text();
    assert.match(
      html,
      /<eer-region-picker id="region" mode="combobox" name="region"><p class="eer-fallback">Découvrir les régions/,
    );
    assert.match(
      html,
      /<eer-event-banner layout="list" region-from="region" limit="5" dismissible><div class="eer-fallback">/,
      'unknown attributes and invalid values are dropped',
    );
    assert.match(
      html,
      new RegExp(
        `<eer-advisor-contact-form region-from="region" privacy-url="${PRIVACY}"><p class="eer-fallback">`,
      ),
    );
    assert.deepEqual(widgetScripts(html), {
      head: [
        `<script type="module" blocking="render" src='${await versionedScript()}' id='emplois-en-regions-widgets-js'>`,
      ],
      body: [],
    });
    assert.deepEqual(html.match(/<eer-config[^>]*>/g), [OUR_CONFIG()]);

    const home = await (await fetch(`${wp.url}/?page_id=2`)).text(); // the sample page: no widget
    assert.doesNotMatch(home, /eer-widgets\.js|<eer-config/);
  });

  test('the script in <head>, render-blocking, at the versioned address, wherever the widgets are known before the head; that address is cached for a year', async () => {
    const script = await versionedScript();
    for (const [who, { link }] of Object.entries(content)) {
      const html = await (await fetch(link)).text();
      assert.deepEqual(
        widgetScripts(html),
        {
          head: [
            `<script type="module" blocking="render" src='${script}' id='emplois-en-regions-widgets-js'>`,
          ],
          body: [],
        },
        `${who}: one script, in <head>`,
      );
      assert.equal(html.split(OUR_CONFIG()).length - 1, 1, `${who}: one <eer-config> from the settings`);
    }
    const bundle = await fetch(script, { headers: { 'Accept-Encoding': 'br' } });
    assert.equal(bundle.status, 200);
    assert.equal(bundle.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    await bundle.arrayBuffer();
  });

  test('a classic theme: in <head> for a post whose content holds a widget and for a sidebar’s widget; in the footer for a widget found while rendering; none without a widget', async () => {
    cpSync(
      fileURLToPath(new URL('./support/classic-theme', import.meta.url)),
      join(wp.dir, 'wp-content/themes/eer-classic'),
      {
        recursive: true,
      },
    );
    mkdirSync(join(wp.dir, 'wp-content/mu-plugins'), { recursive: true });
    copyFileSync(
      fileURLToPath(new URL('./support/theme-preview.php', import.meta.url)),
      join(wp.dir, 'wp-content/mu-plugins/eer-theme-preview.php'),
    );
    const script = await versionedScript();
    const inHead = {
      head: [`<script type="module" blocking="render" src='${script}' id='emplois-en-regions-widgets-js'>`],
      body: [],
    };
    const get = async (url) => {
      const html = await (await fetch(url)).text();
      assert.match(html, /<aside>/, `${url} is served by the classic test theme`);
      return html;
    };
    const samplePage = `${wp.url}/?page_id=2`;

    const post = await get(classic(content.author.link));
    assert.deepEqual(widgetScripts(post), inHead, 'the post’s shortcodes are known before the head');
    assert.equal(post.split(OUR_CONFIG()).length - 1, 1);

    // The blog's list shows the posts' content: the widgets are found while rendering, after the head.
    const list = await get(classic(`${wp.url}/`));
    assert.match(list, /<eer-region-picker id="region" mode="combobox" name="region">/);
    assert.deepEqual(widgetScripts(list), {
      head: [],
      body: [`<script type="module" src='${script}' id='emplois-en-regions-widgets-js'>`],
    });
    assert.equal(list.split(OUR_CONFIG()).length - 1, 1, 'one <eer-config> from the settings');

    assert.deepEqual(widgetScripts(await get(classic(samplePage))), { head: [], body: [] });
    assert.doesNotMatch(await get(classic(samplePage)), /<eer-config/);

    // Widgets as the Widgets screen stores them: only an active area of the theme counts.
    const report = await wp.php('sidebar-widget.php', { keep: 'block' });
    assert.deepEqual(report, {
      block: true,
      text: true,
      customHtml: true,
      none: false,
      inactive: false,
      unregisteredArea: false,
      missingInstance: false,
      blockThemeUpFront: false,
      kept: ['block-9001'],
    });
    try {
      const withSidebar = await get(classic(samplePage));
      assert.match(
        withSidebar.slice(withSidebar.indexOf('<aside>')),
        /^<aside>[\s\S]*<eer-event-banner layout="bar">[\s\S]*<\/aside>/,
        'the sidebar shows the banner',
      );
      assert.deepEqual(widgetScripts(withSidebar), inHead, 'the sidebar’s widget is known before the head');
      assert.equal(withSidebar.split(OUR_CONFIG()).length - 1, 1);
      // The block theme shows no sidebar: nothing loads there.
      const blockTheme = await (await fetch(samplePage)).text();
      assert.doesNotMatch(blockTheme, /eer-widgets\.js|<eer-config/);
    } finally {
      await wp.php('sidebar-widget.php', { keep: '' });
    }
    assert.deepEqual(widgetScripts(await get(classic(samplePage))), { head: [], body: [] });
  });

  test('the script’s address: versioned from the API’s version.json (cached), the latest build when it cannot be reached or answers nonsense, the last version kept when the API goes down', async () => {
    const script = await versionedScript();
    const latest = (base) => `${base}/cdn/eer-widgets.js`;
    const closedBase = `http://127.0.0.1:${await closedPort()}`;
    const standin = 'http://127.0.0.1:9/standin';
    const report = await wp.php('cdn-version.php', { apiBase, closedBase });
    assert.equal(report.cachedUrl, script, 'the page views cached the version');
    assert.equal(report.fetchedUrl, script);
    assert.equal(report.requestsFetched, 1);
    assert.equal(report.requestsCached, 1, 'then served from the cache');
    assert.equal(report.unreachableUrl, latest(closedBase), 'version.json unreachable: the latest build');
    assert.equal(report.unreachableAgain, latest(closedBase));
    assert.equal(report.requestsUnreachable, 1, 'the failure is remembered for a few minutes');
    // Only an API that answers may hold the first paint (blocking="render" in <head>).
    assert.equal(report.answered, true, 'the real API answered');
    assert.equal(report.unreachableAnswered, false, 'unreachable: the script goes to the footer');
    assert.deepEqual(report.answers, {
      prerelease: `${standin}/cdn/v1.2.3-beta.1/eer-widgets.js`,
      path: latest(standin),
      short: latest(standin),
      number: latest(standin),
      newline: latest(standin),
      html: latest(standin),
      notFound: latest(standin),
    });
    assert.equal(
      report.staleUrl,
      `${standin}/cdn/v0.9.0/eer-widgets.js`,
      'the last version while the API is down',
    );
    assert.equal(report.staleAgainUrl, report.staleUrl);
    assert.equal(report.requestsStale, 1, 'one attempt, then none within the retry delay');
    assert.equal(report.staleAnswered, false, 'the API down: the last version, but not render-blocking');
  });

  test('the author’s post in Chromium: regions and events shown, « Sherbrooke » updates the banner, the form returns a reference, no console error', async () => {
    const watched = await watchPage(await site.newPage(), { failedResponses: true });
    const { page } = watched;
    await page.goto(content.author.link);
    await expectWidgetsRendered(page);
    const everywhere = await eventTitles({ limit: '5' });
    await waitForBannerTitles(page, everywhere);

    const input = page.locator('eer-region-picker').locator('input[part=input]');
    await page.waitForFunction(
      () => !document.querySelector('eer-region-picker')?.shadowRoot?.querySelector('input')?.disabled,
      undefined,
      {
        timeout: RENDER_TIMEOUT,
      },
    );
    await input.fill('Sherbrooke');
    const option = page
      .locator('eer-region-picker')
      .locator('[role=option]', { hasText: 'Sherbrooke' })
      .first();
    await option.waitFor({ state: 'visible', timeout: RENDER_TIMEOUT });
    await input.press('ArrowDown');
    await input.press('Enter');
    await page.waitForFunction(() => document.querySelector('eer-region-picker')?.value === '05', undefined, {
      timeout: RENDER_TIMEOUT,
    });
    const estrie = await eventTitles({ region: '05', limit: '5' });
    assert.ok(estrie.length > 0, 'the demo data has events in Estrie');
    assert.notDeepEqual(
      estrie,
      everywhere,
      'Estrie’s events differ from all regions’ (else the update proves nothing)',
    );
    await waitForBannerTitles(page, estrie);

    const form = page.locator('eer-advisor-contact-form');
    await form.locator('#firstName').fill('Amina');
    await form.locator('#lastName').fill('Diallo');
    await form.locator('#email').fill('amina.diallo@example.org');
    await form.locator('#message').fill('Bonjour, je souhaite m’installer en Estrie avec ma famille.');
    await form.locator('#consent').check();
    await form.locator('button[part=submit]').click();
    const reference = form.locator('[part=success] .ref');
    await reference.waitFor({ timeout: RENDER_TIMEOUT });
    assert.match((await reference.textContent()) ?? '', /^EER-\d{4}-\d{6}$/);
    await watched.expectClean();
    await page.context().close();
  });

  test('the editor’s page with the three blocks works the same', async () => {
    const watched = await watchPage(await site.newPage(), { failedResponses: true });
    const { page } = watched;
    await page.goto(content.editor.link);
    await expectWidgetsRendered(page);
    const radios = page.locator('eer-region-picker').locator('input[type=radio]');
    await radios.first().waitFor({ timeout: RENDER_TIMEOUT });
    assert.equal(await radios.count(), 15, 'the 15 regions the program serves');
    await waitForBannerTitles(page, (await eventTitles({ limit: '2' })).slice(0, 1));
    await watched.expectClean();
    await page.context().close();
  });

  test('the author’s pasted snippet works without its <script>: the plugin loads it', async () => {
    const watched = await watchPage(await site.newPage(), { failedResponses: true });
    const { page } = watched;
    await page.goto(content.pasted.link);
    await expectWidgetsRendered(page);
    await watched.expectClean();
    await page.context().close();
  });

  for (const [name, key] of [
    ['the author’s post (shortcodes)', 'author'],
    ['the editor’s page (blocks)', 'editor'],
  ]) {
    for (const viewport of VIEWPORTS) {
      for (const throttled of [false, true]) {
        const condition = `${viewport.width}×${viewport.height}${throttled ? ', throttled (4× CPU, 150 ms, 1.6 Mbps)' : ''}`;
        test(`layout shift on ${name} at ${condition}: at most ${CLS_BUDGET}`, async () => {
          const { total, sources } = await layoutShift(content[key].link, viewport, throttled);
          console.log(`  CLS ${total.toFixed(4)} — ${key}, ${condition}`);
          for (const source of sources) console.log(`    ${source}`);
          assert.ok(total <= CLS_BUDGET, `layout shift ${total.toFixed(4)}:\n${sources.join('\n')}`);
        });
      }
    }
  }

  test('without JavaScript, the banner’s events rendered by the server are visible, and the links to the program', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(content.author.link);
    const items = page.locator('eer-event-banner .eer-fallback li');
    const expected = await eventTitles({ limit: '5' });
    assert.equal(await items.count(), expected.length);
    assert.ok(await items.first().isVisible(), 'the events are visible');
    const texts = await items.allTextContents();
    expected.forEach((title, i) => assert.ok(texts[i].startsWith(`${title} — `), `event ${i}: ${texts[i]}`));
    // French dates (WordPress's fr_FR month names), Toronto time: « 3 octobre 2024, 9 h 00 ».
    assert.match(texts[0], /— \d{1,2}\u00a0[a-zéû]+\u00a0\d{4}, \d{1,2}\u00a0h\u00a0\d{2}/);
    // No program page is set in these settings: the fallback says where it is from, without a guessed link.
    for (const tag of ['eer-region-picker', 'eer-advisor-contact-form']) {
      const fallback = page.locator(`${tag} .eer-fallback`);
      assert.ok(await fallback.isVisible(), `${tag} shows its fallback`);
      assert.match(await fallback.textContent(), /Emplois en régions/);
      assert.equal(await page.locator(`${tag} .eer-fallback a`).count(), 0);
    }
    await page.context().close();
  });

  test('the events cache: stale on error, retried a minute later, the program’s name when nothing was ever fetched', async () => {
    const report = await wp.php('events-cache.php', { limit: 5 });
    assert.ok(report.cachedKeys >= 1, 'the page views filled the cache');
    assert.ok(report.fresh >= 1);
    assert.equal(report.stale, report.fresh, 'the last answer is served while the API is down');
    assert.equal(report.sameAsFresh, true);
    assert.equal(report.requestsStale, 1, 'one attempt when the answer is stale');
    assert.equal(report.requestsRetry, 1, 'no new attempt within the retry delay');
    assert.equal(report.none, null);
    assert.match(
      report.fallback,
      /<eer-event-banner limit="3"><p class="eer-fallback">Événements d’Emplois en régions<\/p><\/eer-event-banner>/,
    );
  });

  test('the block editor: the three blocks registered, the editor’s page opens with valid blocks and French inspector controls', async () => {
    const page = await logIn('editor');
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(`${wp.url}/wp-admin/post.php?post=${content.editor.id}&action=edit`);
    await page.waitForFunction(
      () => window.wp?.data?.select('core/block-editor')?.getBlocks().length === 3,
      undefined,
      { timeout: 30_000 },
    );
    const blocks = await page.evaluate(() =>
      window.wp.data
        .select('core/block-editor')
        .getBlocks()
        .map((block) => ({ name: block.name, isValid: block.isValid, clientId: block.clientId })),
    );
    assert.deepEqual(
      blocks.map(({ name, isValid }) => ({ name, isValid })),
      ['region-picker', 'event-banner', 'contact-form'].map((name) => ({
        name: `emplois-en-regions/${name}`,
        isValid: true,
      })),
    );
    await page.evaluate(
      (clientId) => window.wp.data.dispatch('core/block-editor').selectBlock(clientId),
      blocks[1].clientId,
    );
    await page.evaluate(() =>
      window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block'),
    );
    const layout = page.getByLabel('Disposition', { exact: true });
    await layout.waitFor({ timeout: RENDER_TIMEOUT });
    assert.equal(await layout.inputValue(), 'card');
    // The server's rendering shows in the editor.
    await page.locator('.eer-fallback').first().waitFor({ timeout: RENDER_TIMEOUT });
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  test('multisite: network-activated from the zip; a site administrator’s pasted tags survive; settings per site', async () => {
    const report = await wp.network({ apiBase });
    assert.equal(report.networkActive, true);
    assert.equal(
      report.siteAdminUnfiltered,
      false,
      'a site administrator of a network has no unfiltered_html',
    );
    assert.doesNotMatch(report.stored, /<script/);
    assert.match(
      report.stored,
      /<eer-region-picker id="region" mode="combobox"><\/eer-region-picker><eer-event-banner layout="card" region-from="region"><\/eer-event-banner>/,
    );
    assert.match(
      report.rendered,
      /<eer-event-banner layout="list" region="05"><div class="eer-fallback">/,
      'the shortcode renders with the site’s settings',
    );
    assert.equal(report.siteSettings, apiBase);
    assert.equal(report.mainSiteSettings, '', 'the main site’s settings are its own');
  });

  test('no PHP notice, warning or error from the plugin', () => {
    const lines = wp
      .debugLog()
      .split('\n')
      .filter((line) => line.includes('emplois-en-regions'));
    assert.deepEqual(lines, []);
  });
});
