// `pnpm start`: builds what is missing or older than its sources, then serves
// the API, the CDN bundle, the examples and the docs on one origin
// (packages/server/src/main.ts prints the URLs). PORT, HOST, DATABASE_PATH…
// pass through; see the README.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url).pathname;

/** What each build produces, and what it is built from (`pnpm bench` checks the CDN bundle's entry too). */
export const OUTPUTS = [
  { output: 'packages/server/dist/main.js', sources: ['packages/server/src', 'packages/schemas/src'] },
  {
    output: 'packages/widgets/cdn/eer-widgets.js',
    sources: ['packages/widgets/src', 'packages/sdk/src', 'packages/schemas/src'],
  },
  {
    output: 'docs/build/index.html',
    sources: [
      'docs/guides',
      'docs/src',
      'docs/scripts',
      'docs/assets',
      'docs/http-api.md',
      'docs/typedoc.json',
      'packages/widgets/src',
      'packages/sdk/src',
    ],
  },
  { output: 'examples/react/dist/index.html', sources: ['examples/react/src', 'packages/widgets/src'] },
];

/** Newest modification time under `dir` (0 if it does not exist). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  const stat = statSync(dir);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    latest = Math.max(latest, newest(join(dir, entry.name)));
  }
  return latest;
}

/** Why `output` must be (re)built — "is missing", "is older than <source>" — or undefined when it is up to date. */
export function staleness({ output, sources }) {
  const path = join(root, output);
  if (!existsSync(path)) return 'is missing';
  const built = statSync(path).mtimeMs;
  const changed = sources.find((source) => newest(join(root, source)) > built);
  return changed ? `is older than ${changed}` : undefined;
}

function start() {
  // A missing output counts only when its sources are in this checkout.
  const stale = OUTPUTS.filter((entry) =>
    existsSync(join(root, entry.output)) ? staleness(entry) : existsSync(join(root, entry.sources[0])),
  );
  if (stale.length) {
    console.log(`Construction (${stale.map(({ output }) => output).join(', ')})…`);
    const build = spawnSync('pnpm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  } else {
    console.log('Tout est déjà construit (pnpm build pour reconstruire).');
  }

  const server = spawn(process.execPath, [join(root, 'packages/server/dist/main.js')], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      // `pnpm start` is the demo: sample partners, advisors, events and the documented test keys.
      EER_DEMO: process.env.EER_DEMO ?? '1',
      CDN_DIR: process.env.CDN_DIR ?? 'packages/widgets/cdn',
      EXAMPLES_DIR: process.env.EXAMPLES_DIR ?? 'examples',
      DOCS_DIR: process.env.DOCS_DIR ?? 'docs/build',
    },
  });
  // Ctrl+C reaches both processes; the server closes its database, then this exits with it.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) start();
