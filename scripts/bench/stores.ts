// SQLite beside PostgreSQL, with 1 and 3 server processes on one database (issue 11):
// the same three workloads on each — GET /v1/regions (a memoized reference answer),
// municipality search (distinct typed prefixes, ranked in memory), POST
// /v1/contact-requests (one write transaction each). autocannon spreads its connections
// over the processes' URLs itself, so no proxy sits in the way.
//
// PostgreSQL runs on a throwaway local cluster (the test helper's initdb + pg_ctl) with
// synchronous_commit=off, comparable to SQLite's WAL + synchronous=NORMAL: a commit is
// safe from a process crash, not from a power cut before the next flush.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { SERVED_REGION_CODES } from '@emplois-en-regions/schemas';
import { createClusterDatabase, startTestCluster } from '@emplois-en-regions/server/testing';
import { contactRequests } from './contact-request.js';
import { startBenchServer, type BenchServer } from './server-process.js';
import { missing, type Row } from './table.js';

const CONNECTIONS = 24; // a multiple of 1 and 3
const DURATION_S = 3;
const WARMUP_S = 1;
const KEY = 'pk_test_demo';
const ORIGIN = 'http://localhost:3000';

const QUERIES = [
  'mo',
  'mon',
  'ri',
  'riv',
  'st',
  'sai',
  'sainte',
  'la',
  'lac',
  'qu',
  'qué',
  'ga',
  'gat',
  'sh',
  'she',
];

const contactRequest = contactRequests('stores');

type Workload = 'regions' | 'search' | 'contact';

/** autocannon's options for one workload, its connections spread over the servers' URLs. */
function workloadOptions(urls: string[], workload: Workload): autocannon.Options {
  // autocannon takes a list of URLs, which its types do not say.
  const url = (path: string) => urls.map((base) => `${base}${path}`) as unknown as string;
  if (workload === 'contact') {
    return {
      url: url('/v1/contact-requests'),
      connections: CONNECTIONS,
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      requests: [{ setupRequest: contactRequest }],
    };
  }
  const widget = { connections: CONNECTIONS, headers: { origin: ORIGIN } };
  if (workload === 'regions') return { ...widget, url: url(`/v1/regions?key=${KEY}`) };
  let next = 0;
  return {
    ...widget,
    url: url('/v1/municipalities'),
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          path: `/v1/municipalities?q=${encodeURIComponent(QUERIES[next++ % QUERIES.length]!)}&region=${SERVED_REGION_CODES[next % SERVED_REGION_CODES.length]}&limit=8&key=${KEY}`,
        }),
      },
    ],
  };
}

async function measure(urls: string[], workload: Workload) {
  const options = workloadOptions(urls, workload);
  await autocannon({ ...options, duration: WARMUP_S });
  return autocannon({ ...options, duration: DURATION_S });
}

const NAMES = {
  regions: 'GET /v1/regions',
  search: 'GET /v1/municipalities?q=… (typed prefixes × regions)',
  contact: 'POST /v1/contact-requests',
} as const;

async function rowsFor(label: string, servers: BenchServer[]): Promise<Row[]> {
  const rows: Row[] = [];
  const urls = servers.map((server) => server.url);
  for (const workload of ['regions', 'search', 'contact'] as const) {
    try {
      const result = await measure(urls, workload);
      const failed = result.non2xx + result.errors;
      rows.push({
        figure: `stores: ${label}, ${NAMES[workload]}`,
        value: [Math.round(result.requests.average), result.latency.p99],
        unit: 'req/s · p99 ms',
        notes: `${CONNECTIONS} conn × ${DURATION_S} s, ${result.requests.total} req; p50 ${result.latency.p50} ms${failed ? `; ${result.non2xx} non-2xx, ${result.errors} errors` : ''}`,
        problems: failed ? [`${failed} failed requests`] : [],
      });
    } catch (error) {
      rows.push(missing(`stores: ${label}, ${NAMES[workload]}`, 'req/s', error));
    }
  }
  return rows;
}

async function withServers(
  count: number,
  database: { path: string; webhookKeyFile?: string },
  use: (servers: BenchServer[]) => Promise<Row[]>,
): Promise<Row[]> {
  // One first (it migrates and seeds), then the others.
  const servers = [await startBenchServer(database)];
  try {
    for (let i = 1; i < count; i++) servers.push(await startBenchServer(database));
    return await use(servers);
  } finally {
    for (const server of servers) {
      await server.stop();
      server.remove();
    }
  }
}

export async function storeRows(progress: (message: string) => void): Promise<Row[]> {
  const rows: Row[] = [];
  const folder = mkdtempSync(join(tmpdir(), 'eer-bench-stores-'));
  try {
    for (const processes of [1, 3]) {
      const label = `SQLite, ${processes} process${processes > 1 ? 'es' : ''}`;
      progress(`stores: ${label}…`);
      rows.push(
        ...(await withServers(processes, { path: join(folder, `bench-${processes}.db`) }, (servers) =>
          rowsFor(label, servers),
        )),
      );
    }
    progress('stores: starting a throwaway PostgreSQL cluster…');
    const cluster = await startTestCluster({ durable: true });
    try {
      for (const processes of [1, 3]) {
        const label = `PostgreSQL, ${processes} process${processes > 1 ? 'es' : ''}`;
        progress(`stores: ${label}…`);
        const database = await createClusterDatabase(cluster.url);
        try {
          rows.push(
            ...(await withServers(
              processes,
              { path: database.url, webhookKeyFile: join(folder, 'webhook.key') },
              (servers) => rowsFor(label, servers),
            )),
          );
        } finally {
          await database.drop();
        }
      }
    } finally {
      await cluster.stop();
    }
  } catch (error) {
    rows.push(missing('stores: SQLite / PostgreSQL comparison', 'req/s', error));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return rows;
}
