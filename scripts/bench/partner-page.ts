// What a partner's visitor gets from the example pages (issue 12), in headless
// Chromium against the real server: cumulative layout shift per page, viewport
// and network/CPU condition; bytes over the wire on a first (cold) and second
// (warm) page view; time to data on a throttled phone-like profile.
//
// `pnpm bench` calls partnerPageRows(). Run alone to compare two builds:
//   node --conditions=source --import tsx scripts/bench/partner-page.ts [--cdn DIR] [--examples DIR] [--json]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { siteMounts, startServer } from '@emplois-en-regions/server';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { CHROME_ARGS, findChrome, MISSING_CHROME_MESSAGE } from '../find-chrome.mjs';
// "Slow 4G"-like conditions and the 0.01 budget (Google's "good" CLS is 0.1), shared with the tests.
import { CLS_BUDGET, throttle } from '../testing/site-under-test.mjs';
import { READY_PROBE } from './in-page.js';
import { median } from './stats.js';
import { atMost, missing, type Row } from './table.js';

const root = new URL('../../', import.meta.url).pathname;

/** Every example page that loads the CDN bundle, and the smallest embed (a banner alone). */
export const PARTNER_PAGES = [
  '/examples/plain-html/',
  '/examples/wordpress-like/',
  '/examples/strict-csp/',
  '/examples/banner-only/',
];
export const VIEWPORTS = [
  { width: 412, height: 900 },
  { width: 1280, height: 800 },
];
const TIMEOUT_MS = 30_000;
/** After the widgets show their data, late shifts (lazy chunks, fonts) still count. */
const SETTLE_MS = 1_000;

/**
 * Layout shifts without recent input: \`total\` sums them all; \`cls\` is the web-vitals
 * figure (the largest session window: shifts less than 1 s apart, at most 5 s long).
 */
const LAYOUT_SHIFT_PROBE = `(() => {
  const shifts = { total: 0, cls: 0, count: 0, sources: [] };
  let window_ = 0, first = 0, last = 0;
  window.__eerShifts = shifts;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      shifts.total += entry.value;
      shifts.count += 1;
      if (shifts.count > 1 && entry.startTime - last < 1000 && entry.startTime - first < 5000) {
        window_ += entry.value;
      } else {
        window_ = entry.value;
        first = entry.startTime;
      }
      last = entry.startTime;
      shifts.cls = Math.max(shifts.cls, window_);
      for (const source of entry.sources || []) {
        const node = source.node;
        const name = node ? (node.localName || node.nodeName) + (node.id ? '#' + node.id : '') : '?';
        shifts.sources.push(name + ' ' + entry.value.toFixed(4) + ' @' + Math.round(entry.startTime));
      }
    }
  }).observe({ type: 'layout-shift', buffered: true });
})()`;

export interface PageView {
  /** Web-vitals CLS (largest session window). */
  cls: number;
  /** Every shift summed. */
  totalShift: number;
  shifts: string[];
  /** Bytes received (headers + bodies as transferred), all requests of the view. */
  bytes: number;
  /** …of which JavaScript. */
  scriptBytes: number;
  readyAt: number | null;
}

interface Condition {
  throttled: boolean;
  viewport: { width: number; height: number };
  /**
   * The page as a webmaster may paste it without the optional `blocking="render"` on its
   * script: the widgets may then upgrade after the first paint and push what follows them.
   */
  bare?: boolean;
}

