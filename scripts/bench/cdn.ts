// The example page loads the built CDN bundle, not the sources the size rows
// measure: build it when it is missing (fresh clone) or older than its sources,
// as `pnpm start` does, so the browser figures measure the current code.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
export const CDN_BUNDLE = join(root, 'packages/widgets/cdn/eer-widgets.js');
const SOURCES = ['packages/widgets/src', 'packages/sdk/src', 'packages/schemas/src'];

/** Newest modification time under `path` (0 if it does not exist). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name !== 'node_modules') latest = Math.max(latest, newest(join(path, entry.name)));
  }
  return latest;
}

/** Why the bundle must be (re)built, or undefined when it is up to date. */
function staleness(): string | undefined {
  if (!existsSync(CDN_BUNDLE)) return 'is missing';
  const built = statSync(CDN_BUNDLE).mtimeMs;
  const changed = SOURCES.find((source) => newest(join(root, source)) > built);
  return changed ? `is older than ${changed}` : undefined;
}

/** Builds the CDN bundle from the sources if needed; throws when that fails. */
export function ensureCdnBundle(log: (message: string) => void): void {
  const why = staleness();
  if (!why) return;
  log(`${CDN_BUNDLE} ${why}: building it (pnpm --filter @emplois-en-regions/widgets run build:cdn)…`);
  const build = spawnSync('pnpm', ['--filter', '@emplois-en-regions/widgets', 'run', 'build:cdn'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0 || !existsSync(CDN_BUNDLE)) {
    throw new Error('building the CDN bundle failed: run `pnpm build`, then `pnpm bench` again');
  }
}
