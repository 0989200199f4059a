// Node.js binaries of other majors, from the npm registry's `node-<os>-<arch>`
// packages (each ships bin/node and include/node, the headers node-gyp builds
// native addons against). Unpacked once into the cache folder; later runs reuse
// them, offline.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Pinned so that a run is repeatable; raise them with the Node releases. */
export const NODE_VERSIONS = { 22: '22.23.5', 24: '24.22.3' };

/** Outside the repository and kept between runs: Node binaries and native builds. */
export const CACHE_DIR =
  process.env.EER_CONSUMER_CACHE ??
  join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'emplois-en-regions-consumer');

/**
 * A Node.js of that major: this process's own when it is one, else the pinned
 * release, unpacked into the cache. `{ version, node, dir }`, where `dir` is
 * the prefix holding bin/ and include/ (for node-gyp's `nodedir`).
 */
export function nodeRuntime(major) {
  if (Number(process.versions.node.split('.')[0]) === major)
    return { version: process.version, node: process.execPath, dir: null };
  const version = NODE_VERSIONS[major];
  const dir = join(CACHE_DIR, `node-v${version}-${process.platform}-${process.arch}`);
  const node = join(dir, 'bin', 'node');
  if (!existsSync(node)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    const work = join(CACHE_DIR, `.unpack-${process.pid}`);
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work);
    const spec = `node-${process.platform}-${process.arch}@${version}`;
    const tarball = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', work], {
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .at(-1);
    execFileSync('tar', ['xzf', join(work, tarball), '-C', work]);
    rmSync(dir, { recursive: true, force: true });
    renameSync(join(work, 'package'), dir);
    rmSync(work, { recursive: true, force: true });
  }
  return { version: `v${version}`, node, dir };
}
