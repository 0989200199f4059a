// A real WordPress for the end-to-end test, in a temp folder: Debian's
// WordPress files, a private MariaDB server (its own data folder and socket,
// no network), PHP's built-in web server on a free 127.0.0.1 port, the
// plugin installed from the built zip. `close()` stops everything and removes
// the folder.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  constants,
  copyFileSync,
  cpSync,
  createWriteStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, startProcess, stopAll, stopProcess, waitFor } from './processes.mjs';

const support = fileURLToPath(new URL('.', import.meta.url));

/** What `.ci/run` installs; named in the failure message when something is missing. */
const DEBIAN_PACKAGES =
  'wordpress wordpress-l10n wordpress-theme-twentytwentythree php8.2-cli php8.2-mysql mariadb-server';
const INSTALL_HINT = `Install them (Debian 12): sudo apt-get install -y --no-install-recommends ${DEBIAN_PACKAGES}`;

/** Debian's WordPress (WORDPRESS_DIR overrides). */
const WORDPRESS_DIR = process.env.WORDPRESS_DIR ?? '/usr/share/wordpress';

function findExecutable(name) {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/bin', '/sbin'];
  for (const dir of dirs) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // next
    }
  }
  return null;
}

/** The tools the test needs, or a failed assertion naming what is missing and the packages to install. */
export async function requireTools() {
  const tools = {
    php: findExecutable('php'),
    mariadbd: findExecutable('mariadbd'),
    installDb: findExecutable('mariadb-install-db'),
    mariadb: findExecutable('mariadb'),
  };
  const missing = Object.entries(tools)
    .filter(([, path]) => !path)
    .map(([name]) => name);
  if (!existsSync(join(WORDPRESS_DIR, 'wp-settings.php'))) missing.push(`WordPress in ${WORDPRESS_DIR}`);
  if (!existsSync(join(WORDPRESS_DIR, 'wp-content/themes/twentytwentythree/style.css')))
    missing.push('the Twenty Twenty-Three theme');
  if (!existsSync(join(WORDPRESS_DIR, 'wp-content/languages/fr_FR.mo')))
    missing.push("WordPress's fr_FR translation");
  if (tools.php) {
    const { stdout } = await run(tools.php, ['-m']);
    if (!/^mysqli$/m.test(stdout)) missing.push("PHP's mysqli extension");
  }
  assert.deepEqual(
    missing,
    [],
    `The WordPress end-to-end test needs: ${missing.join(', ')}.\n${INSTALL_HINT}`,
  );
  return tools;
}

/** A free 127.0.0.1 port (listened on, then closed). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Debian's WordPress minus its wp-config.php (which reads /etc/wordpress) and the languages other than French. */
function copyWordPress(target) {
  const languages = join(WORDPRESS_DIR, 'wp-content/languages');
  cpSync(WORDPRESS_DIR, target, {
    recursive: true,
    filter: (source) =>
      source !== join(WORDPRESS_DIR, 'wp-config.php') &&
      source !== join(WORDPRESS_DIR, '.htaccess') &&
      (!source.startsWith(`${languages}/`) || /-?fr_FR\.mo$/.test(source)),
  });
}

