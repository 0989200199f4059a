// Folders served next to the API (the widgets' CDN bundle, the examples).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { keepCdnVersion, keptVersions } from '../src/http/cdn-versions.js';
import { siteMounts, startServer, type RunningServer } from '../src/index.js';

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

  it('answers unknown files and escapes from the folder with a 404 problem, on raw paths', async () => {
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
      // Escapes that only a server sees: encoded slashes and backslashes, dot segments.
      '/cdn/..%2fsecret.txt',
      '/cdn/%2e%2e%2fsecret.txt',
      '/cdn/..%5csecret.txt',
      '/cdn/..\\secret.txt',
      '/cdn/chunks/../../secret.txt',
      '/cdn/chunks/..%2f..%2fsecret.txt',
      '/cdn/.%2e/secret.txt',
      '/examples/react/node_modules%2fpkg/index.js',
      '/examples/react\\node_modules\\pkg\\index.js',
      '/examples/%2e%65nv',
    ]) {
      // Sent as written: fetch would resolve `..` and `%2e%2e` before sending, and the
      // mount's own guard would never see them.
      const response = await rawRequest(server.url, path);
      assert.equal(response.target, path, 'the request line carries the path unchanged');
      assert.ok(!response.body.includes('not served'), path);
      // Node's HTTP parser itself refuses a raw backslash (400); the rest reach the app.
      if (path.includes('\\')) assert.equal(response.status, 400, path);
      else {
        assert.equal(response.status, 404, path);
        assert.match(response.head, /^content-type: application\/problem\+json/im, path);
      }
    }
    // The same raw client does reach files, so the refusals above are the guard's.
    assert.equal((await rawRequest(server.url, '/cdn/chunks/map.js')).status, 200);
  });
});

describe('CDN delivery (issue 12)', () => {
  let dir: string;
  let server: RunningServer;
  const code = `export const widgets = "${'x'.repeat(4000)}";\n`;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'eer-cdn-'));
    mkdirSync(join(dir, 'chunks'), { recursive: true });
    writeFileSync(join(dir, 'version.json'), '{"version":"1.2.3"}\n');
    writeFileSync(join(dir, 'eer-widgets.js'), code);
    writeFileSync(join(dir, 'eer-widgets.js.br'), brotliCompressSync(code));
    writeFileSync(join(dir, 'eer-widgets.js.gz'), gzipSync(code));
    writeFileSync(join(dir, 'chunks', 'map-AbCd12_-.js'), 'export const map = 1;\n');
    server = await startServer({
      databasePath: join(dir, 'db.sqlite'),
      port: 0,
      logger: false,
      staticMounts: siteMounts({ cdnDir: dir }),
    });
  });

  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends the precompressed file the client accepts, with Content-Encoding and Vary', async () => {
    for (const [accept, encoding, decode] of [
      ['gzip, deflate, br, zstd', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
    ] as const) {
      const res = await rawGet(`${server.url}/cdn/eer-widgets.js`, { 'accept-encoding': accept });
      assert.equal(res.status, 200);
      assert.equal(res.headers['content-encoding'], encoding);
      assert.match(res.headers['content-type'] ?? '', /^text\/javascript/);
      assert.match(res.headers.vary ?? '', /Accept-Encoding/);
      assert.equal(decode(res.body).toString(), code);
    }
    const identity = await rawGet(`${server.url}/cdn/eer-widgets.js`, {});
    assert.equal(identity.headers['content-encoding'], undefined);
    assert.equal(identity.body.toString(), code);
  });

  it('the latest bundle is short-lived with an ETag, and 304 on revalidation', async () => {
    const first = await rawGet(`${server.url}/cdn/eer-widgets.js`, { 'accept-encoding': 'br' });
    assert.equal(first.headers['cache-control'], 'public, max-age=300');
    const etag = first.headers.etag;
    assert.ok(etag, 'an ETag');
    const again = await rawGet(`${server.url}/cdn/eer-widgets.js`, {
      'accept-encoding': 'br',
      'if-none-match': etag,
    });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
    assert.equal(again.headers.etag, etag);
    assert.equal(again.headers['access-control-allow-origin'], '*');
  });

  it('/cdn/v<version>/ and hashed chunks are immutable for a year', async () => {
    for (const path of [
      '/cdn/v1.2.3/eer-widgets.js',
      '/cdn/chunks/map-AbCd12_-.js',
      '/cdn/v1.2.3/chunks/map-AbCd12_-.js',
    ]) {
      const res = await rawGet(`${server.url}${path}`, { 'accept-encoding': 'br' });
      assert.equal(res.status, 200, path);
      assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable', path);
    }
    assert.equal((await rawGet(`${server.url}/cdn/v9.9.9/eer-widgets.js`, {})).status, 404);
  });

  it('API JSON above 1 KiB is compressed; small answers are not', async () => {
    const big = await rawGet(`${server.url}/v1/municipalities?region=04&limit=100`, {
      'accept-encoding': 'br',
    });
    assert.equal(big.status, 200);
    assert.equal(big.headers['content-encoding'], 'br');
    assert.match(big.headers.vary ?? '', /Accept-Encoding/);
    assert.ok(JSON.parse(brotliDecompressSync(big.body).toString()).data.length > 0);
    const gz = await rawGet(`${server.url}/v1/regions`, { 'accept-encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    const etag = gz.headers.etag;
    assert.ok(etag, 'the JSON’s ETag');
    const revalidated = await rawGet(`${server.url}/v1/regions`, {
      'accept-encoding': 'gzip',
      'if-none-match': etag!,
    });
    assert.equal(revalidated.status, 304);
    const small = await rawGet(`${server.url}/v1/regions/04`, { 'accept-encoding': 'br' });
    assert.equal(small.status, 200);
    assert.equal(small.headers['content-encoding'], undefined);
  });
});

