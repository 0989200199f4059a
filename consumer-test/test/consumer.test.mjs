// Issue 15: the packages as a partner gets them. Packs the four public
// packages, installs the tarballs with plain npm into an empty project outside
// the workspace (refusing any `engines` mismatch), then uses them: a Node ESM
// script against the packed eer-server, TypeScript with moduleResolution node16
// and bundler, a Vite build shown in Chromium, and arethetypeswrong on each
// tarball. Node 22 (the oldest supported major) runs everything; the script
// also runs on Node 24.
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { nodeRuntime } from '../lib/node-runtimes.mjs';
import { ROOT, createProject, npmInstall, packAll, serveDir, startPackedServer } from '../lib/project.mjs';

const run = promisify(execFile);
const SUPPORTED = [22, 24];

describe('the packed packages, installed with npm outside the workspace', () => {
  const work = mkdtempSync(join(tmpdir(), 'eer-consumer-'));
  const project = join(work, 'partner-site');
  const oldest = nodeRuntime(SUPPORTED[0]);
  let tarballs;
  let server;

  before(async () => {
    tarballs = await packAll(join(work, 'packs'));
  });

  after(async () => {
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('each tarball names real versions of our packages and the Node it supports', () => {
    for (const [name, file] of Object.entries(tarballs)) {
      const manifest = JSON.parse(readFileSync(extract(file, 'package/package.json'), 'utf8'));
      assert.equal(manifest.name, name);
      assert.equal(manifest.engines?.node, '>=22', `${name}: engines.node`);
      for (const [dependency, range] of Object.entries(manifest.dependencies ?? {}))
        assert.doesNotMatch(range, /^workspace:/, `${name} → ${dependency}`);
    }
  });

  it(`installs with plain npm on Node ${oldest.version}, engines checked strictly`, async () => {
    createProject(project, tarballs, SUPPORTED[0]);
    await npmInstall(project, oldest);
    const installed = JSON.parse(
      readFileSync(join(project, 'node_modules/@emplois-en-regions/sdk/package.json'), 'utf8'),
    );
    const schemas = JSON.parse(readFileSync(join(ROOT, 'packages/schemas/package.json'), 'utf8'));
    assert.equal(installed.dependencies['@emplois-en-regions/schemas'], schemas.version, 'a real dependency');
  });

  it('the packed eer-server starts (demo mode) from the install', async () => {
    server = await startPackedServer(project, oldest);
    const response = await fetch(`${server.url}/v1/regions`);
    assert.equal(response.status, 200);
    assert.equal((await response.json()).data.length, 17);
  });

  for (const major of SUPPORTED) {
    it(`a Node ${major} ESM script lists events and sends a contact request`, async () => {
      const runtime = nodeRuntime(major);
      const { stdout } = await run(runtime.node, ['list-and-contact.mjs', server.url], { cwd: project });
      const result = JSON.parse(stdout.trim().split('\n').at(-1));
      assert.equal(result.node, runtime.version);
      assert.ok(result.firstPage.length > 0, 'events listed');
      assert.ok(result.walked >= result.firstPage.length, 'for await walks the pages');
      assert.match(result.reference, /^EER-\d{4}-\d+$/);
      assert.equal(result.refused, 'validation', 'checked before sending');
    });
  }

  for (const resolution of ['node16', 'bundler']) {
    it(`a TypeScript consumer typechecks with moduleResolution ${resolution}`, async () => {
      const tsc = join(project, 'node_modules/typescript/bin/tsc');
      await run(oldest.node, [tsc, '-p', `tsconfig.${resolution}.json`], { cwd: project }).catch((error) => {
        assert.fail(`tsc (${resolution}):\n${error.stdout}${error.stderr}`);
      });
    });
  }

  it('a Vite build of a page importing widgets/event-banner shows events in Chromium', async () => {
    const vite = join(project, 'node_modules/vite/bin/vite.js');
    await run(
      oldest.node,
      [vite, 'build', 'vite-page', '--outDir', 'dist', '--emptyOutDir', '--logLevel', 'warn'],
      {
        cwd: project,
        env: { ...process.env, VITE_EER_API_BASE: server.url },
      },
    );
    const expected = (await (await fetch(`${server.url}/v1/events?limit=5`)).json()).data.map(
      (e) => e.title.fr,
    );
    assert.ok(expected.length > 0);
    const site = await serveDir(join(project, 'vite-page/dist'));
    const executablePath = findChrome();
    assert.ok(executablePath, 'Chromium (CHROME_PATH or the PATH)');
    const browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${site.url}/`);
      const titles = page.locator('eer-event-banner [part~="title"]');
      await titles.first().waitFor({ timeout: 15_000 });
      assert.deepEqual(await titles.allTextContents(), expected);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      await site.close();
    }
  });

  it('pnpm -r publish --dry-run publishes the four public packages, and Changesets reads its config', async () => {
    const { stdout, stderr } = await run('pnpm', ['-r', 'publish', '--dry-run', '--no-git-checks'], {
      cwd: ROOT,
    });
    const published = [...`${stdout}${stderr}`.matchAll(/📦 (@emplois-en-regions\/[\w-]+)@/g)].map(
      (m) => m[1],
    );
    assert.deepEqual(published.sort(), Object.keys(tarballs).sort());
    await run('pnpm', ['exec', 'changeset', 'status'], { cwd: ROOT }).catch((error) =>
      assert.fail(`changeset status:\n${error.stdout}${error.stderr}`),
    );
  });

  it('arethetypeswrong finds no problem in any tarball (ESM-only packages)', async () => {
    const attw = join(ROOT, 'consumer-test/node_modules/.bin/attw');
    for (const [name, file] of Object.entries(tarballs)) {
      await run(attw, [file, '--profile', 'esm-only', '--format', 'table-flipped'], { cwd: work }).catch(
        (error) => assert.fail(`${name}:\n${error.stdout}${error.stderr}`),
      );
    }
  });
});

/** One file of a tarball, extracted next to it. */
function extract(tarball, path) {
  const dir = `${tarball}.d`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  execFileSync('tar', ['xzf', tarball, '-C', dir, path]);
  return join(dir, path);
}
