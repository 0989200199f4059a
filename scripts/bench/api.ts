// API figures: autocannon against the bench server (its own process), then,
// once that process has stopped, the database it leaves: every 201 must be a
// stored row. The store's municipality search is also timed on its own.
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { openStore } from '@emplois-en-regions/server';
import {
  CONTACT_P99_BUDGET_MS,
  CONTACT_RPS_BUDGET,
  MUNICIPALITIES_P99_BUDGET_MS,
  MUNICIPALITIES_RPS_BUDGET,
  REGIONS_P99_BUDGET_MS,
  REGIONS_RPS_BUDGET,
  STORE_SEARCH_P95_BUDGET_MS,
} from './budgets.js';
import { contactRequests } from './contact-request.js';
import type { BenchServer } from './server-process.js';
import { median, percentile } from './stats.js';
import { atLeast, atMost, missing, type Budget, type Row } from './table.js';

const GET_CONNECTIONS = 32;
const POST_CONNECTIONS = 8;
const DURATION_S = 5;
const WARMUP_S = 1;
/** The POST run sends a fixed number of requests (so none is cut off unanswered), sized to last about DURATION_S. */
const POST_WARMUP_REQUESTS = 200;
/** A widget's GET: the publishable key in the query string, from a page on an allowed origin. */
const WIDGET = { key: 'pk_test_demo', origin: 'http://localhost:3000' };

type Result = autocannon.Result;

const statusCount = (result: Result, status: number) =>
  result.statusCodeStats?.[`${status}` as `${number}`]?.count ?? 0;

/** « 0 non-2xx, 0 errors » and any status besides 200/201. */
function outcome(result: Result): string {
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .filter(([status]) => status !== '200' && status !== '201')
    .map(([status, { count }]) => `${count}×${status}`);
  return `${result.non2xx} non-2xx${statuses.length ? ` (${statuses.join(', ')})` : ''}, ${result.errors} errors, ${result.timeouts} timeouts`;
}

function invalid(result: Result): string[] {
  return result.non2xx || result.errors
    ? [`${result.non2xx} non-2xx answers and ${result.errors} errors: the figure counts failures`]
    : [];
}

const run = (options: autocannon.Options): Promise<Result> => autocannon(options);

/** Two rows (req/s, p99) for one GET run. */
function getRows(name: string, result: Result, rps?: Budget, p99?: Budget): Row[] {
  const problems = invalid(result);
  return [
    {
      figure: `API ${name}: throughput`,
      value: Math.round(result.requests.average),
      unit: 'req/s',
      budget: rps,
      notes: `autocannon ${GET_CONNECTIONS} conn × ${DURATION_S} s, ${result.requests.total} req; ${outcome(result)}`,
      problems,
    },
    {
      figure: `API ${name}: latency p99`,
      value: result.latency.p99,
      unit: 'ms',
      budget: p99,
      notes: `p50 ${result.latency.p50} ms · max ${result.latency.max} ms`,
    },
  ];
}

