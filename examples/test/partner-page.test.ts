/**
 * End-to-end, issue 12: what a partner's visitor and webmaster get — compressed,
 * cached delivery; a plain-http partner origin; misconfiguration named; fallback
 * content; the banner's structured data; layout shifts.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { CDN_BUNDLE, CLS_BUDGET, openSite, watchPage } from '../../scripts/testing/site-under-test.mjs';
import type { SiteUnderTest } from '../../scripts/testing/site-under-test.mjs';

const TIMEOUT = 15_000;
const PAGES = ['plain-html', 'strict-csp', 'wordpress-like', 'banner-only'];
const PARTNER_KEY = 'pk_test_partner_http';

let site: SiteUnderTest;
/** Chromium that resolves partner.test to this machine: a plain-http, non-localhost origin. */
let partnerBrowser: Browser;
let partnerOrigin = '';

before(async () => {
  site = await openSite({ require: [CDN_BUNDLE], name: 'partner-page' });
  partnerOrigin = `http://partner.test:${site.server.port}`;
  // A publishable key bound to that origin, as the operator would create it.
  const demo = (await site.server.store.findKey('pk_test_demo'))!;
  await site.server.store.insertApiKey({
    id: 'key_partner_http',
    key: PARTNER_KEY,
    prefix: PARTNER_KEY.slice(0, 12),
    kind: 'publishable',
    organizationId: demo.organizationId,
    allowedOrigins: [partnerOrigin],
    now: new Date(),
  });
  partnerBrowser = await chromium.launch({
    executablePath: findChrome()!,
    args: [
      ...CHROME_ARGS,
      '--host-resolver-rules=MAP partner.test 127.0.0.1',
      // In production the API and the CDN are public hosts; here they are on loopback, which
      // Chromium's private network checks would refuse to a non-secure page.
      '--disable-features=BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights,LocalNetworkAccessChecks',
    ],
  });
});

after(async () => {
  await partnerBrowser?.close();
  await site?.close();
});

/**
 * A partner page on partner.test: the snippet webmasters paste, with `key` and `body`,
 * and no api-base: the widgets find the API where their script came from.
 */
