/**
 * End-to-end: the built docs site (`docs/build`), served by the real server as
 * `pnpm start` serves it (strict Content-Security-Policy), crawled in headless
 * Chromium from /docs/ and /docs/en/.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import axe from 'axe-core';
import { STRICT_CSP } from '@emplois-en-regions/server';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { CDN_BUNDLE, openSite, paths, watchPage } from '../../scripts/testing/site-under-test.mjs';
import type { SiteUnderTest, WatchedPage } from '../../scripts/testing/site-under-test.mjs';

const manifestPath = join(paths.root, 'packages/widgets/custom-elements.json');

/** How long a page may take to show its widgets' data. */
const RENDER_TIMEOUT = 15_000;
/** The WCAG rules axe checks: 2.0, 2.1 and 2.2, levels A and AA. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let site: SiteUnderTest;

before(async () => {
  // Served as `pnpm start` serves it, docs included (EER_DOCS_BUILD: a scratch build instead of docs/build).
  site = await openSite({
    require: [
      {
        path: join(paths.docsDir, 'index.html'),
        hint: 'run `pnpm build` first (or `cd docs && pnpm run build`).',
      },
      CDN_BUNDLE,
    ],
    docs: true,
    name: 'docs',
  });
});

after(async () => {
  await site?.close();
});

interface Visit extends WatchedPage {
  close(): Promise<void>;
}

/** Opens `path` in a fresh context that records errors and CSP violations from the first script on. */
async function visit(path: string, options: BrowserContextOptions = {}): Promise<Visit> {
  const page = await site.newPage(options);
  const watched = await watchPage(page);
  const response = await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
  assert.ok(response, `no response for ${path}`);
  assert.equal(response.status(), 200, `${path} answers 200`);
  return { ...watched, close: () => page.context().close() };
}

/** Waits until every widget of the page has left its loading state. */
async function widgetsSettled(page: Page): Promise<void> {
  const widgets = () =>
    [...document.querySelectorAll('eer-region-picker, eer-event-banner, eer-advisor-contact-form')].map(
      (el) =>
        `${el.localName}#${el.id}: ${customElements.get(el.localName) ? 'defined' : 'undefined'}, ${
          !el.shadowRoot ? 'no shadow root' : el.shadowRoot.querySelector('.skeleton') ? 'loading' : 'settled'
        }`,
    );
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('eer-region-picker, eer-event-banner, eer-advisor-contact-form')].every(
          (el) =>
            customElements.get(el.localName) && el.shadowRoot && !el.shadowRoot.querySelector('.skeleton'),
        ),
      undefined,
      { timeout: RENDER_TIMEOUT },
    )
    .catch(async (error: Error) => {
      throw new Error(`${page.url()}: widgets still loading: ${(await page.evaluate(widgets)).join('; ')}`, {
        cause: error,
      });
    });
}

/** Runs axe (injected through the debugging protocol, which the page's CSP does not govern). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const results = await page.evaluate(
    (tags) =>
      (globalThis as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    AXE_TAGS,
  );
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

interface Crawled {
  path: string;
  lang: string;
  counterpart: string | null;
  alternate: string | null;
  ids: string[];
  /** Internal links and resources of the page (light DOM), with their fragment. */
  links: string[];
}

/** URL paths of the site's own pages (not the server's API page, nor typedoc's reference). */
const isSitePage = (path: string) =>
  path.startsWith('/docs/') && !path.startsWith('/docs/sdk/') && path.endsWith('/');

const crawled = new Map<string, Crawled>();

