import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/**
 * A throwaway PostgreSQL cluster for tests, made from the machine's own binaries
 * (Debian package `postgresql`): initdb + pg_ctl into a temporary folder, on a random
 * port, its unix socket in that folder, stopped and deleted at the end. No Docker, no
 * external service. As root (CI containers), initdb refuses to run: the cluster then
 * runs as the `postgres` system user (`runuser`).
 *
 * One cluster serves a whole test run: `scripts/with-test-postgres.ts` starts it and
 * passes its address in EER_TEST_POSTGRES_URL to every test process; a process started
 * without it (a single test file) starts its own, once.
 */
export interface TestCluster {
  /** Superuser URL of the `postgres` database, e.g. `postgres://postgres@127.0.0.1:54321/postgres`. */
  url: string;
  stop(): Promise<void>;
  /** The same, synchronously (a process `exit` handler). */
  stopNow(): void;
}

/** `sqlite` (default) or `postgres`: which store startTestServer opens (EER_TEST_DATABASE). */
export function testDatabaseBackend(): 'sqlite' | 'postgres' {
  const wanted = (process.env.EER_TEST_DATABASE ?? 'sqlite').toLowerCase();
  if (wanted !== 'sqlite' && wanted !== 'postgres') {
    throw new Error(`EER_TEST_DATABASE must be sqlite or postgres (got "${wanted}").`);
  }
  return wanted;
}

/** The folder of initdb and pg_ctl: PG_BIN, the newest /usr/lib/postgresql/<n>/bin, or none. */
export function postgresBinaries(): string {
  const candidates = process.env.PG_BIN
    ? [process.env.PG_BIN]
    : existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .filter((version) => /^\d+$/.test(version))
          .sort((a, b) => Number(b) - Number(a))
          .map((version) => `/usr/lib/postgresql/${version}/bin`)
      : [];
  const found = candidates.find(
    (folder) => existsSync(join(folder, 'initdb')) && existsSync(join(folder, 'pg_ctl')),
  );
  if (!found) {
    throw new Error(
      'The PostgreSQL tests need the PostgreSQL server binaries (initdb, pg_ctl), which were not found ' +
        'in /usr/lib/postgresql/<version>/bin: install the Debian package `postgresql` ' +
        '(sudo apt-get install postgresql), or set PG_BIN to the folder holding them.',
    );
  }
  return found;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * `durable`: fsync on (commits still asynchronous, like SQLite's WAL + NORMAL) — for the
 * bench; the default turns durability off entirely, which only throwaway test data can afford.
 */
export async function startTestCluster(options: { durable?: boolean } = {}): Promise<TestCluster> {
  const bin = postgresBinaries();
  const folder = mkdtempSync(join(tmpdir(), 'eer-postgres-'));
  const data = join(folder, 'data');
  const asRoot = process.getuid?.() === 0;
  // initdb refuses root; the cluster's files then belong to the postgres system user.
  if (asRoot) chownSync(folder, ...postgresIds());
  const command = async (program: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', join(bin, program), ...args])
      : run(join(bin, program), args);
  const port = await freePort();
  await command('initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
  ]);
  await command('pg_ctl', [
    '-D',
    data,
    '-w',
    '-l',
    join(folder, 'server.log'),
    'start',
    '-o',
    // Throwaway data: durability off makes CREATE DATABASE and commits fast.
    `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c synchronous_commit=off -c max_connections=400` +
      (options.durable ? '' : ' -c fsync=off -c full_page_writes=off'),
  ]);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await command('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']).catch(() => undefined);
    rmSync(folder, { recursive: true, force: true });
  };
  const stopNow = () => {
    if (stopped) return;
    stopped = true;
    const args = ['-D', data, '-m', 'immediate', 'stop'];
    try {
      if (asRoot)
        execFileSync('runuser', ['-u', 'postgres', '--', join(bin, 'pg_ctl'), ...args], { stdio: 'ignore' });
      else execFileSync(join(bin, 'pg_ctl'), args, { stdio: 'ignore' });
    } catch {
      // Already stopped.
    }
    rmSync(folder, { recursive: true, force: true });
  };
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop, stopNow };
}

function postgresIds(): [number, number] {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  if (!line) throw new Error('No `postgres` system user: install the Debian package `postgresql`.');
  const [, , uid, gid] = line.split(':');
  return [Number(uid), Number(gid)];
}

let ownCluster: Promise<TestCluster> | undefined;

/** The run's cluster (EER_TEST_POSTGRES_URL), or one started for this process and stopped at its exit. */
async function clusterUrl(): Promise<string> {
  if (process.env.EER_TEST_POSTGRES_URL) return process.env.EER_TEST_POSTGRES_URL;
  ownCluster ??= startTestCluster().then((cluster) => {
    process.once('exit', () => cluster.stopNow());
    return cluster;
  });
  return (await ownCluster).url;
}

/** bigint as a number, as the store reads it. */
export { numericTypeParser as numericTypes } from '../store/postgres/sql.js';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A new, empty database on the test run's cluster; `drop()` removes it. */
export async function createTestDatabase(): Promise<TestDatabase> {
  return createClusterDatabase(await clusterUrl());
}

/** A new, empty database on the cluster whose superuser URL is `admin`. */
export async function createClusterDatabase(admin: string): Promise<TestDatabase> {
  const name = `eer_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const dropper = new pg.Client({ connectionString: admin });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
