/**
 * End-to-end: the example pages, served by the real server (as `pnpm start`
 * serves them), loaded in headless Chromium.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { STRICT_CSP } from '@emplois-en-regions/server';
import type { Locator, Page } from 'playwright-core';
import { CDN_BUNDLE, openSite, watchPage } from '../../scripts/testing/site-under-test.mjs';
import type { SiteUnderTest, WatchedPage } from '../../scripts/testing/site-under-test.mjs';

/** How long a page may take to show all its widgets' data. */
const RENDER_TIMEOUT = 15_000;

let site: SiteUnderTest;

before(async () => {
  site = await openSite({ require: [CDN_BUNDLE], name: 'examples' });
});

after(async () => {
  await site?.close();
});

/** Waits until every widget on the page shows its data (shadow roots are open: locators pierce them). */
async function expectWidgetsRendered(page: Page): Promise<void> {
  const banners = page.locator('eer-event-banner');
  const count = await banners.count();
  assert.ok(count >= 1, 'the page has an <eer-event-banner>');
  for (let i = 0; i < count; i++) {
    const title = banners.nth(i).locator('[part=title]').first();
    await title.waitFor({ state: 'visible', timeout: RENDER_TIMEOUT });
    assert.match((await title.textContent()) ?? '', /\S/, `banner ${i} shows an event title`);
  }
  const picker = page.locator('eer-region-picker').locator('input[part=input], select[part=select]').first();
  await picker.waitFor({ state: 'visible', timeout: RENDER_TIMEOUT });
  await page.waitForFunction(
    () => {
      const control = document
        .querySelector('eer-region-picker')
        ?.shadowRoot?.querySelector<HTMLInputElement | HTMLSelectElement>(
          'input[part=input], select[part=select]',
        );
      return control !== null && control !== undefined && !control.disabled;
    },
    undefined,
    { timeout: RENDER_TIMEOUT },
  );
  const submit = page.locator('eer-advisor-contact-form').locator('button[part=submit]');
  await submit.waitFor({ state: 'visible', timeout: RENDER_TIMEOUT });
}

const STYLE_PROPERTIES = [
  'text-transform',
  'background-color',
  'border-top-width',
  'border-top-style',
  'font-family',
  'font-size',
  'color',
  'box-sizing',
];

/**
 * A few computed style properties of one element. (No named functions inside
 * the evaluated callback: tsx would wrap them in a helper the page lacks.)
 */
async function styleOf(locator: Locator): Promise<Record<string, string>> {
  return locator.evaluate(
    (element, properties) =>
      Object.fromEntries(properties.map((p) => [p, getComputedStyle(element).getPropertyValue(p)])),
    STYLE_PROPERTIES,
  );
}

async function visit(path: string): Promise<WatchedPage & { headers: Record<string, string> }> {
  // Uncaught exceptions only: these pages have no favicon (Chromium logs its 404 as a console error).
  const watched = await watchPage(await site.newPage(), { consoleErrors: false });
  const response = await watched.page.goto(`${site.url}${path}`);
  assert.ok(response, `no response for ${path}`);
  assert.equal(response.status(), 200, `${path} answers 200`);
  await expectWidgetsRendered(watched.page);
  assert.deepEqual(watched.errors, [], `no uncaught error on ${path}`);
  return { ...watched, headers: response.headers() };
}

