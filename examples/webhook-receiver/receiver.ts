/**
 * Receives the webhooks of Emplois en régions: checks each request's `Eer-Signature`
 * with the SDK's `verifyWebhook`, prints the event, and answers 204 (400 when the
 * signature does not check out, so nothing forged is ever acted upon).
 *
 *   EER_WEBHOOK_SECRET=whsec_… node --import tsx receiver.ts [--port 9000] [--path /webhooks/eer]
 *
 * Environment: EER_WEBHOOK_SECRET (required; during a rotation, the new and the old
 * secret separated by a comma). Exit codes: 0 stopped, 2 bad arguments.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isWebhookVerificationError, verifyWebhook, type WebhookEvent } from '@emplois-en-regions/sdk';

export interface ReceiverOptions {
  /**
   * The endpoint's signing secret (`whsec_…`), or the new and the old one during a rotation;
   * or a function read at each request (a secret store, a rotation without restarting).
   */
  secret: string | readonly string[] | (() => string | readonly string[]);
  /** Default 9000; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default `/webhooks/eer`. */
  path?: string;
  stdout?: { write(text: string): unknown };
  stderr?: { write(text: string): unknown };
}

export interface Receiver {
  /** The URL to give to `eer-admin webhook add --url`. */
  url: string;
  close(): Promise<void>;
}

/** An event is about 3 kB; anything much larger is not from the API. */
const MAX_BODY_BYTES = 256 * 1024;

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(undefined);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function describe(event: WebhookEvent): string {
  const request = event.data;
  const what =
    event.type === 'contact_request.created'
      ? `nouvelle demande / new request ${request.reference}`
      : `${request.reference} → ${request.status}`;
  const who = request.erasedAt ? '(effacée / erased)' : `${request.name} <${request.email}>`;
  return `${new Date(event.created * 1000).toISOString()} ${event.id} ${what} · ${who} · régions ${request.regionCodes.join(', ')} · ${request.organization.name}\n`;
}

/** Starts the receiver; resolves once it listens. */
export async function startReceiver(options: ReceiverOptions): Promise<Receiver> {
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const path = options.path ?? '/webhooks/eer';
  // The API delivers at least once: the same event may come again (a lost answer, a retry).
  // A real receiver keeps these ids in its database; a Set is enough for an example.
  const seen = new Set<string>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (new URL(req.url ?? '/', 'http://receiver').pathname !== path) return void res.writeHead(404).end();
    if (req.method !== 'POST') return void res.writeHead(405, { allow: 'POST' }).end();
    const body = await readBody(req);
    if (!body) return void res.writeHead(413).end();
    let event: WebhookEvent;
    try {
      const secret = typeof options.secret === 'function' ? options.secret() : options.secret;
      event = await verifyWebhook(body, req.headers['eer-signature'] as string | undefined, secret);
    } catch (error) {
      if (!isWebhookVerificationError(error)) throw error;
      stderr.write(`refusé / refused (${error.reason}): ${error.message}\n`);
      return void res.writeHead(400, { 'content-type': 'text/plain' }).end(error.reason);
    }
    if (seen.has(event.id)) {
      stdout.write(`${event.id} déjà reçu / already received\n`);
    } else {
      seen.add(event.id);
      // Answer quickly: do slow work (CRM, e-mail to an advisor…) after answering, or in a queue.
      stdout.write(describe(event));
    }
    res.writeHead(204).end();
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      stderr.write(`erreur / error: ${String(error)}\n`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 9000, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const usage =
    'EER_WEBHOOK_SECRET=whsec_… node --import tsx receiver.ts [--port 9000] [--path /webhooks/eer]';
  let values: { port?: string; path?: string };
  try {
    ({ values } = parseArgs({ options: { port: { type: 'string' }, path: { type: 'string' } } }));
  } catch (error) {
    console.error(`${(error as Error).message}\nUsage : ${usage}`);
    process.exit(2);
  }
  const secret =
    process.env.EER_WEBHOOK_SECRET?.split(',')
      .map((s) => s.trim())
      .filter(Boolean) ?? [];
  const port = values.port === undefined ? 9000 : Number(values.port);
  if (secret.length === 0 || !Number.isInteger(port)) {
    console.error(`EER_WEBHOOK_SECRET est requis / is required.\nUsage : ${usage}`);
    process.exit(2);
  }
  const receiver = await startReceiver({ secret, port, path: values.path });
  console.log(`En écoute / listening: ${receiver.url} (Ctrl+C pour arrêter / to stop)`);
  process.on('SIGINT', () => void receiver.close().then(() => process.exit(0)));
  process.on('SIGTERM', () => void receiver.close().then(() => process.exit(0)));
}