/** One page view in `page`: navigates, waits for the widgets' data, settles, reads the figures. */
async function view(page: Page, session: CDPSession, url: string): Promise<PageView> {
  const received = new Map<string, { bytes: number; script: boolean }>();
  const onResponse = (event: { requestId: string; type: string }) => {
    received.set(event.requestId, { bytes: 0, script: event.type === 'Script' });
  };
  const onFinished = (event: { requestId: string; encodedDataLength: number }) => {
    const entry = received.get(event.requestId) ?? { bytes: 0, script: false };
    entry.bytes = event.encodedDataLength;
    received.set(event.requestId, entry);
  };
  session.on('Network.responseReceived', onResponse);
  session.on('Network.loadingFinished', onFinished);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
    // A function, not a string: the strict-CSP page forbids evaluating strings.
    await page.waitForFunction(
      () => {
        const bench = (globalThis as { __eerBench?: { readyAt: unknown; error: unknown } }).__eerBench;
        return !!bench && (bench.readyAt !== null || bench.error !== null);
      },
      undefined,
      { timeout: TIMEOUT_MS, polling: 50 },
    );
    await page.waitForLoadState('networkidle', { timeout: TIMEOUT_MS });
    await page.waitForTimeout(SETTLE_MS);
    const result = (await page.evaluate('({ shifts: window.__eerShifts, bench: window.__eerBench })')) as {
      shifts: { total: number; cls: number; sources: string[] };
      bench: { readyAt: number | null; error: string | null };
    };
    if (result.bench.error) throw new Error(`${url}: ${result.bench.error}`);
    const entries = [...received.values()];
    return {
      cls: result.shifts.cls,
      totalShift: result.shifts.total,
      shifts: result.shifts.sources,
      bytes: entries.reduce((sum, e) => sum + e.bytes, 0),
      scriptBytes: entries.filter((e) => e.script).reduce((sum, e) => sum + e.bytes, 0),
      readyAt: result.bench.readyAt,
    };
  } finally {
    session.off('Network.responseReceived', onResponse);
    session.off('Network.loadingFinished', onFinished);
  }
}

/** A cold view then a warm one (same context, so the HTTP cache is shared). */
async function coldAndWarm(
  browser: Browser,
  url: string,
  { throttled, viewport, bare = false }: Condition,
): Promise<[PageView, PageView]> {
  const context = await browser.newContext({ viewport });
  if (bare) {
    await context.route(url, async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const body = html.replace('<script type="module" blocking="render"', '<script type="module"');
      await route.fulfill({ response, body });
    });
  }
  await context.addInitScript({ content: READY_PROBE });
  await context.addInitScript({ content: LAYOUT_SHIFT_PROBE });
  try {
    const views: PageView[] = [];
    for (let i = 0; i < 2; i++) {
      const page = await context.newPage();
      const session = await context.newCDPSession(page);
      await session.send('Network.enable');
      if (throttled) await throttle(session);
      views.push(await view(page, session, url));
      await page.close();
    }
    return views as [PageView, PageView];
  } finally {
    await context.close();
  }
}

export interface Measurement {
  page: string;
  viewport: string;
  throttled: boolean;
  bare: boolean;
  cold: PageView;
  warm: PageView;
}

export interface MeasureOptions {
  cdnDir?: string | undefined;
  examplesDir?: string | undefined;
  pages?: readonly string[];
  /** Runs per page and condition; the figures are medians (CLS: the worst run). */
  runs?: number;
  /** Also measure each page without the optional `blocking="render"` (default true). */
  bare?: boolean;
  log?: (message: string) => void;
}

