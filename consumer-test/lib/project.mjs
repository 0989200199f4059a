// The consumer project: the packages packed as npm would publish them, then
// installed with plain npm into an empty folder outside the workspace.
import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { CACHE_DIR } from './node-runtimes.mjs';

const run = promisify(execFile);
export const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/** The published packages, in dependency order. */
export const PUBLIC_PACKAGES = ['schemas', 'sdk', 'widgets', 'server'];

/** `pnpm pack` of each public package (workspace:* becomes the real version); their paths by name. */
export async function packAll(destination) {
  mkdirSync(destination, { recursive: true });
  const entries = await Promise.all(
    PUBLIC_PACKAGES.map(async (name) => {
      const { stdout } = await run('pnpm', ['pack', '--pack-destination', destination], {
        cwd: join(ROOT, 'packages', name),
        maxBuffer: 16 * 1024 * 1024,
      });
      const tarball = stdout.trim().split('\n').at(-1).trim();
      return [`@emplois-en-regions/${name}`, resolve(destination, tarball)];
    }),
  );
  return Object.fromEntries(entries);
}

/** Versions of the tools the consumer installs, the workspace's own (one source of truth). */
function workspaceVersion(name) {
  const manifests = ['package.json', 'examples/react/package.json'].map((file) =>
    JSON.parse(readFileSync(join(ROOT, file), 'utf8')),
  );
  for (const manifest of manifests) {
    const version = manifest.devDependencies?.[name] ?? manifest.dependencies?.[name];
    if (version) return version;
  }
  throw new Error(`no version of ${name} in the workspace`);
}

/** An empty project depending on the tarballs (and the tools a partner would use), with the fixtures. */
export function createProject(dir, tarballs, nodeMajor) {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    name: 'partner-site',
    private: true,
    type: 'module',
    dependencies: Object.fromEntries(Object.entries(tarballs).map(([name, file]) => [name, `file:${file}`])),
    devDependencies: {
      typescript: workspaceVersion('typescript'),
      vite: workspaceVersion('vite'),
      '@types/node': `^${nodeMajor}`,
    },
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  cpSync(FIXTURES, dir, { recursive: true });
}

/**
 * `npm install` with the given Node (it runs npm, the install scripts and
 * node-gyp), refusing any package whose `engines` excludes that Node.
 * better-sqlite3 compiles once per Node ABI (no prebuilt binary can be
 * downloaded here); its build is kept in the cache as a local prebuild, which
 * its installer (prebuild-install) takes instead of compiling again.
 */
export async function npmInstall(dir, runtime) {
  const prebuilds = join(CACHE_DIR, 'prebuilds');
  mkdirSync(prebuilds, { recursive: true });
  const env = {
    ...process.env,
    PATH: runtime.dir ? `${join(runtime.dir, 'bin')}:${process.env.PATH}` : process.env.PATH,
    npm_config_better_sqlite3_local_prebuilds: prebuilds,
    ...(runtime.dir ? { npm_config_nodedir: runtime.dir } : {}),
    npm_config_update_notifier: 'false',
  };
  // Variables pnpm sets for its scripts would leak into npm's configuration.
  for (const name of Object.keys(env))
    if (/^(npm_package_|npm_lifecycle_|PNPM_)/i.test(name)) delete env[name];
  await run(
    'npm',
    ['install', '--prefer-offline', '--engine-strict', '--no-audit', '--no-fund', '--loglevel=error'],
    { cwd: dir, env, maxBuffer: 64 * 1024 * 1024 },
  );
  const addon = join(dir, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
  const { version } = JSON.parse(readFileSync(join(dir, 'node_modules/better-sqlite3/package.json'), 'utf8'));
  const abi = (await run(runtime.node, ['-p', 'process.versions.modules'])).stdout.trim();
  const prebuild = join(
    prebuilds,
    `better-sqlite3-v${version}-node-v${abi}-${process.platform}-${process.arch}.tar.gz`,
  );
  if (existsSync(addon) && !existsSync(prebuild)) {
    await run('tar', [
      'czf',
      `${prebuild}.tmp`,
      '-C',
      join(dir, 'node_modules/better-sqlite3'),
      'build/Release/better_sqlite3.node',
    ]);
    renameSync(`${prebuild}.tmp`, prebuild);
  }
}

/**
 * The packed server's own `eer-server` command, in demo mode, on a free port of
 * this machine; resolves `{ url, close }` once it prints its API address.
 */
export function startPackedServer(dir, runtime) {
  const main = join(dir, 'node_modules/@emplois-en-regions/server', binOf(dir, 'eer-server'));
  const child = spawn(runtime.node, [main], {
    cwd: dir,
    env: {
      ...process.env,
      EER_DEMO: '1',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_PATH: join(dir, 'eer.db'),
      EER_LOG: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => fail(new Error(`eer-server did not start:\n${output}`)), 30_000);
    const fail = (error) => {
      clearTimeout(timer);
      child.kill();
      reject(error);
    };
    const read = (chunk) => {
      output += chunk;
      const match = /(http:\/\/[^\s/]+)\/v1\b/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolvePromise({
        url: match[1],
        output: () => output,
        close: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', done);
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => fail(new Error(`eer-server exited (${code}):\n${output}`)));
  });
}

function binOf(dir, name) {
  const manifest = JSON.parse(
    readFileSync(join(dir, 'node_modules/@emplois-en-regions/server/package.json'), 'utf8'),
  );
  return manifest.bin[name];
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/** A static server of a built site on http://localhost:<port> (an origin the demo key accepts). */
export function serveDir(dir) {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://localhost').pathname;
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((done) =>
    server.listen(0, 'localhost', () =>
      done({
        url: `http://localhost:${server.address().port}`,
        close: () => new Promise((r) => server.close(r)),
      }),
    ),
  );
}