describe('docs site', () => {
  test('/ redirects to /docs/, and the site is served with the strict CSP', async () => {
    const home = await fetch(`${site.url}/`, { redirect: 'manual' });
    assert.ok([301, 302, 307, 308].includes(home.status), `/ redirects (got ${home.status})`);
    assert.equal(new URL(home.headers.get('location') ?? '', site.url).pathname, '/docs/');
    for (const path of ['/docs/', '/docs/en/', '/docs/sdk/', '/docs/assets/site.css']) {
      const response = await fetch(`${site.url}${path}`);
      assert.equal(response.status, 200, path);
      assert.equal(
        response.headers.get('content-security-policy'),
        STRICT_CSP,
        `${path} carries the strict CSP`,
      );
    }
    assert.doesNotMatch(STRICT_CSP, /unsafe-inline|unsafe-eval/);
  });

  test('every page, French and English: 200, its language, no error, no CSP violation, no axe violation', async () => {
    const queue = ['/docs/', '/docs/en/'];
    const failures: string[] = [];
    while (queue.length) {
      const path = queue.shift()!;
      if (crawled.has(path)) continue;
      const { page, errors, csp, close } = await visit(path);
      await widgetsSettled(page);
      const info = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        counterpart: document.querySelector<HTMLAnchorElement>('a.lang-switch')?.getAttribute('href') ?? null,
        alternate: document.querySelector('link[rel=alternate][hreflang]')?.getAttribute('href') ?? null,
        ids: [...document.querySelectorAll('[id]')].map((el) => el.id),
        links: [
          ...[...document.querySelectorAll<HTMLElement>('a[href], link[href]')].map((el) =>
            el.getAttribute('href')!,
          ),
          ...[...document.querySelectorAll('script[src], img[src]')].map((el) => el.getAttribute('src')!),
        ],
      }));
      const expectedLang = path.startsWith('/docs/en/') ? 'en' : 'fr';
      if (info.lang !== expectedLang)
        failures.push(`${path}: <html lang="${info.lang}">, expected ${expectedLang}`);
      const axeProblems = await axeViolations(page);
      for (const problem of [...errors, ...(await csp()), ...axeProblems])
        failures.push(`${path}: ${problem}`);
      const links: string[] = [];
      for (const href of info.links) {
        const url = new URL(href, `${site.url}${path}`);
        if (url.origin !== site.url) continue;
        links.push(url.pathname + url.search + url.hash);
        if (isSitePage(url.pathname) && !crawled.has(url.pathname)) queue.push(url.pathname);
      }
      crawled.set(path, { path, ...info, links });
      await close();
    }
    assert.deepEqual(failures, [], 'problems found while crawling the site');
    assert.ok(crawled.size >= 20, `the crawl reached every page (got ${crawled.size})`);
  });

  test('every internal link resolves (docs, API reference, examples, CDN), fragments included', async () => {
    assert.ok(crawled.size, 'the crawl ran');
    const checked = new Map<string, number>();
    const failures: string[] = [];
    for (const { path, links } of crawled.values()) {
      for (const link of links) {
        const [target, fragment] = link.split('#');
        const url = target || path;
        if (!checked.has(url)) checked.set(url, (await fetch(`${site.url}${url}`)).status);
        if (checked.get(url) !== 200) failures.push(`${path} → ${link}: ${checked.get(url)}`);
        const pathname = url.split('?')[0]!;
        if (fragment && crawled.has(pathname) && !crawled.get(pathname)!.ids.includes(fragment)) {
          failures.push(`${path} → ${link}: no element with id "${fragment}"`);
        }
      }
    }
    assert.deepEqual(failures, []);
    for (const required of [
      '/docs/api',
      '/v1/openapi.json',
      '/examples/plain-html/',
      '/cdn/eer-widgets.js',
      '/docs/sdk/',
    ]) {
      assert.ok(
        [...checked.keys()].some((url) => url.startsWith(required)),
        `some page links to ${required}`,
      );
    }
  });

  test('each French page has its English counterpart and vice versa', () => {
    assert.ok(crawled.size, 'the crawl ran');
    const fr = [...crawled.values()].filter((p) => p.lang === 'fr');
    const en = [...crawled.values()].filter((p) => p.lang === 'en');
    assert.equal(fr.length, en.length, 'as many French pages as English ones');
    for (const page of crawled.values()) {
      assert.ok(page.counterpart, `${page.path} has a language switch`);
      assert.equal(
        page.alternate,
        page.counterpart,
        `${page.path}: <link rel=alternate> and the switch agree`,
      );
      const other = crawled.get(page.counterpart);
      assert.ok(other, `${page.path} → ${page.counterpart} is a page of the site`);
      assert.notEqual(other.lang, page.lang, `${page.counterpart} is in the other language`);
      assert.equal(other.counterpart, page.path, `${page.counterpart} links back to ${page.path}`);
    }
  });

  test('each widget reference page lists every attribute, property, event, slot, part and CSS property of the manifest', async () => {
    interface Item {
      name: string;
      attribute?: string;
      kind?: string;
      static?: boolean;
      privacy?: string;
    }
    interface Declaration extends Record<string, unknown> {
      tagName?: string;
      customElement?: boolean;
      members?: Item[];
    }
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
      modules: { declarations?: Declaration[] }[];
    };
    const elements = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.customElement && d.tagName);
    assert.ok(elements.length >= 4, 'the manifest declares the widgets');
    for (const element of elements) {
      const expected: string[] = [];
      for (const kind of ['attributes', 'events', 'slots', 'cssParts', 'cssProperties', 'cssStates']) {
        for (const item of (element[kind] as Item[] | undefined) ?? []) expected.push(`${kind}:${item.name}`);
      }
      // Properties: those with an attribute are listed in the attribute tables, the others in their own.
      const properties = (element.members ?? []).filter(
        (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public',
      );
      for (const page of [`/docs/composants/${element.tagName}/`, `/docs/en/widgets/${element.tagName}/`]) {
        const html = await (await fetch(`${site.url}${page}`)).text();
        const missing = expected.filter((entry) => {
          const [kind, name] = entry.split(/:(.*)/s) as [string, string];
          return !html.includes(`data-kind="${kind}" data-name="${name}"`);
        });
        for (const property of properties) {
          const listed = property.attribute
            ? html.includes(
                `data-name="${property.attribute}"><th scope="row"><code>${property.attribute}</code></th><td><code>${property.name}</code>`,
              )
            : html.includes(`data-kind="properties" data-name="${property.name}"`);
          if (!listed) missing.push(`property:${property.name}`);
        }
        assert.deepEqual(missing, [], `${page} lists every entry of <${element.tagName}>`);
      }
    }
  });

  for (const [path, submit] of [
    ['/docs/', 'Envoyer ma demande'],
    ['/docs/en/', 'Send my request'],
  ] as const) {
    test(`${path}: the demo's three widgets show data, in the page's language`, async () => {
      const { page, errors, close } = await visit(path);
      const list = page.locator('eer-event-banner[layout=list]');
      const title = list.locator('[part=title]').first();
      await title.waitFor({ state: 'visible', timeout: RENDER_TIMEOUT });
      assert.match((await title.textContent()) ?? '', /\S/, 'the event list shows an event title');
      const input = page.locator('eer-region-picker').locator('input[part=input]');
      await input.waitFor({ state: 'visible', timeout: RENDER_TIMEOUT });
      await page.waitForFunction(
        () => !document.querySelector('eer-region-picker')?.shadowRoot?.querySelector('input')?.disabled,
        undefined,
        { timeout: RENDER_TIMEOUT },
      );
      // Choosing a region with the keyboard: the list follows it.
      await input.fill('Sherbrooke');
      const option = page.locator('eer-region-picker').locator('[role=option]').first();
      await option.waitFor({ state: 'visible', timeout: RENDER_TIMEOUT });
      await input.press('ArrowDown');
      await input.press('Enter');
      await page.waitForFunction(
        () => (document.querySelector('#demo-region') as HTMLInputElement | null)?.value === '05',
        undefined,
        {
          timeout: RENDER_TIMEOUT,
        },
      );
      const button = page.locator('eer-advisor-contact-form').locator('button[part=submit]');
      await button.waitFor({ state: 'visible', timeout: RENDER_TIMEOUT });
      assert.equal((await button.textContent())?.trim(), submit);
      assert.deepEqual(errors, []);
      await close();
    });
  }

  test('names in reference tables never break mid-token at 375 px (« PickerM ode »)', async () => {
    for (const path of ['/docs/en/widgets/eer-region-picker/', '/docs/composants/eer-region-picker/']) {
      const { page, close } = await visit(path, { viewport: { width: 375, height: 800 } });
      try {
        const broken = await page.evaluate(() =>
          [...document.querySelectorAll('td code, th code')]
            .filter((code) => !/\s/.test(code.textContent ?? '') && (code.textContent ?? '').length > 1)
            .filter((code) => {
              const lines = new Set([...code.getClientRects()].map((rect) => Math.round(rect.top)));
              return lines.size > 1;
            })
            .map((code) => code.textContent),
        );
        const checked = await page.evaluate(() => document.querySelectorAll('td code').length);
        assert.ok(checked > 10, `${path}: ${checked} names in tables`);
        assert.deepEqual(broken, [], `${path}: names broken across lines`);
      } finally {
        await close();
      }
    }
  });

  test('the skip link is the first Tab stop and moves the focus to the content', async () => {
    const { page, close } = await visit('/docs/demarrer/');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
    assert.ok(await page.locator('a.skip-link').isVisible(), 'the focused skip link is visible');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'contenu');
    await close();
  });

  test('the dark colour scheme passes axe too (home, a widget page, theming)', async () => {
    for (const path of ['/docs/', '/docs/composants/eer-event-banner/', '/docs/en/theming/']) {
      const { page, errors, close } = await visit(path, { colorScheme: 'dark' });
      await widgetsSettled(page);
      assert.deepEqual(await axeViolations(page), [], `${path} in dark mode`);
      assert.deepEqual(errors, []);
      await close();
    }
  });

  test('the SDK reference (typedoc) runs under the strict CSP: shown, no error, no violation, every page reachable', async () => {
    const { page, expectClean, close } = await visit('/docs/sdk/');
    await page.waitForFunction(() => document.body.style.display !== 'none', undefined, {
      timeout: RENDER_TIMEOUT,
    });
    assert.match((await page.locator('h1').first().textContent()) ?? '', /@emplois-en-regions\/sdk/);
    // Navigation and search are built by typedoc's scripts, from its compressed data files.
    await page.locator('#tsd-search-trigger').click();
    await page.locator('#tsd-search-input').fill('createClient');
    await page.locator('#tsd-search-results li').first().waitFor({ timeout: RENDER_TIMEOUT });
    await expectClean();
    await close();

    // Every typedoc page and asset it links to answers 200.
    const seen = new Set<string>();
    const queue = ['/docs/sdk/index.html'];
    const failures: string[] = [];
    while (queue.length) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const response = await fetch(`${site.url}${path}`);
      if (response.status !== 200) {
        failures.push(`${path}: ${response.status}`);
        continue;
      }
      if (!path.endsWith('.html')) continue;
      const html = await response.text();
      for (const [, href] of html.matchAll(/(?:href|src)="([^"#]+)/g)) {
        const url = new URL(href!, `${site.url}${path}`);
        if (url.origin === site.url && url.pathname.startsWith('/docs/sdk/')) queue.push(url.pathname);
      }
    }
    assert.deepEqual(failures, []);
    assert.ok(seen.size > 50, `typedoc pages were followed (${seen.size})`);
  });
});
