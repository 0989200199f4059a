/**
 * End-to-end: the React example (examples/react, built by Vite from the
 * widgets' npm build), served by the real server as `pnpm start` serves it,
 * in headless Chromium. React state follows the widgets' events and flows
 * back into their attributes.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openSite, paths, watchPage } from '../../scripts/testing/site-under-test.mjs';
import type { SiteUnderTest, WatchedPage } from '../../scripts/testing/site-under-test.mjs';

const appDir = join(paths.examplesDir, 'react');
const builtPage = join(appDir, 'dist/index.html');
const APP_PATH = '/examples/react/dist/';

/** How long the page may take to show the widgets' data. */
const RENDER_TIMEOUT = 15_000;

let site: SiteUnderTest;

before(async () => {
  site = await openSite({
    require: [
      {
        path: builtPage,
        hint: 'the React example is not built: run `pnpm --filter @emplois-en-regions/example-react build` (`pnpm test` builds before testing).',
      },
    ],
    name: 'example-react',
  });
});

after(async () => {
  await site?.close();
});

/** The app, once its three widgets show their data; responses of 400 and above count as errors. */
async function openApp(): Promise<WatchedPage> {
  const opened = await watchPage(await site.newPage(), { failedResponses: true });
  const { page } = opened;
  const response = await page.goto(`${site.url}${APP_PATH}`);
  assert.equal(response?.status(), 200, `${APP_PATH} answers 200`);

  await page.locator('eer-event-banner [part=title]').first().waitFor({ timeout: RENDER_TIMEOUT });
  await page.waitForFunction(
    () => {
      const input = document.querySelector('eer-region-picker#region')?.shadowRoot?.querySelector('input');
      return input !== null && input !== undefined && !input.disabled;
    },
    undefined,
    { timeout: RENDER_TIMEOUT },
  );
  await page.locator('eer-advisor-contact-form button[part=submit]').waitFor({ timeout: RENDER_TIMEOUT });
  return opened;
}

/** The page's picker (the form has its own inside, until a region is given to it). */
const PICKER = 'eer-region-picker#region';

/** Opens the combobox and clicks its first region; returns that region's code and name. */
async function chooseFirstRegion(page: Page): Promise<{ code: string; name: string }> {
  const picker = page.locator(PICKER);
  await picker.locator('input[part=input]').click();
  const option = picker.locator('[role=option][id^="o"]').first();
  await option.waitFor({ timeout: RENDER_TIMEOUT });
  const code = (await option.getAttribute('id'))!.slice(1);
  const name = (await option.textContent())!.trim();
  assert.match(code, /^\d\d$/, 'a region option carries its code');
  await option.click();
  return { code, name };
}

/** A property of the first element matching `selector`. */
async function propertyOf(page: Page, selector: string, property: string): Promise<unknown> {
  return page.evaluate(
    ([s, p]) => (document.querySelector(s) as unknown as Record<string, unknown> | null)?.[p],
    [selector, property] as const,
  );
}

