// Folders served next to the API (the widgets' CDN bundle, the examples).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServer, type RunningServer } from '../src/index.js';

describe('static mounts', () => {
  let dir: string;
  let server: RunningServer;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'eer-static-'));
    mkdirSync(join(dir, 'cdn', 'chunks'), { recursive: true });
    mkdirSync(join(dir, 'examples', 'plain'), { recursive: true });
    writeFileSync(join(dir, 'cdn', 'eer-widgets.js'), 'export const x = 1;\n');
    writeFileSync(join(dir, 'cdn', 'chunks', 'map.js'), 'export const y = 2;\n');
    writeFileSync(join(dir, 'examples', 'plain', 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(dir, 'secret.txt'), 'not served');
    // An example's installed dependencies and dot files live in the served folder too.
    mkdirSync(join(dir, 'examples', 'react', 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(join(dir, 'examples', 'react', 'node_modules', 'pkg', 'index.js'), 'not served');
    writeFileSync(join(dir, 'examples', '.env'), 'not served');
    server = await startServer({
      databasePath: join(dir, 'db.sqlite'),
      port: 0,
      logger: false,
      staticMounts: [
        { prefix: '/cdn', dir: join(dir, 'cdn'), crossOrigin: true },
        { prefix: '/examples', dir: join(dir, 'examples'), contentSecurityPolicy: "default-src 'self'" },
      ],
    });
  });

  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the CDN bundle as JavaScript with CORS, for module scripts on partner origins', async () => {
    const response = await fetch(`${server.url}/cdn/eer-widgets.js`, {
      headers: { origin: 'https://mrc.example' },
    });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(await response.text(), 'export const x = 1;\n');
    assert.equal((await fetch(`${server.url}/cdn/chunks/map.js`)).status, 200);
  });

  it('serves folders by their index.html, with the mount’s CSP', async () => {
    const response = await fetch(`${server.url}/examples/plain/`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(response.headers.get('content-security-policy'), "default-src 'self'");
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });

  it('answers unknown files and escapes from the folder with a 404 problem', async () => {
    for (const path of [
      '/cdn/nope.js',
      '/cdn/../secret.txt',
      '/cdn/%2e%2e/secret.txt',
      '/cdn//etc/passwd',
      '/examples/react/node_modules/pkg/index.js',
      '/examples/react/NODE_MODULES/pkg/index.js',
      '/examples/.env',
      '/examples/%2eenv',
      '/examples/%E0%A4%A',
    ]) {
      const response = await fetch(`${server.url}${path}`);
      assert.equal(response.status, 404, path);
      assert.match(response.headers.get('content-type') ?? '', /problem\+json/, path);
      assert.ok(!(await response.text()).includes('not served'), path);
    }
  });
});
