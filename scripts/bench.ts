// `pnpm bench`: one table of every figure the issues budget — bundle sizes
// (with Shoelace and Material Web built the same way for scale), the example
// page's time to data and API requests and the combobox's per-keystroke time
// in headless Chromium, the API's throughput, latency and durable writes, and the
// time from a contact request's 201 to its webhook's delivery.
// Printed as Markdown so it pastes into a note as is; progress goes to stderr.
//
// Exits 1 only when a size budget (or another size check) fails, a figure could
// not be measured, a 201 did not store exactly one row, or a webhook was not
// delivered exactly once. Timing budgets are
// targets printed for information (scripts/bench/budgets.ts): machines differ.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { apiRows } from './bench/api.js';
import { browserRows } from './bench/browser.js';
import { partnerPageRows } from './bench/partner-page.js';
import { startBenchServer } from './bench/server-process.js';
import { ensureCdnBundle } from './bench/cdn.js';
import { deliveryRows } from './bench/deliveries.js';
import { hardeningRows } from './bench/hardening.js';
import { sizeRows } from './bench/sizes.js';
import { storeRows } from './bench/stores.js';
import { failures, markdownTable, missing, type Row } from './bench/table.js';

const root = new URL('..', import.meta.url).pathname;
const started = performance.now();
const loadAtStart = loadavg()[0]!;
const progress = (message: string) =>
  console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

function commit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).trim();
    return `${head}${dirty ? ' + uncommitted changes' : ''}`;
  } catch {
    return 'unknown';
  }
}

try {
  ensureCdnBundle(progress);
} catch (error) {
  progress(String(error instanceof Error ? error.message : error));
  process.exit(1);
}

const rows: Row[] = [];

progress('sizes: bundling the widgets, the SDK and the anchors (Shoelace, Material Web)…');
rows.push(...(await sizeRows()));

progress('starting the bench server (own process, no rate limit, no log)…');
let chromium = 'not run';
try {
  const server = await startBenchServer();
  try {
    progress(`browser: ${server.url}/examples/plain-html/ (cold and warm loads), then combobox keystrokes…`);
    const browser = await browserRows(server.url);
    chromium = browser.chromium;
    rows.push(...browser.rows);
  } catch (error) {
    await server.stop();
    server.remove();
    throw error;
  }
  progress('API: autocannon GET runs, then POST /v1/contact-requests, then the durability check…');
  rows.push(...(await apiRows(server)));
} catch (error) {
  rows.push(missing('bench server, browser and API figures', '—', error));
}

progress('notifications: 1,000 contact requests with webhooks to a local receiver (a fresh bench server)…');
try {
  const server = await startBenchServer();
  try {
    rows.push(...(await deliveryRows(server)));
  } finally {
    await server.stop();
    server.remove();
  }
} catch (error) {
  rows.push(missing('notifications figures', '—', error));
}

progress('hardening: contact writes at 0 and 100,000 stored requests, the rate limiter under a flood…');
try {
  rows.push(...(await hardeningRows()));
} catch (error) {
  rows.push(missing('hardening figures', '—', error));
}

progress('stores: SQLite and PostgreSQL, 1 and 3 server processes (issue 11)…');
rows.push(...(await storeRows(progress)));

progress('partner pages: CLS, bytes cold/warm, throttled time to data (issue 12)…');
rows.push(...(await partnerPageRows(progress)));

const cpu = cpus();
const loadAtEnd = loadavg()[0]!;
const busy = Math.max(loadAtStart, loadAtEnd) > cpu.length;
const header = [
  `## pnpm bench — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  '',
  `- machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${process.platform} ${process.arch}`,
  `- load average (1 min): ${loadAtStart.toFixed(1)} at start, ${loadAtEnd.toFixed(1)} at the end${busy ? ' — above the CPU count: other work on the machine skewed the timings' : ''}`,
  `- Node ${process.version}, ${chromium} (headless, no throttling), commit ${commit()}`,
  '- sizes: minified / gzip -9 / brotli -11 bytes, built in this run by scripts/rollup/browser.mjs; budgets are brotli and fail the bench',
  '- “(target)” budgets are informational timing targets (scripts/bench/budgets.ts): they never fail the bench',
  '',
];
console.log([...header, markdownTable(rows)].join('\n'));

const failed = failures(rows);
for (const failure of failed) console.error(`✗ ${failure}`);
progress(failed.length ? `done: ${failed.length} failure(s)` : 'done');
process.exit(failed.length ? 1 : 0);