describe('React example (examples/react)', () => {
  test('renders the three widgets with their data, in French, without errors', async () => {
    const { page, expectClean } = await openApp();
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
    assert.equal(await page.locator('.choice').textContent(), 'Aucune région choisie pour l’instant.');
    // <eer-config> gave every widget its key: the API answered the widgets' requests.
    assert.match((await page.locator(`${PICKER} label`).first().textContent()) ?? '', /Région/);
    await expectClean();
    await page.context().close();
  });

  test('eer-region-change drives React state; the banner and the form follow the chosen region', async () => {
    const { page, expectClean, apiRequests } = await openApp();
    const { code, name } = await chooseFirstRegion(page);

    // React rendered the event's detail.
    const choice = page.locator('.choice');
    await page.waitForFunction(
      (c) => document.querySelector('.choice')?.getAttribute('data-region') === c,
      code,
    );
    assert.equal((await choice.textContent())?.trim(), `Région choisie\u00a0: ${name} (${code})`);
    assert.equal(await page.locator('aside h2').textContent(), `Événements à venir — ${name}`);

    // React passed the state down as `region`; the banner asked the API for that region's events.
    assert.equal(await propertyOf(page, 'eer-event-banner', 'region'), code);
    assert.equal(await propertyOf(page, 'eer-advisor-contact-form', 'region'), code);
    await waitUntil(
      () => apiRequests.some((u) => u.pathname === '/v1/events' && u.searchParams.get('region') === code),
      `the banner requests /v1/events?region=${code}`,
    );
    // The form's own region picker is hidden: the host gives the region.
    assert.equal(await page.locator('eer-advisor-contact-form eer-region-picker').count(), 0);
    await expectClean();
    await page.context().close();
  });

  test('eer-contact-success: React shows the reference the API returned', async () => {
    const { page, expectClean } = await openApp();
    await chooseFirstRegion(page);
    const form = page.locator('eer-advisor-contact-form');
    await page.waitForFunction(() => {
      const el = document.querySelector('eer-advisor-contact-form') as
        (HTMLElement & { region?: string }) | null;
      return Boolean(el?.region);
    });
    await form.locator('#firstName').fill('Ana');
    await form.locator('#lastName').fill('Souza');
    await form.locator('#email').fill('ana.souza@exemple.ca');
    await form.locator('#message').fill('Je cherche un emploi en soins infirmiers dans la région.');
    await form.locator('#consent').check();
    await form.locator('button[part=submit]').click();

    const reference = page.locator('.confirmation .reference');
    await reference.waitFor({ timeout: RENDER_TIMEOUT });
    const shown = (await reference.textContent())?.trim() ?? '';
    assert.match(shown, /^EER-\d{4}-\d+$/, 'a reference like EER-2026-000123');
    assert.match((await form.locator('[part=success]').textContent()) ?? '', new RegExp(shown));
    await expectClean();
    await page.context().close();
  });

  test('switching the page to English switches the widgets through <eer-config lang>', async () => {
    const { page, expectClean } = await openApp();
    await page.getByRole('button', { name: 'English' }).click();
    assert.equal(await page.locator('h1').textContent(), 'Settle in our regions');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.equal(await page.title(), 'Emplois en régions — React integration');
    const label = page.locator(`${PICKER} label`).first();
    await page.waitForFunction(
      () =>
        document
          .querySelector('eer-region-picker#region')
          ?.shadowRoot?.querySelector('label')
          ?.textContent?.trim() === 'Region or municipality',
    );
    assert.equal((await label.textContent())?.trim(), 'Region or municipality');
    await expectClean();
    await page.context().close();
  });

  test('axe finds no WCAG 2.2 A/AA violation, before and after a choice', async () => {
    const { page, expectClean } = await openApp();
    // axe-core from the React example's own devDependencies.
    const axePath = createRequire(join(appDir, 'package.json')).resolve('axe-core/axe.min.js');
    await page.addScriptTag({ content: readFileSync(axePath, 'utf8') });
    const audit = () =>
      page.evaluate(async () => {
        const { axe } = globalThis as unknown as {
          axe: {
            run(
              context: Document,
              options: object,
            ): Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }>;
          };
        };
        const result = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        });
        return result.violations.map(
          (v) => `${v.id}: ${v.help} (${JSON.stringify(v.nodes.map((n) => n.target))})`,
        );
      });
    assert.deepEqual(await audit(), [], 'on load');
    await chooseFirstRegion(page);
    await page.locator('.choice[data-region]:not([data-region=""])').waitFor();
    assert.deepEqual(await audit(), [], 'after choosing a region');
    await expectClean();
    await page.context().close();
  });
});

/** Polls a condition of the test process (not of the page). */
async function waitUntil(condition: () => boolean, what: string, timeout = RENDER_TIMEOUT): Promise<void> {
  const end = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > end) assert.fail(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
