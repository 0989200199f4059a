// Real-browser figures, in headless Chromium against the bench server:
// how long /examples/plain-html/ takes to show the three widgets' data and how
// many API requests it makes, and how fast the region combobox answers each
// keystroke.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROME_ARGS, MISSING_CHROME_MESSAGE, findChrome } from '../find-chrome.mjs';
import {
  KEYSTROKE_BUDGET_MS,
  KEYSTROKE_P95_BUDGET_MS,
  PAGE_API_REQUESTS_BUDGET,
  TIME_TO_DATA_BUDGET_MS,
} from './budgets.js';
import { KEYSTROKE_PROBE, READY_DIAGNOSTIC, READY_DONE, READY_PROBE, READY_RESULT } from './in-page.js';
import { median, percentile, spread } from './stats.js';
import { atMost, missing, type Row } from './table.js';

/** The page a webmaster would make: one script, one config tag, the three widgets. */
const PAGE_PATH = '/examples/plain-html/';
/** Measured page loads (each in a fresh browser context), after one discarded warm-up load. */
const PAGE_RUNS = 7;
/**
 * `setTimeout` delay before the combobox searches: a copy of the literal in
 * packages/widgets/src/region-picker/combobox.ts, which exports no constant
 * (and importing that Lit module into Node is not worth a number). The
 * « input → request start » note shows the delay actually measured.
 */
const COMBOBOX_DEBOUNCE_MS = 150;
/** Typed one character at a time, each in a fresh context (distinct first letters: no shared cache). */
const QUERIES = ['sherbrooke', 'rimouski', 'trois-rivières', "val-d'or", 'baie-comeau'];
const TIMEOUT_MS = 15_000;

interface Load {
  readyAt: number;
  /** API requests by the time the page went network-idle. */
  api: number;
  /** …of which answered from the HTTP cache. */
  cached: number;
  paths: string[];
}

interface Key {
  q: string;
  t0: number;
  sync: number | null;
  done: number | null;
  fetchStart: number | null;
  fetchEnd: number | null;
  status: number | null;
  results: string | null;
}

export interface BrowserFigures {
  rows: Row[];
  chromium: string;
}

/** A fresh context (own HTTP cache, storage) whose pages all run the readiness probe. */
async function freshContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addInitScript({ content: READY_PROBE });
  return context;
}

/** Opens the page and waits for the probe's verdict; a timeout says what each widget shows. */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT_MS });
  try {
    await page.waitForFunction(READY_DONE, undefined, { timeout: TIMEOUT_MS, polling: 50 });
  } catch (error) {
    const state = await page.evaluate(READY_DIAGNOSTIC).catch(() => 'no diagnostic');
    throw new Error(`${url}: widgets not showing data after ${TIMEOUT_MS} ms: ${String(state)}`, {
      cause: error,
    });
  }
}

async function load(context: BrowserContext, url: string): Promise<Load> {
  const page = await context.newPage();
  try {
    await open(page, url);
    // Late requests (after the widgets showed their data) count too.
    await page.waitForLoadState('networkidle', { timeout: TIMEOUT_MS });
    const result = (await page.evaluate(READY_RESULT)) as {
      readyAt: number | null;
      error: string | null;
      api: Array<{ path: string; cached: boolean }>;
    };
    if (result.error || result.readyAt === null) throw new Error(`${url}: ${result.error ?? 'not ready'}`);
    return {
      readyAt: result.readyAt,
      api: result.api.length,
      cached: result.api.filter((request) => request.cached).length,
      paths: result.api.map((request) => request.path),
    };
  } finally {
    await page.close();
  }
}

const tally = (paths: string[]) =>
  [...new Set(paths)].map((path) => `${path} ×${paths.filter((p) => p === path).length}`).join(', ');

async function pageLoads(browser: Browser, base: string): Promise<Row[]> {
  const url = base + PAGE_PATH;
  const cold: Load[] = [];
  const warm: Load[] = [];
  for (let run = 0; run <= PAGE_RUNS; run++) {
    // A fresh context has an empty HTTP cache: the first visit is cold; a second
    // visit in the same context finds the bundle (revalidated) and the API answers (max-age) cached.
    const context = await freshContext(browser);
    try {
      const first = await load(context, url);
      const second = await load(context, url);
      if (run > 0) {
        cold.push(first);
        warm.push(second);
      }
    } finally {
      await context.close();
    }
  }
  const times = (loads: Load[]) => loads.map((l) => l.readyAt);
  const requests = (loads: Load[]) => loads.map((l) => l.api - l.cached);
  const what = 'navigation start → first frame showing all 3 widgets’ data';
  return [
    {
      figure: `page ${PAGE_PATH}: ${what}, cold, median`,
      value: median(times(cold)),
      unit: 'ms',
      budget: atMost(TIME_TO_DATA_BUDGET_MS),
      notes: `fresh context per run (empty HTTP cache), 1 warm-up run dropped; ${spread(times(cold))}`,
    },
    {
      figure: `page ${PAGE_PATH}: ${what}, warm, median`,
      value: median(times(warm)),
      unit: 'ms',
      budget: atMost(TIME_TO_DATA_BUDGET_MS),
      notes: `2nd visit in the same context (HTTP cache warm); ${spread(times(warm))}`,
    },
    {
      figure: `page ${PAGE_PATH}: API requests (/v1/…) sent over the network, cold, median`,
      value: median(requests(cold)),
      unit: 'requests',
      budget: atMost(PAGE_API_REQUESTS_BUDGET),
      notes: `${tally(cold[0]!.paths)}; until network idle`,
    },
    {
      figure: `page ${PAGE_PATH}: API requests (/v1/…) sent over the network, warm, median`,
      value: median(requests(warm)),
      unit: 'requests',
      budget: atMost(PAGE_API_REQUESTS_BUDGET),
      notes: `+ ${median(warm.map((l) => l.cached))} answered from the HTTP cache`,
    },
  ];
}

