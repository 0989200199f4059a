/**
 * Clients that hold the server: a body sent a byte at a time, and more connections
 * than one address may keep. Raw sockets, since fetch would send the whole request.
 */
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from '@emplois-en-regions/server/testing';

function open(port: number, localAddress = '127.0.0.1'): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, localAddress }, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Everything the server sends until it closes the socket (or `deadlineMs` passes). */
function readUntilClosed(socket: Socket, deadlineMs: number): Promise<{ text: string; closed: boolean }> {
  return new Promise((resolve) => {
    let text = '';
    const timer = setTimeout(() => resolve({ text, closed: false }), deadlineMs);
    socket.on('data', (chunk) => (text += chunk.toString('utf8')));
    socket.once('close', () => {
      clearTimeout(timer);
      resolve({ text, closed: true });
    });
    socket.on('error', () => {});
  });
}

describe('slow and greedy clients', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({
      rateLimit: false,
      limits: { requestTimeoutMs: 1_500, maxConnectionsPerClient: 5 },
    });
  });
  after(() => server.close());

  test('a body sent a byte at a time is cut with a 408 problem at the deadline', async () => {
    const socket = await open(server.port);
    socket.write(
      'POST /v1/contact-requests HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
        'Authorization: Bearer pk_test_demo\r\nIdempotency-Key: slow-body-000001\r\nContent-Length: 30000\r\n\r\n{',
    );
    const drip = setInterval(() => socket.writable && socket.write(' '), 200);
    try {
      // Far longer than the 1.5 s deadline plus Node's 1 s check, far shorter than the old 5 minutes.
      const { text, closed } = await readUntilClosed(socket, 10_000);
      assert.ok(closed, `still open after 10 s; received: ${text.slice(0, 200)}`);
      assert.match(text, /^HTTP\/1\.1 408 /);
      assert.match(text, /application\/problem\+json/);
      assert.match(text, /request_timeout/);
    } finally {
      clearInterval(drip);
      socket.destroy();
    }
    assert.equal(await server.store.countContactRequests(), 0);
  });

  test('connections over the per-address cap are closed at once; another client still gets /healthz', async () => {
    const held: Socket[] = [];
    try {
      // 127.0.0.2 is another loopback address: a second client on the same machine.
      for (let i = 0; i < 5; i += 1) held.push(await open(server.port, '127.0.0.2'));
      const extra = await open(server.port, '127.0.0.2');
      held.push(extra);
      const refused = await readUntilClosed(extra, 5_000);
      assert.ok(refused.closed, 'the sixth connection of one address is closed');
      assert.equal(refused.text, '');
      const health = await fetch(`${server.url}/healthz`);
      assert.equal(health.status, 200);
      // The five held connections still work.
      const first = held[0]!;
      const answer = readUntilClosed(first, 5_000);
      first.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
      assert.match((await answer).text, /^HTTP\/1\.1 200 /);
    } finally {
      for (const socket of held) socket.destroy();
    }
  });
});