/** Every name's prefixes of 2 to 8 characters, as a visitor types them: thousands of distinct searches. */
async function typedQueries(url: string): Promise<string[]> {
  const names: string[] = [];
  let cursor: string | null = null;
  do {
    const page = `${url}/v1/municipalities?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const response = await fetch(page);
    if (!response.ok) throw new Error(`GET ${page}: ${response.status}`);
    const body = (await response.json()) as { data: Array<{ name: string }>; nextCursor: string | null };
    names.push(...body.data.map((m) => m.name.toLowerCase()));
    cursor = body.nextCursor;
  } while (cursor);
  const prefixes = new Set(names.flatMap((name) => [2, 3, 4, 5, 6, 7, 8].map((n) => name.slice(0, n))));
  // A fixed shuffle, so consecutive requests are not the same few prefixes.
  return [...prefixes].sort((a, b) => (hash(a) - hash(b)) | 0);
}

function hash(text: string): number {
  let h = 2166136261;
  for (const char of text) h = Math.imul(h ^ char.codePointAt(0)!, 16777619);
  return h >>> 0;
}

async function getFigures(url: string): Promise<Row[]> {
  const rows: Row[] = [];
  const widgetGet = (path: string): autocannon.Options => ({
    url: `${url}${path}${path.includes('?') ? '&' : '?'}key=${WIDGET.key}`,
    headers: { origin: WIDGET.origin },
    connections: GET_CONNECTIONS,
  });
  const measure = async (name: string, options: autocannon.Options, rps?: Budget, p99?: Budget) => {
    try {
      await run({ ...options, duration: WARMUP_S });
      rows.push(...getRows(name, await run({ ...options, duration: DURATION_S }), rps, p99));
    } catch (error) {
      rows.push(missing(`API ${name}`, 'req/s', error, rps));
    }
  };

  await measure(
    'GET /v1/regions?key= (as a widget, with Origin)',
    widgetGet('/v1/regions'),
    atLeast(REGIONS_RPS_BUDGET),
    atMost(REGIONS_P99_BUDGET_MS),
  );

  let queries: string[] = [];
  try {
    queries = await typedQueries(url);
  } catch (error) {
    rows.push(missing('API GET /v1/municipalities?q=…', 'req/s', error));
  }
  if (queries.length) {
    let next = 0;
    const options = widgetGet('/v1/municipalities');
    await measure(
      `GET /v1/municipalities?q=…&limit=8 (${queries.length.toLocaleString('en-US')} typed prefixes in turn, none memoized)`,
      {
        ...options,
        requests: [
          {
            setupRequest: (request) => ({
              ...request,
              path: `/v1/municipalities?q=${encodeURIComponent(queries[next++ % queries.length]!)}&limit=8&key=${WIDGET.key}`,
            }),
          },
        ],
      },
      atLeast(MUNICIPALITIES_RPS_BUDGET),
      atMost(MUNICIPALITIES_P99_BUDGET_MS),
    );
  }
  await measure(
    'GET /v1/municipalities?q=riviere%20du%20loup&limit=8 (one query, memoized)',
    widgetGet('/v1/municipalities?q=riviere%20du%20loup&limit=8'),
  );
  await measure('GET /v1/events?region=04&limit=5 (event banner)', widgetGet('/v1/events?region=04&limit=5'));
  return rows;
}

/** A valid contact request with its own Idempotency-Key each time, in French and English by turns. */
const contactRequest = contactRequests('bench', (n) => (n % 2 ? 'fr' : 'en'));

interface PostRun {
  rows: Row[];
  /** 201 answers, to compare with the rows stored. */
  created: number;
}

async function postFigures(url: string): Promise<PostRun> {
  const options = (amount: number): autocannon.Options => ({
    url: `${url}/v1/contact-requests`,
    method: 'POST',
    headers: { authorization: `Bearer ${WIDGET.key}`, 'content-type': 'application/json' },
    connections: POST_CONNECTIONS,
    amount,
    requests: [{ setupRequest: contactRequest }],
  });
  const warmup = await run(options(POST_WARMUP_REQUESTS));
  const rate = warmup.requests.total / Math.max(warmup.duration, 0.1);
  const amount = Math.min(50_000, Math.max(500, Math.round(rate * DURATION_S)));
  const result = await run(options(amount));
  const created = statusCount(warmup, 201) + statusCount(result, 201);
  const name = 'POST /v1/contact-requests (new Idempotency-Key each, no rate limit)';
  return {
    created,
    rows: [
      {
        figure: `API ${name}: throughput`,
        value: Math.round(result.requests.total / result.duration),
        unit: 'req/s',
        budget: atLeast(CONTACT_RPS_BUDGET),
        notes: `autocannon ${POST_CONNECTIONS} conn, ${amount} req in ${result.duration.toFixed(1)} s after ${POST_WARMUP_REQUESTS} warm-up; ${outcome(result)}`,
        problems: invalid(result),
      },
      {
        figure: `API ${name}: latency p99`,
        value: result.latency.p99,
        unit: 'ms',
        budget: atMost(CONTACT_P99_BUDGET_MS),
        notes: `p50 ${result.latency.p50} ms · max ${result.latency.max} ms`,
      },
    ],
  };
}

/** The store's own search, timed in this process on the database the server left. */
async function storeSearch(store: Awaited<ReturnType<typeof openStore>>): Promise<Row> {
  const queries = ['montreal', 'riviere du loup', 'st-jean', 'sainte', 'lac', 'québec', 'a', 'zzz'];
  const times: number[] = [];
  for (const q of queries) {
    for (let i = 0; i < 20; i++) await store.searchMunicipalities({ q, limit: 20 }); // warm-up
    for (let i = 0; i < 300; i++) {
      const t = performance.now();
      await store.searchMunicipalities({ q, limit: 20 });
      times.push(performance.now() - t);
    }
  }
  return {
    figure: 'store.searchMunicipalities (in-process, no HTTP), first 20 of 1,281, p95',
    value: percentile(times, 95),
    unit: 'ms',
    digits: 3,
    budget: atMost(STORE_SEARCH_P95_BUDGET_MS),
    notes: `median ${median(times).toFixed(3)} ms; ${queries.length} queries × 300 (${queries.map((q) => `« ${q} »`).join(' ')})`,
  };
}

/**
 * GET and POST runs against the running server, then stops it and checks
 * durability on its database file. Always stops the server.
 */
export async function apiRows(server: BenchServer): Promise<Row[]> {
  const rows: Row[] = [];
  let created: number | undefined;
  try {
    rows.push(...(await getFigures(server.url)));
    try {
      const post = await postFigures(server.url);
      rows.push(...post.rows);
      created = post.created;
    } catch (error) {
      rows.push(missing('API POST /v1/contact-requests', 'req/s', error, atLeast(CONTACT_RPS_BUDGET)));
    }
  } finally {
    await server.stop();
  }
  try {
    // Opened after the server process exited: what it committed is on disk.
    const store = await openStore({ path: server.databasePath });
    try {
      if (created !== undefined) {
        const stored = await store.countContactRequests();
        rows.push({
          figure: 'POST durability: rows stored (read after the server stopped) − 201 answers',
          value: stored - created,
          unit: 'rows',
          notes: `${stored} rows stored, ${created} answers 201`,
          problems: stored === created ? [] : ['every 201 must be exactly one stored row'],
        });
      }
      rows.push(await storeSearch(store));
    } finally {
      await store.close();
    }
  } catch (error) {
    rows.push(missing('POST durability / store search', 'rows', error));
  } finally {
    server.remove();
  }
  return rows;
}