async function partnerPage(key: string, lang: 'fr' | 'en', body: string): Promise<Page> {
  const page = await (await partnerBrowser.newContext()).newPage();
  // Only the partner's own HTML is made up; the script and the API are the real server's.
  await page.route(`${partnerOrigin}/partner/`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Partenaire</title>
        <script type="module" src="${site.url}/cdn/eer-widgets.js"></script></head>
        <body><eer-config api-key="${key}"></eer-config>${body}</body></html>`,
    }),
  );
  if (process.env.EER_DEBUG) page.on('console', (m) => console.log('page:', m.text()));
  await page.goto(`${partnerOrigin}/partner/`);
  return page;
}

describe('delivery', () => {
  test('the bundle arrives brotli-compressed; a second page view downloads 0 bytes of JavaScript', async () => {
    const page = await site.newPage();
    const bundle = page.waitForResponse((r) => r.url().endsWith('/cdn/eer-widgets.js'));
    await page.goto(`${site.url}/examples/plain-html/`);
    const headers = (await bundle).headers();
    assert.equal(headers['content-encoding'], 'br');
    assert.match(headers.vary ?? '', /Accept-Encoding/);
    assert.ok(headers.etag, 'an ETag');
    assert.equal(headers['cache-control'], 'public, max-age=300');
    await page.locator('eer-event-banner [part~=title]').first().waitFor({ timeout: TIMEOUT });

    const second = await page.context().newPage();
    await second.goto(`${site.url}/examples/plain-html/`);
    await second.locator('eer-event-banner [part~=title]').first().waitFor({ timeout: TIMEOUT });
    const scripts = await second.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('/cdn/'))
        .map((e) => [e.name, (e as PerformanceResourceTiming).transferSize] as const),
    );
    assert.ok(scripts.length >= 1, 'the bundle is loaded');
    assert.deepEqual(
      scripts.filter(([, bytes]) => bytes > 0),
      [],
      'no JavaScript byte over the network',
    );
    await page.context().close();
  });

  test('/cdn/v<version>/eer-widgets.js is immutable for a year, and 304 answers a revalidation', async () => {
    const version = (await (await fetch(`${site.url}/cdn/version.json`)).json()) as { version: string };
    const versioned = await fetch(`${site.url}/cdn/v${version.version}/eer-widgets.js`);
    assert.equal(versioned.status, 200);
    assert.equal(versioned.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.match(versioned.headers.get('content-encoding') ?? '', /^(br|gzip)$/);
    const latest = await fetch(`${site.url}/cdn/eer-widgets.js`);
    const etag = latest.headers.get('etag')!;
    await latest.arrayBuffer();
    const revalidated = await fetch(`${site.url}/cdn/eer-widgets.js`, { headers: { 'If-None-Match': etag } });
    assert.equal(revalidated.status, 304);
  });
});

describe('a plain-http partner origin (partner.test, not a secure context)', () => {
  test('the contact form submits and shows its reference', async () => {
    const page = await partnerPage(
      PARTNER_KEY,
      'fr',
      `<eer-advisor-contact-form region="04" privacy-url="${partnerOrigin}/confidentialite"></eer-advisor-contact-form>`,
    );
    assert.equal(await page.evaluate(() => isSecureContext), false, 'not a secure context');
    const form = page.locator('eer-advisor-contact-form');
    await form.locator('button[part~=submit]').waitFor({ timeout: TIMEOUT });
    await form.locator('#firstName').fill('Awa');
    await form.locator('#lastName').fill('Diallo');
    await form.locator('#email').fill('awa.diallo@example.org');
    await form.locator('#message').fill('Bonjour, je souhaite m’installer en Mauricie avec ma famille.');
    await form.locator('#consent').check();
    const created = page.waitForResponse(
      (r) => r.url().includes('/v1/contact-requests') && r.request().method() === 'POST',
    );
    await form.locator('button[part~=submit]').click();
    assert.equal((await created).status(), 201);
    await form.locator('.success').waitFor({ timeout: TIMEOUT });
    assert.match((await form.locator('.success').textContent()) ?? '', /[A-Z0-9]{3,}-/);
    await page.context().close();
  });

  for (const lang of ['fr', 'en'] as const) {
    test(`a key not bound to the origin (${lang}): neutral message for the visitor, one console line naming key and origin`, async () => {
      const page = await partnerPage('pk_test_demo', lang, '<eer-event-banner></eer-event-banner>');
      const lines: string[] = [];
      page.on('console', (m) => void (m.text().startsWith('[Emplois en régions]') && lines.push(m.text())));
      const error = page.locator('eer-event-banner [part~=error]');
      await error.waitFor({ timeout: TIMEOUT });
      assert.equal(
        (await error.textContent())?.trim(),
        lang === 'fr'
          ? 'Ce contenu n’est pas offert pour le moment.'
          : 'This content is not available at the moment.',
      );
      // The line loads lazily: wait for it rather than for a fixed time, then for one more frame
      // of the page (its console messages come before the answer), so a repeated line would show.
      if (!lines.length) {
        await page.waitForEvent('console', {
          predicate: (m) => m.text().startsWith('[Emplois en régions]'),
          timeout: TIMEOUT,
        });
      }
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      assert.equal(lines.length, 1, lines.join('\n'));
      assert.ok(lines[0]!.includes('pk_test_demo') && lines[0]!.includes(partnerOrigin), lines[0]);
      await page.context().close();
    });
  }
});

describe('fallback content and structured data', () => {
  test('with JavaScript disabled the fallback links show; after the upgrade they are hidden', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.url}/examples/plain-html/`);
    for (const tag of ['eer-event-banner', 'eer-region-picker', 'eer-advisor-contact-form']) {
      assert.ok(await page.locator(`${tag} > a`).first().isVisible(), `${tag}: fallback link visible`);
    }
    await page.context().close();

    const live = await site.newPage();
    await live.goto(`${site.url}/examples/plain-html/`);
    await live.locator('eer-event-banner [part~=title]').first().waitFor({ timeout: TIMEOUT });
    await live.locator('eer-advisor-contact-form button[part~=submit]').waitFor({ timeout: TIMEOUT });
    for (const tag of ['eer-event-banner', 'eer-region-picker', 'eer-advisor-contact-form']) {
      assert.equal(await live.locator(`${tag} > a`).first().isVisible(), false, `${tag}: fallback hidden`);
    }
    // Hidden content is out of the accessibility tree: read once, by the widget.
    const snapshot = await live.locator('body').ariaSnapshot();
    assert.doesNotMatch(snapshot, /Tous les événements à venir|Les 15 régions desservies/);
    await live.context().close();
  });

  test('strict CSP: the banner’s JSON-LD is present and valid, with zero CSP violations', async () => {
    const watched = await watchPage(await site.newPage(), { consoleErrors: false });
    await watched.page.goto(`${site.url}/examples/strict-csp/`);
    const block = watched.page.locator('eer-event-banner script[type="application/ld+json"]').first();
    await block.waitFor({ state: 'attached', timeout: TIMEOUT });
    const events = JSON.parse((await block.textContent()) ?? '') as Array<Record<string, unknown>>;
    assert.ok(events.length >= 1);
    for (const event of events) {
      for (const property of [
        'name',
        'startDate',
        'endDate',
        'eventStatus',
        'eventAttendanceMode',
        'location',
        'organizer',
        'url',
      ]) {
        assert.ok(event[property], `${property} is set`);
      }
    }
    await watched.page.waitForTimeout(300);
    await watched.expectClean();
    await watched.page.context().close();
  });
});