describe('CDN versions kept across upgrades (/cdn/v<version>/ forever)', () => {
  let root: string;
  let server: RunningServer;
  const versions = () => join(root, 'cdn-versions');

  /** A CDN build as the widgets' build writes it: version.json, the bundle precompressed, a hashed chunk. */
  function build(version: string, code: string, chunk: string): string {
    const dir = join(root, `build-${version}`);
    mkdirSync(join(dir, 'chunks'), { recursive: true });
    writeFileSync(join(dir, 'version.json'), JSON.stringify({ version }));
    writeFileSync(join(dir, 'eer-widgets.js'), code);
    writeFileSync(join(dir, 'eer-widgets.js.br'), brotliCompressSync(code));
    writeFileSync(join(dir, 'chunks', `${chunk}.js`), `export const chunk = '${chunk}';\n`);
    return dir;
  }

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'eer-cdn-versions-'));
    // Three deployments, each started once: 1.0.0, then 1.1.0, then 1.1.0 rebuilt (a new chunk hash).
    const first = keepCdnVersion(build('1.0.0', 'export const v = "1.0.0";\n', 'map-AAAAAAAA'), versions());
    assert.deepEqual(first, { current: '1.0.0', kept: ['1.0.0'] });
    keepCdnVersion(build('1.1.0', 'export const v = "1.1.0";\n', 'map-BBBBBBBB'), versions());
    rmSync(join(root, 'build-1.1.0'), { recursive: true });
    const latest = build('1.1.0', 'export const v = "1.1.0 rebuilt";\n', 'map-CCCCCCCC');
    const kept = keepCdnVersion(latest, versions());
    assert.deepEqual(kept, { current: '1.1.0', kept: ['1.0.0', '1.1.0'] });
    server = await startServer({
      databasePath: ':memory:',
      port: 0,
      logger: false,
      staticMounts: siteMounts({ cdnDir: latest, cdnVersionsDir: versions() }),
    });
  });

  after(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('an earlier version stays served, immutable, precompressed, with CORS, its chunks included', async () => {
    const old = await rawGet(`${server.url}/cdn/v1.0.0/eer-widgets.js`, { 'accept-encoding': 'br' });
    assert.equal(old.status, 200);
    assert.equal(brotliDecompressSync(old.body).toString(), 'export const v = "1.0.0";\n');
    assert.equal(old.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(old.headers['access-control-allow-origin'], '*');
    const chunk = await rawGet(`${server.url}/cdn/v1.0.0/chunks/map-AAAAAAAA.js`, {});
    assert.equal(chunk.status, 200);
    assert.match(chunk.body.toString(), /map-AAAAAAAA/);
  });

  it('the current version and /cdn/ are served from the current build', async () => {
    for (const path of ['/cdn/v1.1.0/eer-widgets.js', '/cdn/eer-widgets.js']) {
      const res = await rawGet(`${server.url}${path}`, {});
      assert.equal(res.body.toString(), 'export const v = "1.1.0 rebuilt";\n', path);
    }
    assert.equal((await rawGet(`${server.url}/cdn/v1.1.0/chunks/map-CCCCCCCC.js`, {})).status, 200);
    // The copy kept is the latest build of that version (for the next upgrade).
    assert.equal(
      readFileSync(join(versions(), '1.1.0', 'eer-widgets.js'), 'utf8'),
      'export const v = "1.1.0 rebuilt";\n',
    );
  });

  it('a version never deployed is a 404, and nothing outside the kept folders is reachable', async () => {
    assert.equal((await rawGet(`${server.url}/cdn/v0.9.0/eer-widgets.js`, {})).status, 404);
    assert.equal((await rawGet(`${server.url}/cdn/v1.0.0/../build-1.1.0/version.json`, {})).status, 404);
    assert.equal(
      (await rawGet(`${server.url}/cdn/v1.0.0/%2e%2e/%2e%2e/build-1.1.0/version.json`, {})).status,
      404,
    );
  });

  it('CDN_DIR as a symlink to the release: the files are kept (not the link), and served after the next upgrade', async () => {
    const releases = join(root, 'releases');
    const release = (version: string) => {
      const dir = join(releases, version);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'version.json'), JSON.stringify({ version }));
      writeFileSync(join(dir, 'eer-widgets.js'), `export const v = "${version}";\n`);
      return dir;
    };
    const link = join(root, 'cdn-current');
    const kept = join(root, 'linked-versions');
    symlinkSync(release('2.0.0'), link);
    assert.deepEqual(keepCdnVersion(link, kept), { current: '2.0.0', kept: ['2.0.0'] });
    // The next deployment: the link moves to 2.1.0 and the old release is deleted.
    rmSync(link);
    rmSync(join(releases, '2.0.0'), { recursive: true });
    symlinkSync(release('2.1.0'), link);
    assert.deepEqual(keepCdnVersion(link, kept), { current: '2.1.0', kept: ['2.0.0', '2.1.0'] });
    const upgraded = await startServer({
      databasePath: ':memory:',
      port: 0,
      logger: false,
      staticMounts: siteMounts({ cdnDir: link, cdnVersionsDir: kept }),
    });
    try {
      const old = await rawGet(`${upgraded.url}/cdn/v2.0.0/eer-widgets.js`, {});
      assert.equal(old.status, 200);
      assert.equal(old.body.toString(), 'export const v = "2.0.0";\n');
    } finally {
      await upgraded.close();
    }
  });

  it('a copy that fails leaves no empty version folder to be served as that version', () => {
    const build = join(root, 'unreadable-build');
    mkdirSync(build);
    writeFileSync(join(build, 'version.json'), JSON.stringify({ version: '3.0.0' }));
    symlinkSync(join(root, 'nowhere'), join(build, 'eer-widgets.js')); // a dangling link: the copy fails
    const kept = join(root, 'failed-versions');
    const result = keepCdnVersion(build, kept);
    assert.match(result.error ?? '', /ENOENT/);
    assert.deepEqual(result.kept, []);
  });

  it('the versions kept are listed oldest first, pre-releases before their release', () => {
    const dir = join(root, 'ordered-versions');
    for (const name of ['1.0.0', '1.0.0-beta.10', '0.9.0', '1.0.0-beta.2', '10.0.0', '2.0.0', 'latest']) {
      mkdirSync(join(dir, name), { recursive: true });
    }
    assert.deepEqual(keptVersions(dir), [
      '0.9.0',
      '1.0.0-beta.2',
      '1.0.0-beta.10',
      '1.0.0',
      '2.0.0',
      '10.0.0',
    ]);
  });

  it('a folder that cannot be written is reported, not fatal', () => {
    const file = join(root, 'not-a-folder');
    writeFileSync(file, '');
    const result = keepCdnVersion(join(root, 'build-1.0.0'), file);
    assert.equal(result.current, '1.0.0');
    assert.deepEqual(result.kept, []);
    assert.match(result.error ?? '', /EEXIST|ENOTDIR/);
  });
});

/** A GET that does not decode the body (fetch would), to see the bytes on the wire. */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    httpGet(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    }).on('error', reject);
  });
}

/**
 * One request whose target is sent byte for byte over a socket (no URL
 * normalization, unlike fetch), and the answer read as text.
 */
function rawRequest(
  base: string,
  target: string,
): Promise<{ target: string; status: number; head: string; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => {
      socket.end(`GET ${target} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n`);
    });
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      const head = text.slice(0, split);
      resolve({
        target,
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0),
        head,
        body: text.slice(split + 4),
      });
    });
  });
}
