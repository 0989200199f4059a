// Runs scripts/bench/server.ts in a child process, so that the load generator
// and the browser do not share an event loop with the server they measure.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BenchServer {
  url: string;
  databasePath: string;
  /** SIGTERM, then waits until the process has closed its database and exited. */
  stop(): Promise<void>;
  /** Deletes the temporary folder of the database (after `stop`). */
  remove(): void;
}

const STARTUP_TIMEOUT_MS = 30_000;

/**
 * `database`: an existing database to share (a SQLite file, or a postgres:// URL with
 * `webhookKeyFile`), for several bench servers on one database; default: a new SQLite file.
 */
export async function startBenchServer(
  database: { path: string; webhookKeyFile?: string } | undefined = undefined,
): Promise<BenchServer> {
  const dir = mkdtempSync(join(tmpdir(), 'eer-bench-'));
  const databasePath = database?.path ?? join(dir, 'bench.db');
  const script = new URL('./server.ts', import.meta.url).pathname;
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', script, databasePath], {
    env: {
      ...process.env,
      EER_LOG: 'off',
      ...(database?.webhookKeyFile ? { WEBHOOK_KEY_FILE: database.webhookKeyFile } : {}),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(
        () => reject(new Error(`the bench server did not start in ${STARTUP_TIMEOUT_MS} ms`)),
        STARTUP_TIMEOUT_MS,
      );
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        // Complete lines only: a chunk may end in the middle of the JSON line.
        const line = out
          .split('\n')
          .slice(0, -1)
          .find((l) => l.startsWith('{'));
        if (line) {
          clearTimeout(timer);
          resolve((JSON.parse(line) as { url: string }).url);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the bench server exited (${code}) before listening:\n${out}`));
      });
    });
    child.stdout.resume();
    return {
      url,
      databasePath,
      stop: async () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        await exited;
      },
      remove: () => rmSync(dir, { recursive: true, force: true }),
    };
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