async function typeQuery(browser: Browser, base: string, query: string): Promise<Key[]> {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await open(page, base + PAGE_PATH);
    await page.waitForLoadState('networkidle', { timeout: TIMEOUT_MS });
    await page.evaluate(KEYSTROKE_PROBE);
    await page.locator('eer-region-picker[mode=combobox] input[role=combobox]').click();
    const characters = [...query];
    for (let i = 0; i < characters.length; i++) {
      await page.keyboard.type(characters[i]!);
      // The next character only once this one's results are shown: each keystroke is measured alone.
      await page.waitForFunction(
        `window.__eerKeys.length === ${i + 1} && window.__eerKeys[${i}].done !== null && window.__eerKeys[${i}].sync !== null`,
        undefined,
        { timeout: TIMEOUT_MS, polling: 'raf' },
      );
    }
    const keys = (await page.evaluate('window.__eerKeys')) as Key[];
    for (const key of keys) {
      if (key.q.trim().length >= 2 && (key.fetchStart === null || key.status !== 200)) {
        throw new Error(`query « ${key.q} »: the municipality search failed (${key.status ?? 'no request'})`);
      }
    }
    return keys;
  } finally {
    await context.close();
  }
}

async function keystrokes(browser: Browser, base: string): Promise<Row[]> {
  const keys: Key[] = [];
  for (const query of QUERIES) keys.push(...(await typeQuery(browser, base, query)));
  const searched = keys.filter((k) => k.q.trim().length >= 2);
  const afterDebounce = searched.map((k) => k.done! - k.fetchStart!);
  const total = searched.map((k) => k.done! - k.t0);
  const waited = searched.map((k) => k.fetchStart! - k.t0);
  const request = searched.map((k) => k.fetchEnd! - k.fetchStart!);
  const sync = keys.map((k) => k.sync! - k.t0);
  const label = 'combobox keystroke';
  const how = `\`eer-region-picker mode=combobox\` on ${PAGE_PATH}: ${QUERIES.length} names typed 1 char at a time, each after the previous results; API limit 8`;
  return [
    {
      figure: `${label}: search request start → results in the listbox DOM (excl. ${COMBOBOX_DEBOUNCE_MS} ms debounce), median`,
      value: median(afterDebounce),
      unit: 'ms',
      digits: 1,
      budget: atMost(KEYSTROKE_BUDGET_MS),
      notes: `${how}; request alone: median ${median(request).toFixed(1)} ms; n=${searched.length}`,
    },
    {
      figure: `${label}: search request start → results in the listbox DOM (excl. debounce), p95`,
      value: percentile(afterDebounce, 95),
      unit: 'ms',
      digits: 1,
      budget: atMost(KEYSTROKE_P95_BUDGET_MS),
      notes: spread(afterDebounce, 1),
    },
    {
      figure: `${label}: input event → results in the listbox DOM (incl. ${COMBOBOX_DEBOUNCE_MS} ms debounce), median`,
      value: median(total),
      unit: 'ms',
      digits: 1,
      budget: atMost(COMBOBOX_DEBOUNCE_MS + KEYSTROKE_BUDGET_MS),
      notes: `input → request start: median ${median(waited).toFixed(1)} ms; ${spread(total, 1)}`,
    },
    {
      figure: `${label}: input event → regions filtered in the listbox DOM (local, no request), median`,
      value: median(sync),
      unit: 'ms',
      digits: 1,
      notes: `every keystroke (1 character too); ${spread(sync, 1)}`,
    },
  ];
}

/** Page-load and keystroke rows; `missing` rows (with the reason) when Chromium is absent or a run fails. */
export async function browserRows(base: string): Promise<BrowserFigures> {
  const executablePath = findChrome();
  const pageFigures = ['page: time to data (cold, warm)', 'page: API requests (cold, warm)'];
  const keyFigures = ['combobox: per-keystroke filtering'];
  if (!executablePath) {
    console.error(MISSING_CHROME_MESSAGE);
    const why = 'no Chromium (set CHROME_PATH)';
    return {
      chromium: 'none found',
      rows: [...pageFigures, ...keyFigures].map((f) => missing(f, 'ms', why)),
    };
  }
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
  } catch (error) {
    return {
      chromium: executablePath,
      rows: [...pageFigures, ...keyFigures].map((f) => missing(f, 'ms', error)),
    };
  }
  const rows: Row[] = [];
  try {
    try {
      rows.push(...(await pageLoads(browser, base)));
    } catch (error) {
      rows.push(...pageFigures.map((f) => missing(f, 'ms', error)));
    }
    try {
      rows.push(...(await keystrokes(browser, base)));
    } catch (error) {
      rows.push(...keyFigures.map((f) => missing(f, 'ms', error)));
    }
    return { rows, chromium: `Chromium ${browser.version()}` };
  } finally {
    await browser.close();
  }
}
