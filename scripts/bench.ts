// `pnpm bench`: sizes, search timings and API throughput, printed as tables.
// Numbers, not pass/fail — budgets are enforced by the size checks in `pnpm test`.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { openStore } from '@emplois-en-regions/server';
import { printSizeTable } from './bundle-size.mjs';

const root = new URL('..', import.meta.url).pathname;

type SizeRow = { name: string; bytes: number; brotli: number; budget?: number };

/** Rows of a package's size script (packages/<name>/scripts/size.mjs), if it has one. */
async function sizeRows(script: string, exportName: string): Promise<SizeRow[]> {
  const path = join(root, script);
  if (!existsSync(path)) return [];
  const module = (await import(pathToFileURL(path).href)) as Record<string, () => Promise<SizeRow[]>>;
  return module[exportName]!();
}

async function sizes(): Promise<void> {
  const rows = [
    ...(await sizeRows('packages/sdk/scripts/size.mjs', 'measureSdkSize')),
    ...(await sizeRows('packages/widgets/scripts/size.mjs', 'measureWidgetSizes')),
  ];
  console.log('\nBundle sizes (esbuild, browser, minified, brotli 11)');
  printSizeTable(rows);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function searchTimings(): void {
  const dir = mkdtempSync(join(tmpdir(), 'eer-bench-'));
  const store = openStore({ path: join(dir, 'bench.db') });
  const queries = ['montreal', 'riviere du loup', 'st-jean', 'sainte', 'lac', 'québec', 'a', 'zzz'];
  const rows = [];
  for (const q of queries) {
    for (let i = 0; i < 20; i++) store.searchMunicipalities({ q, limit: 20 }); // warm-up
    const times: number[] = [];
    for (let i = 0; i < 300; i++) {
      const t = performance.now();
      store.searchMunicipalities({ q, limit: 20 });
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    rows.push({
      query: q,
      'p50 (ms)': percentile(times, 50).toFixed(3),
      'p95 (ms)': percentile(times, 95).toFixed(3),
    });
  }
  store.close();
  rmSync(dir, { recursive: true, force: true });
  console.log('\nMunicipality search in the store (1,281 entities, first page of 20)');
  console.table(rows);
}

async function startServerProcess(): Promise<{ url: string; stop: () => void; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'eer-bench-'));
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', join(root, 'packages/server/src/main.ts')],
    {
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_PATH: join(dir, 'api.db'),
        EER_LOG: 'off',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = out.match(/http:\/\/(?:127\.0\.0\.1|localhost):\d+/);
      if (match) resolve(match[0]);
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${out}`)));
  });
  child.stdout.resume();
  return { url, dir, stop: () => child.kill() };
}

async function throughput(): Promise<void> {
  const server = await startServerProcess();
  // Scripts read public data without a key; a widget's GET carries the publishable key and its page's Origin.
  const targets: Array<{ path: string; origin?: string }> = [
    { path: '/v1/regions' },
    { path: '/v1/regions?key=pk_test_demo', origin: 'http://localhost:3000' },
    { path: '/v1/municipalities?q=st-jean' },
    {
      path: '/v1/municipalities?q=riviere%20du%20loup&limit=5&key=pk_test_demo',
      origin: 'http://localhost:3000',
    },
    { path: '/v1/events?region=17' },
    { path: '/v1/events.ics' },
  ];
  const rows = [];
  try {
    for (const { path, origin } of targets) {
      const result = await autocannon({
        url: server.url + path,
        connections: 32,
        duration: 5,
        headers: origin ? { origin } : {},
      });
      rows.push({
        request: `GET ${path}${origin ? ' (Origin)' : ''}`,
        'req/s (mean)': Math.round(result.requests.average),
        'latency p50 (ms)': result.latency.p50,
        'latency p99 (ms)': result.latency.p99,
        errors: result.errors + result.non2xx,
      });
    }
  } finally {
    server.stop();
    rmSync(server.dir, { recursive: true, force: true });
  }
  console.log('\nAPI throughput (autocannon, 32 connections, 5 s each, server in its own process)');
  console.table(rows);
}

await sizes();
searchTimings();
await throughput();