/**
 * Layout shifts of one page view, summed (PerformanceObserver('layout-shift'), no input).
 * `bare`: the page as a webmaster may paste it, without the optional `blocking="render"` on
 * its script; then the one shift of the upgrade (the script arriving after the first paint)
 * is left out, and the figure is what happens while data loads and after.
 */
async function layoutShift(
  path: string,
  viewport: { width: number; height: number },
  { bare = false } = {},
): Promise<number> {
  const page = await site.newPage({ viewport });
  if (bare) {
    await page.route(`${site.url}${path}`, async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const body = html.replace('<script type="module" blocking="render"', '<script type="module"');
      if (body === html) throw new Error(`${path}: no render-blocking script to take out`);
      await route.fulfill({ response, body });
    });
  }
  await page.addInitScript(() => {
    const shifts = { total: 0, upgradedAt: 0 };
    (globalThis as { __shifts?: typeof shifts }).__shifts = shifts;
    const tags = ['eer-event-banner', 'eer-region-picker', 'eer-advisor-contact-form'];
    void Promise.all(tags.map((tag) => customElements.whenDefined(tag))).then(() =>
      // The frame that paints the upgraded elements, then the next one.
      requestAnimationFrame(() => requestAnimationFrame(() => (shifts.upgradedAt = performance.now()))),
    );
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<
        PerformanceEntry & { value: number; hadRecentInput: boolean }
      >) {
        if (entry.hadRecentInput) continue;
        if (shifts.upgradedAt || !(globalThis as { __bare?: boolean }).__bare) shifts.total += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  if (bare) await page.addInitScript(() => ((globalThis as { __bare?: boolean }).__bare = true));
  await page.goto(`${site.url}${path}`);
  await page.locator('eer-event-banner [part~=title]').first().waitFor({ timeout: TIMEOUT });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const total = await page.evaluate(() => (globalThis as { __shifts?: { total: number } }).__shifts!.total);
  await page.context().close();
  return total;
}

describe('layout shift', () => {
  for (const name of PAGES) {
    for (const viewport of [
      { width: 412, height: 900 },
      { width: 1280, height: 800 },
    ]) {
      test(`${name} at ${viewport.width}×${viewport.height}: layout shifts sum to at most ${CLS_BUDGET}`, async () => {
        const total = await layoutShift(`/examples/${name}/`, viewport);
        assert.ok(total <= CLS_BUDGET, `layout shift ${total.toFixed(3)}`);
      });
      test(`${name} at ${viewport.width}×${viewport.height}, without blocking="render": nothing moves once the widgets are in place`, async () => {
        const total = await layoutShift(`/examples/${name}/`, viewport, { bare: true });
        assert.ok(total <= CLS_BUDGET, `layout shift after the upgrade ${total.toFixed(3)}`);
      });
    }
  }
});