/** Serves the site (own server, throwaway database) and measures every page in every condition. */
export async function measurePartnerPages(options: MeasureOptions = {}): Promise<Measurement[]> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(MISSING_CHROME_MESSAGE);
  const dir = mkdtempSync(join(tmpdir(), 'eer-partner-page-'));
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    rateLimit: false,
    logger: false,
    databasePath: join(dir, 'bench.db'),
    staticMounts: siteMounts({
      cdnDir: options.cdnDir ?? join(root, 'packages/widgets/cdn'),
      examplesDir: options.examplesDir ?? join(root, 'examples'),
    }),
  });
  const base = `http://127.0.0.1:${server.port}`;
  const browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
  const runs = options.runs ?? 1;
  const results: Measurement[] = [];
  try {
    for (const page of options.pages ?? PARTNER_PAGES) {
      for (const [throttled, bare] of [
        [false, false],
        [true, false],
        ...(options.bare === false
          ? []
          : [
              [false, true],
              [true, true],
            ]),
      ] as const) {
        for (const viewport of VIEWPORTS) {
          const all: Array<[PageView, PageView]> = [];
          for (let run = 0; run < runs; run++) {
            all.push(await coldAndWarm(browser, base + page, { throttled, viewport, bare }));
          }
          const pick = (i: 0 | 1): PageView => {
            const views = all.map((pair) => pair[i]);
            const worst = views.reduce((a, b) => (b.cls > a.cls ? b : a));
            return {
              ...worst,
              bytes: median(views.map((v) => v.bytes)),
              scriptBytes: median(views.map((v) => v.scriptBytes)),
              readyAt: median(views.map((v) => v.readyAt ?? Number.NaN)),
            };
          };
          const measurement = {
            page,
            viewport: `${viewport.width}×${viewport.height}`,
            throttled,
            bare,
            cold: pick(0),
            warm: pick(1),
          };
          options.log?.(
            `${page}${bare ? ' (no blocking=render)' : ''} ${measurement.viewport} ${throttled ? 'throttled' : 'unthrottled'}: CLS ${measurement.cold.cls.toFixed(3)} / ${measurement.warm.cls.toFixed(3)}, ${measurement.cold.bytes} / ${measurement.warm.bytes} B`,
          );
          results.push(measurement);
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

const condition = (m: Measurement) =>
  `${m.viewport}${m.throttled ? ', 4× CPU + 150 ms / 1.6 Mbps' : ', unthrottled'}${m.bare ? ', script without blocking="render"' : ''}`;

/** Rows for `pnpm bench`: CLS per page and condition, bytes cold/warm, time to data throttled. */
export function rowsOf(measurements: readonly Measurement[]): Row[] {
  const rows: Row[] = [];
  for (const m of measurements) {
    rows.push({
      figure: `CLS ${m.page} ${condition(m)}`,
      value: Math.max(m.cold.cls, m.warm.cls),
      unit: '',
      digits: 3,
      // Without the optional attribute the upgrade may follow the first paint: reported, no budget.
      ...(m.bare ? {} : { budget: atMost(CLS_BUDGET) }),
      notes: `web-vitals CLS, worst of the cold and warm views; all shifts summed: ${Math.max(m.cold.totalShift, m.warm.totalShift).toFixed(3)}${m.cold.shifts.length ? `; ${m.cold.shifts.slice(0, 3).join(', ')}` : ''}`,
    });
  }
  for (const m of measurements.filter((m) => !m.bare && !m.throttled && m.viewport === '412×900')) {
    rows.push({
      figure: `bytes over the wire ${m.page}, cold / warm view`,
      value: [m.cold.bytes, m.warm.bytes],
      unit: 'B',
      notes: `of which JavaScript: ${m.cold.scriptBytes} / ${m.warm.scriptBytes} B (headers included)`,
    });
  }
  for (const m of measurements.filter((m) => !m.bare && m.throttled && m.viewport === '412×900')) {
    rows.push({
      figure: `time to data ${m.page}, 4× CPU + 150 ms / 1.6 Mbps, cold / warm`,
      value: [m.cold.readyAt ?? Number.NaN, m.warm.readyAt ?? Number.NaN],
      unit: 'ms',
      notes: 'navigation start → first frame showing every widget’s data',
    });
  }
  return rows;
}

export async function partnerPageRows(log?: (message: string) => void): Promise<Row[]> {
  try {
    return rowsOf(await measurePartnerPages({ log }));
  } catch (error) {
    return [missing('partner pages: CLS, bytes, throttled time to data', '', error)];
  }
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      cdn: { type: 'string' },
      examples: { type: 'string' },
      runs: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const measurements = await measurePartnerPages({
    cdnDir: values.cdn,
    examplesDir: values.examples,
    runs: values.runs ? Number(values.runs) : 1,
    log: (message) => console.error(message),
  });
  if (values.json) console.log(JSON.stringify(measurements, null, 2));
  else {
    const { markdownTable } = await import('./table.js');
    console.log(markdownTable(rowsOf(measurements)));
  }
}
