import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

/** Polls `check` until it returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  message: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export interface ReceivedWebhook {
  body: string;
  signature: string | undefined;
  headers: IncomingMessage['headers'];
  /** The answer given to it. */
  answer: number | 'timeout' | 'reset';
  at: number;
}

export type Answer = number | 'timeout' | 'reset' | ((req: IncomingMessage, res: ServerResponse) => void);

/**
 * A real HTTP receiver: records every POST, answers each with the next entry of
 * `script` (a status, `timeout`: never answers, `reset`: destroys the connection),
 * then `otherwise` (default 204).
 */
export async function startReceiver(script: Answer[] = [], otherwise: Answer = 204) {
  const received: ReceivedWebhook[] = [];
  let fallback = otherwise;
  const pending = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const answer = script.shift() ?? fallback;
      const record: ReceivedWebhook = {
        body: Buffer.concat(chunks).toString('utf8'),
        signature: req.headers['eer-signature'] as string | undefined,
        headers: req.headers,
        answer: typeof answer === 'function' ? 200 : answer,
        at: Date.now(),
      };
      received.push(record);
      if (typeof answer === 'function') {
        answer(req, res);
        record.answer = res.statusCode;
      } else if (answer === 'timeout') pending.add(res);
      else if (answer === 'reset') req.socket.destroy();
      else res.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/eer`,
    received,
    /** Changes how it answers once its script is used up. */
    answerFromNowOn(answer: Answer) {
      fallback = answer;
    },
    /** Deliveries it accepted (2xx). */
    accepted: () => received.filter((r) => typeof r.answer === 'number' && r.answer < 300),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of pending) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  exited: Promise<void>;
  kill(signal: NodeJS.Signals): Promise<void>;
}

/** Runs test/fixtures/server-process.ts on `databasePath`; resolves once it listens. */
export async function startServerProcess(databasePath: string, env: Record<string, string> = {}) {
  const script = fileURLToPath(new URL('./fixtures/server-process.ts', import.meta.url));
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', script, databasePath], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{') && l.endsWith('}'));
      if (line) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once('exit', (code) =>
      reject(new Error(`server process exited (${code}) before listening: ${out}`)),
    );
  });
  return {
    url,
    child,
    exited,
    async kill(signal: NodeJS.Signals) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  } satisfies ServerProcess;
}
