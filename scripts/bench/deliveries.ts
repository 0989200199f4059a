// Notification figures: 1,000 contact requests POSTed to the bench server (its own
// process) while a local receiver accepts their webhooks: every one must be
// delivered exactly once, and the time from the 201 to the webhook's arrival is
// measured (p50/p99). Webhook endpoints are added through the same file, from this
// process, while the server runs — as eer-admin would.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { openStore } from '@emplois-en-regions/server';
import { addWebhook } from '@emplois-en-regions/server/testing';
import { DELIVERY_P99_BUDGET_MS } from './budgets.js';
import { contactRequestBody } from './contact-request.js';
import type { BenchServer } from './server-process.js';
import { median, percentile } from './stats.js';
import { atMost, missing, type Row } from './table.js';

const REQUESTS = 1_000;
const CONCURRENCY = 8;
const DEADLINE_MS = 120_000;

interface Received {
  at: number;
  reference: string;
  eventId: string;
}

async function startAcceptingReceiver() {
  const received: Received[] = [];
  let wake: (() => void) | undefined;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const at = performance.now();
      const event = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        id: string;
        data: { reference: string };
      };
      received.push({ at, reference: event.data.reference, eventId: event.id });
      res.writeHead(204).end();
      wake?.();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`,
    received,
    /** Resolves at the next delivery (or after `ms`). */
    next: (ms: number) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function postContact(url: string, index: number): Promise<string> {
  const response = await fetch(`${url}/v1/contact-requests`, {
    method: 'POST',
    headers: {
      authorization: 'Bearer pk_test_demo',
      'content-type': 'application/json',
      'idempotency-key': `bench-delivery-${process.pid}-${index}`,
    },
    body: contactRequestBody(index),
  });
  const body = (await response.json()) as { reference?: string };
  if (response.status !== 201 || !body.reference) throw new Error(`POST answered ${response.status}`);
  return body.reference;
}

/** Rows for the webhook deliveries of REQUESTS contact requests; the server is left running. */
export async function deliveryRows(server: BenchServer): Promise<Row[]> {
  const figure = `notifications: ${REQUESTS.toLocaleString('en-US')} requests → webhooks, 201 to delivery`;
  const receiver = await startAcceptingReceiver();
  try {
    const store = await openStore({ path: server.databasePath, mode: 'demo' });
    try {
      for (const organization of await store.organizationAccounts()) {
        await addWebhook(store, { organization: organization.id, url: receiver.url }, new Date());
      }
    } finally {
      await store.close();
    }

    const answeredAt = new Map<string, number>();
    const sentAt = new Map<string, number>();
    let nextIndex = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (nextIndex < REQUESTS) {
          const index = nextIndex++;
          const sent = performance.now();
          const reference = await postContact(server.url, index);
          answeredAt.set(reference, performance.now());
          sentAt.set(reference, sent);
        }
      }),
    );
    const postSeconds = (performance.now() - started) / 1000;
    const deadline = performance.now() + DEADLINE_MS;
    while (
      new Set(receiver.received.map((r) => r.reference)).size < REQUESTS &&
      performance.now() < deadline
    ) {
      await receiver.next(1_000);
    }
    const firstArrival = new Map<string, number>();
    for (const hit of receiver.received) {
      if (!firstArrival.has(hit.reference)) firstArrival.set(hit.reference, hit.at);
    }
    const delivered = [...answeredAt.keys()].filter((reference) => firstArrival.has(reference));
    // The worker wakes at the commit, so a webhook often arrives before this busy client
    // has read its 201: that counts as 0 ms (and the time from sending the POST is given too).
    const raw = delivered.map((reference) => firstArrival.get(reference)! - answeredAt.get(reference)!);
    const latencies = raw.map((ms) => Math.max(0, ms));
    const early = raw.filter((ms) => ms < 0).length;
    const fromSend = delivered.map((reference) => firstArrival.get(reference)! - sentAt.get(reference)!);
    const duplicates = receiver.received.length - new Set(receiver.received.map((r) => r.eventId)).size;
    const problems = [
      ...(delivered.length < REQUESTS ? [`only ${delivered.length} of ${REQUESTS} delivered`] : []),
      ...(duplicates > 0 ? [`${duplicates} event(s) delivered twice`] : []),
    ];
    const notes = `${delivered.length}/${REQUESTS} delivered, ${duplicates} duplicates; ${CONCURRENCY} clients, ${Math.round(REQUESTS / postSeconds)} req/s; local receiver answering 204`;
    return [
      {
        figure: `${figure}: p50`,
        value: median(latencies),
        unit: 'ms',
        digits: 1,
        notes,
        problems,
      },
      {
        figure: `${figure}: p99`,
        value: percentile(latencies, 99),
        unit: 'ms',
        digits: 1,
        budget: atMost(DELIVERY_P99_BUDGET_MS),
        notes: `max ${Math.max(...latencies).toFixed(1)} ms; ${early} arrived before the client read its 201 (0 ms); from sending the POST: p50 ${median(fromSend).toFixed(1)} ms, p99 ${percentile(fromSend, 99).toFixed(1)} ms`,
      },
    ];
  } catch (error) {
    return [missing(`${figure}: p99`, 'ms', error, atMost(DELIVERY_P99_BUDGET_MS))];
  } finally {
    await receiver.close();
  }
}