function wpConfig({ url, socket, debugLog, database = 'wordpress', network = false }) {
  const salt = () => randomBytes(32).toString('hex');
  const keys = [
    'AUTH_KEY',
    'SECURE_AUTH_KEY',
    'LOGGED_IN_KEY',
    'NONCE_KEY',
    'AUTH_SALT',
    'SECURE_AUTH_SALT',
    'LOGGED_IN_SALT',
    'NONCE_SALT',
  ];
  const php = (value) => `'${String(value).replace(/[\\']/g, '\\$&')}'`;
  return `<?php
define( 'DB_NAME', '${database}' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', ${php(`localhost:${socket}`)} );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${keys.map((key) => `define( '${key}', '${salt()}' );`).join('\n')}
$table_prefix = 'wp_';
${
  network
    ? `define( 'MULTISITE', true );
define( 'SUBDOMAIN_INSTALL', false );
define( 'DOMAIN_CURRENT_SITE', 'localhost' );
define( 'PATH_CURRENT_SITE', '/' );
define( 'SITE_ID_CURRENT_SITE', 1 );
define( 'BLOG_ID_CURRENT_SITE', 1 );`
    : `define( 'WP_HOME', ${php(url)} );
define( 'WP_SITEURL', ${php(url)} );`
}
// Application passwords (REST as each role) need HTTPS or a local environment.
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'FS_METHOD', 'direct' );
// No Internet here: WordPress may only call this machine (the API under test).
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'WP_ACCESSIBLE_HOSTS', '127.0.0.1,localhost' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', ${php(debugLog)} );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
}

/** PHP's web server hands WordPress every path that is not a file (pretty URLs, /favicon.ico). */
const ROUTER = `<?php
$path = parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
if ( '/' !== $path && file_exists( __DIR__ . $path ) ) {
	return false;
}
require __DIR__ . '/index.php';
`;

/**
 * Installs and serves WordPress with the plugin from `zip` active.
 * @param {{ zip: string, name?: string }} options
 */
export async function openWordPress({ zip, name = 'wordpress' }) {
  const tools = await requireTools();
  const temp = mkdtempSync(join(tmpdir(), `eer-${name}-`));
  const log = createWriteStream(join(temp, 'processes.log'));
  let mariadbd;
  let php;
  let closed;
  const close = () =>
    (closed ??= (async () => {
      try {
        await Promise.all([stopProcess(php), stopProcess(mariadbd, 15_000)]);
        // PHP commands still running (a test that failed midway) would write into the folder.
        await stopAll();
      } finally {
        log.end();
        rmSync(temp, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
      }
    })());

  try {
    // MariaDB: a private server, reachable only through its socket.
    const datadir = join(temp, 'db');
    const socket = join(temp, 'mysqld.sock');
    const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
    await run(tools.installDb, [
      '--no-defaults',
      `--datadir=${datadir}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      ...asRoot,
    ]);
    mariadbd = startProcess(
      tools.mariadbd,
      [
        '--no-defaults',
        `--datadir=${datadir}`,
        `--socket=${socket}`,
        '--skip-networking',
        `--pid-file=${join(temp, 'mysqld.pid')}`,
        '--innodb-buffer-pool-size=32M',
        '--skip-log-bin',
        ...asRoot,
      ],
      { log },
    );
    const sql = (statement) =>
      run(tools.mariadb, ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', statement]);
    await waitFor(
      async () =>
        existsSync(socket) &&
        (await sql('SELECT 1').then(
          () => true,
          () => false,
        )),
      () => `MariaDB did not start; its log:\n${readFileSync(join(temp, 'processes.log'), 'utf8')}`,
    );
    await sql('CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');

    // WordPress files, configuration, install.
    const dir = join(temp, 'www');
    copyWordPress(dir);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const debugLog = join(temp, 'debug.log');
    writeFileSync(join(dir, 'wp-config.php'), wpConfig({ url, socket, debugLog }));
    writeFileSync(join(temp, 'router.php'), ROUTER.replaceAll('__DIR__', `'${dir}'`));
    const env = { EER_WP_URL: url };
    const password = randomBytes(12).toString('base64url');
    const installed = JSON.parse(
      (await run(tools.php, [join(support, 'install.php'), dir, password], { env })).stdout,
    );
    // The upgrader deletes the package it unpacks: give it a copy.
    const zipCopy = join(temp, 'emplois-en-regions.zip');
    copyFileSync(zip, zipCopy);
    const prepared = JSON.parse(
      (await run(tools.php, [join(support, 'prepare.php'), dir, zipCopy, password], { env })).stdout,
    );

    php = startProcess(tools.php, ['-S', `127.0.0.1:${port}`, '-t', dir, join(temp, 'router.php')], {
      env: { PHP_CLI_SERVER_WORKERS: '8' },
      log,
      group: true,
    });
    await waitFor(
      () =>
        fetch(`${url}/wp-login.php`).then(
          (r) => r.status === 200,
          () => false,
        ),
      () => `PHP's web server did not answer on ${url}`,
    );

    const users = Object.fromEntries(
      Object.entries(prepared.users).map(([role, user]) => [role, { ...user, password }]),
    );
    return {
      url,
      dir,
      users,
      versions: {
        wordpress: prepared.wp,
        php: prepared.php,
        theme: prepared.theme,
        locale: installed.locale,
      },
      plugin: prepared.plugin,
      /** A REST request as `role` (application password), without pretty permalinks. */
      async rest(role, method, route, body) {
        const { login, appPassword } = users[role];
        const [path, query = ''] = route.split('?');
        const response = await fetch(
          `${url}/?rest_route=${encodeURIComponent(path)}${query ? `&${query}` : ''}`,
          {
            method,
            headers: {
              Authorization: `Basic ${Buffer.from(`${login}:${appPassword}`).toString('base64')}`,
              ...(body ? { 'Content-Type': 'application/json' } : {}),
            },
            body: body ? JSON.stringify(body) : undefined,
          },
        );
        const json = await response.json();
        assert.ok(response.ok, `${method} ${route} as ${role}: ${response.status} ${JSON.stringify(json)}`);
        return json;
      },
      /** Runs a PHP file of test/support inside WordPress (wp-load.php), with JSON arguments; returns its JSON output. */
      async php(file, args = {}) {
        const { stdout } = await run(tools.php, [join(support, file), dir, JSON.stringify(args)], { env });
        return JSON.parse(stdout);
      },
      /**
       * A second WordPress, a multisite network (its own database, run from
       * PHP only: multisite refuses a port in its address), with the plugin
       * network-activated; returns network-check.php's report.
       */
      async network({ apiBase }) {
        await sql('CREATE DATABASE network CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
        const networkDir = join(temp, 'network');
        copyWordPress(networkDir);
        const config = { url: 'http://localhost', socket, debugLog, database: 'network' };
        writeFileSync(join(networkDir, 'wp-config.php'), wpConfig(config));
        const networkEnv = { EER_WP_URL: 'http://localhost' };
        await run(tools.php, [join(support, 'install.php'), networkDir, password], { env: networkEnv });
        await run(tools.php, [join(support, 'network-install.php'), networkDir], { env: networkEnv });
        writeFileSync(join(networkDir, 'wp-config.php'), wpConfig({ ...config, network: true }));
        copyFileSync(zip, zipCopy);
        await run(
          tools.php,
          [join(support, 'network-activate.php'), networkDir, JSON.stringify({ zip: zipCopy })],
          {
            env: networkEnv,
          },
        );
        const { stdout } = await run(
          tools.php,
          [join(support, 'network-check.php'), networkDir, JSON.stringify({ apiBase })],
          { env: networkEnv },
        );
        try {
          return JSON.parse(stdout);
        } catch {
          throw new Error(
            `network-check.php printed:\n${stdout
              .replace(/<style[\s\S]*<\/style>/, '')
              .replace(/<[^>]*>/g, ' ')
              .replace(/\s+/g, ' ')
              .slice(0, 1500)}`,
          );
        }
      },
      /** PHP notices, warnings and errors WordPress logged. */
      debugLog: () => (existsSync(debugLog) ? readFileSync(debugLog, 'utf8') : ''),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
