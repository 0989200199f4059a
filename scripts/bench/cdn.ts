// The example page loads the built CDN bundle, not the sources the size rows
// measure: build it when it is missing (fresh clone) or older than its sources,
// as `pnpm start` does (same outputs and sources: scripts/start.mjs), so the
// browser figures measure the current code.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUTS, staleness } from '../start.mjs';

const root = new URL('../../', import.meta.url).pathname;
const CDN_OUTPUT = OUTPUTS.find(({ output }) => output === 'packages/widgets/cdn/eer-widgets.js')!;
const CDN_BUNDLE = join(root, CDN_OUTPUT.output);

/** Builds the CDN bundle from the sources if needed; throws when that fails. */
export function ensureCdnBundle(log: (message: string) => void): void {
  const why = staleness(CDN_OUTPUT);
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
