/**
 * The server's Node test suite, run once per store: SQLite, then PostgreSQL on a
 * throwaway cluster started here from the machine's binaries (one per run; each test
 * server gets its own database on it). EER_TEST_DATABASE=sqlite|postgres runs one only.
 * Extra arguments (test files) are passed on: `pnpm run test:node test/store.test.ts`.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { startTestCluster, type TestCluster } from '../src/testing/postgres-cluster.js';

const files = process.argv.slice(2);
const tests =
  files.length > 0
    ? files
    : readdirSync('test')
        .filter((name) => name.endsWith('.test.ts'))
        .map((name) => `test/${name}`);
const only = process.env.EER_TEST_DATABASE;
const backends = only ? [only] : ['sqlite', 'postgres'];

/** Counts of both runs, summed at the end in the reporter's own words (scripts/test.mjs reads the last ones). */
const totals = { tests: 0, pass: 0, fail: 0 };

function run(backend: string, env: NodeJS.ProcessEnv): Promise<number> {
  console.log(`\n— Store: ${backend} —\n`);
  const child = spawn(
    process.execPath,
    [
      '--conditions=source',
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      '--test-concurrency=1',
      ...tests,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env, EER_TEST_DATABASE: backend } },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    process.stdout.write(chunk);
  });
  return new Promise((resolve) =>
    child.on('close', (code, signal) => {
      for (const name of ['tests', 'pass', 'fail'] as const) {
        const counts = [...output.matchAll(new RegExp(`^\\S* ?${name} (\\d+)$`, 'gm'))];
        totals[name] += Number(counts.at(-1)?.[1] ?? 0);
      }
      resolve(code ?? (signal ? 1 : 0));
    }),
  );
}

let failed = 0;
for (const backend of backends) {
  if (backend === 'postgres') {
    let cluster: TestCluster;
    try {
      cluster = await startTestCluster();
    } catch (error) {
      console.error(`PostgreSQL tests: ${(error as Error).message}`);
      failed = 1;
      continue;
    }
    try {
      if ((await run(backend, { EER_TEST_POSTGRES_URL: cluster.url })) !== 0) failed = 1;
    } finally {
      await cluster.stop();
    }
  } else if ((await run(backend, {})) !== 0) failed = 1;
}
if (backends.length > 1) {
  console.log(`\n— Both stores —\nℹ tests ${totals.tests}\nℹ pass ${totals.pass}\nℹ fail ${totals.fail}`);
}
process.exit(failed);