describe('example pages', () => {
  for (const name of ['plain-html', 'strict-csp', 'wordpress-like']) {
    test(`${name}: the three widgets render their data without page errors`, async () => {
      // visit() already fails on any page error.
      const { page } = await visit(`/examples/${name}/`);
      await page.context().close();
    });
  }

  test('the minified bundle keeps the words apart: « Téléphone (facultatif) », « Lieu de résidence actuel (facultatif) »', async () => {
    // The CDN build collapses whitespace in the Lit templates; a space at a fragment's edge must survive.
    const { page } = await visit('/examples/plain-html/');
    const form = page.locator('eer-advisor-contact-form');
    const texts = (await form.locator('label, legend').allInnerTexts()).map((text) =>
      text.replace(/\s+/g, ' ').trim(),
    );
    assert.ok(texts.includes('Téléphone (facultatif)'), texts.join(' | '));
    assert.ok(texts.includes('Lieu de résidence actuel (facultatif)'), texts.join(' | '));
    assert.ok(!texts.some((text) => /\S\(facultatif\)/.test(text)), texts.join(' | '));
    await page.context().close();
  });

  test('strict-csp: served with the strict policy and zero CSP violations', async () => {
    const { page, expectClean, headers } = await visit('/examples/strict-csp/');
    assert.equal(headers['content-security-policy'], STRICT_CSP);
    assert.doesNotMatch(STRICT_CSP, /unsafe-inline|unsafe-eval/);
    // Let late work (lazy chunks, timers) happen, then exercise the picker once.
    await page.locator('eer-region-picker').locator('input[part=input]').first().click();
    await page.waitForTimeout(300);
    await expectClean();
    await page.context().close();
  });

  test('wordpress-like: the theme CSS does not reach inside the widgets, and the widgets leave the theme alone', async () => {
    const { page, expectClean } = await visit('/examples/wordpress-like/');

    // The host CSS is active on the host page's own elements.
    const button = await styleOf(page.locator('.search-submit'));
    const input = await styleOf(page.locator('#s'));
    const text = await styleOf(page.locator('.entry-content p').first());
    const h2 = await styleOf(page.locator('.entry-content h2').first());
    assert.equal(button['text-transform'], 'uppercase');
    assert.equal(button['background-color'], 'rgb(255, 0, 0)');
    assert.equal(`${input['border-top-width']} ${input['border-top-style']}`, '5px dashed');
    assert.match(text['font-family'] ?? '', /Comic Sans/);
    assert.equal(text.color, 'rgb(128, 0, 128)');
    assert.equal(h2['font-size'], '54px', 'h2 keeps the theme size (3rem of an 18px root)');

    // Inside the widgets (locators pierce their open shadow roots).
    const form = page.locator('eer-advisor-contact-form');
    const submit = await styleOf(form.locator('button[part=submit]'));
    const formInput = await styleOf(form.locator('input[part=input]').first());
    const label = await styleOf(form.locator('label').first());
    const comboInput = await styleOf(page.locator('eer-region-picker').locator('input[part=input]').first());
    const title = await styleOf(page.locator('eer-event-banner').first().locator('[part=title]').first());
    const inside = {
      submitTransform: submit['text-transform'],
      submitBackground: submit['background-color'],
      formInputBorder: `${formInput['border-top-width']} ${formInput['border-top-style']}`,
      comboInputBorder: `${comboInput['border-top-width']} ${comboInput['border-top-style']}`,
      fonts: [submit, formInput, label, comboInput, title].map((s) => s['font-family'] ?? ''),
      colors: [label, title].map((s) => s.color),
      boxSizing: formInput['box-sizing'],
    };
    // Every leak at once, so a failure shows the whole picture.
    const leaks: string[] = [];
    if (inside.submitTransform === 'uppercase') leaks.push('widget button text is uppercased');
    if (inside.submitBackground === 'rgb(255, 0, 0)') leaks.push('widget button is red');
    if (inside.formInputBorder === '5px dashed') leaks.push('form input border is 5px dashed');
    if (inside.comboInputBorder === '5px dashed') leaks.push('picker input border is 5px dashed');
    inside.fonts.forEach((font, i) => {
      if (/Comic Sans/.test(font))
        leaks.push(`font #${i} (button, input, label, combobox, title) is ${font}`);
    });
    inside.colors.forEach((color, i) => {
      if (color === 'rgb(128, 0, 128)') leaks.push(`text #${i} (label, title) is purple`);
    });
    if (inside.boxSizing !== 'border-box') leaks.push(`widget box-sizing is ${inside.boxSizing}`);
    assert.deepEqual(leaks, [], 'the host theme CSS leaks into the widgets');
    await expectClean();
    await page.context().close();
  });
});
