// Screenshots of every widget state, for comparing two versions of the widgets by eye.
//
//   pnpm start                                   # or any checkout's server (PORT=… node scripts/start.mjs)
//   node scripts/screenshots/capture.mjs --base http://127.0.0.1:8787 --out /tmp/shots/after
//   node scripts/screenshots/compare.mjs --before /tmp/shots/before --after /tmp/shots/after --out /tmp/shots/compare.html
//
// Each scene (scenes.mjs) is a small page showing a widget twice, on a white stripe and on a grey
// one, between two lines of page text, so a widget that does not blend into the page or touches
// its neighbours shows. The page is answered by the tool itself (page.route) at a URL of the
// server's own origin, so nothing is written into a checkout, the page loads that server's
// /cdn/eer-widgets.js, and the demo key pk_test_demo accepts the origin (use an http://localhost
// or http://127.0.0.1 base). States are reached as a visitor reaches them — typing, clicking,
// submitting to the real API with the demo data.
//
// Every scene is taken at 375 and 1280 px wide, light and dark theme, French and English:
// <out>/<scene>_<width>_<theme>_<lang>.png. An older version that lacks an attribute or a state
// (e.g. the form's `heading`) is taken all the same, under the same name, so two runs pair up;
// what could not be reached is listed in <out>/manifest.json and printed.
//
// Contact requests: the "form-success" scene sends 2 per variant (16 per run). The server allows
// 10 per 10 minutes per client, so each variant presents itself as another client through
// X-Forwarded-For — honoured when the server runs with TRUST_PROXY=1 — or restart the server
// between runs.
//
// Options: --base URL (required), --out DIR (required), --only a,b (scene names or prefixes: retakes
// those into an existing folder, keeping the rest),
// --widths 375,1280, --themes light,dark, --langs fr,en, --jobs N (pages at once, default 3).
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome } from '../find-chrome.mjs';
import { pageHtml, SCENES } from './scenes.mjs';

const { values: args } = parseArgs({
  options: {
    base: { type: 'string' },
    out: { type: 'string' },
    only: { type: 'string' },
    widths: { type: 'string', default: '375,1280' },
    themes: { type: 'string', default: 'light,dark' },
    langs: { type: 'string', default: 'fr,en' },
    jobs: { type: 'string', default: '3' },
  },
});
if (!args.base || !args.out) {
  console.error(
    'Usage: node scripts/screenshots/capture.mjs --base <server URL> --out <dir> [--only scene,…]',
  );
  process.exit(2);
}
const base = new URL(args.base).origin;
const out = resolve(args.out);
const list = (text) => text.split(',').filter(Boolean);
const only = args.only ? list(args.only) : undefined;
const scenes = SCENES.filter(({ name }) => !only || only.some((prefix) => name.startsWith(prefix)));

const variants = [];
for (const scene of scenes)
  for (const width of list(args.widths).map(Number))
    for (const theme of list(args.themes))
      for (const lang of list(args.langs)) variants.push({ scene, width, theme, lang });

/** The page's requests still running, so a shot waits for the API's answers. */
function trackRequests(page) {
  let running = 0;
  let last = Date.now();
  const done = () => {
    running--;
    last = Date.now();
  };
  page.on('request', () => running++);
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return async (quietMs = 300, timeoutMs = 10_000) => {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end && (running > 0 || Date.now() - last < quietMs)) await page.waitForTimeout(50);
  };
}

/** True once every eer-* element (in shadow roots too) is defined, updated and past its loading skeleton. */
function widgetsSettled() {
  const hosts = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('eer-')) hosts.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  if (hosts.some((el) => !customElements.get(el.localName))) return false;
  return Promise.all(hosts.map((el) => el.updateComplete)).then(() =>
    hosts.every((el) => !el.shadowRoot?.querySelector('.skeleton, [aria-busy="true"]')),
  );
}

async function settle(page, quiet) {
  await quiet();
  await page.waitForFunction(widgetsSettled, undefined, { timeout: 10_000, polling: 100 });
  await page.evaluate(() => document.fonts.ready);
  await quiet(150);
}

// Where the X-Forwarded-For addresses start: another run soon after uses others.
let client = Math.floor(Math.random() * 250);
async function shoot(browser, { scene, width, theme, lang }) {
  const name = `${scene.name}_${width}_${theme}_${lang}`;
  const notes = [];
  // A fresh context per shot: no dismissed banner, draft or focus carried over.
  const context = await browser.newContext({
    viewport: { width, height: 800 },
    deviceScaleFactor: 1,
    locale: lang === 'fr' ? 'fr-CA' : 'en-CA',
    timezoneId: 'America/Toronto',
    extraHTTPHeaders: { 'X-Forwarded-For': `198.51.100.${(client++ % 250) + 1}` },
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') notes.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => notes.push(`page error: ${error.message}`));
  const url = `${base}/examples/__screenshots__/${scene.name}.html`;
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: pageHtml(scene, { theme, lang }) }),
  );
  const quiet = trackRequests(page);
  try {
    await page.goto(url);
    await settle(page, quiet);
    if (scene.act) {
      const stripes = ['white', 'grey'].map((stripe) => page.locator(`section.${stripe}`));
      await scene.act({ page, lang, stripes, note: (text) => notes.push(text), quiet });
      await settle(page, quiet);
    }
  } catch (error) {
    notes.push(`not reached: ${String(error.message).split('\n')[0]}`);
  }
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: true, animations: 'disabled' });
  await context.close();
  return { name, notes };
}

const browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
await mkdir(out, { recursive: true });
// A full run starts from an empty folder; an --only run replaces its own shots and keeps the others'.
const manifestFile = join(out, 'manifest.json');
const kept = only && existsSync(manifestFile) ? JSON.parse(await readFile(manifestFile, 'utf8')).shots : [];
if (!only) for (const file of await readdir(out)) if (file.endsWith('.png')) await rm(join(out, file));
const results = [];
const queue = [...variants];
const started = Date.now();
await Promise.all(
  Array.from({ length: Math.max(1, Number(args.jobs)) }, async () => {
    for (let variant = queue.shift(); variant; variant = queue.shift()) {
      const result = await shoot(browser, variant);
      results.push(result);
      process.stdout.write(
        `${results.length}/${variants.length} ${result.name}${result.notes.length ? ' (!)' : ''}\n`,
      );
    }
  }),
);
await browser.close();
const retaken = new Set(results.map(({ name }) => name));
const shots = [...kept.filter(({ name }) => !retaken.has(name)), ...results].sort((a, b) =>
  a.name.localeCompare(b.name),
);
await writeFile(
  manifestFile,
  `${JSON.stringify({ base, taken: new Date().toISOString(), shots }, null, 2)}\n`,
);
const noted = results.filter(({ notes }) => notes.length);
for (const { name, notes } of noted) console.log(`${name}:\n  ${notes.join('\n  ')}`);
console.log(
  `${results.length} screenshots in ${out} (${Math.round((Date.now() - started) / 1000)} s); ${noted.length} with notes (manifest.json).`,
);
