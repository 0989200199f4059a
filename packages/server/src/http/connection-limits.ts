import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * What one client may hold of the server: how long it may take to send a request,
 * and how many connections it may keep open. Without them, 50 POSTs announcing
 * 30 kB and sending a byte every 10 s stay open for minutes, and 20,000 half-sent
 * requests exhaust the process's file descriptors.
 */
export interface ConnectionLimits {
  /** The whole request, headers and body, must arrive within this (408 otherwise). Default 30 s. */
  requestTimeoutMs?: number;
  /** The headers must arrive within this. Default 15 s (at most `requestTimeoutMs`). */
  headersTimeoutMs?: number;
  /** Open connections at most; beyond, new ones are closed at once. Default 2,000. */
  maxConnections?: number;
  /**
   * Open connections at most per client address; beyond, new ones from that address are
   * closed at once. Default 64. `false` behind a proxy, whose address every connection shares.
   */
  maxConnectionsPerClient?: number | false;
}

export const DEFAULT_CONNECTION_LIMITS = {
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 15_000,
  maxConnections: 2_000,
  maxConnectionsPerClient: 64,
} as const satisfies Required<ConnectionLimits>;

/** How often Node checks for requests over their time limit. */
const CHECK_INTERVAL_MS = 1_000;

/** The options Node's `http.createServer` needs for the timeouts (they must be set at creation). */
export function serverTimeouts(limits: ConnectionLimits = {}) {
  const requestTimeout = limits.requestTimeoutMs ?? DEFAULT_CONNECTION_LIMITS.requestTimeoutMs;
  return {
    requestTimeout,
    headersTimeout: Math.min(
      limits.headersTimeoutMs ?? DEFAULT_CONNECTION_LIMITS.headersTimeoutMs,
      requestTimeout,
    ),
    connectionsCheckingInterval: Math.min(CHECK_INTERVAL_MS, requestTimeout),
  };
}

/** Applies the connection caps to a listening Node server. */
export function limitConnections(server: Server, limits: ConnectionLimits = {}): void {
  server.maxConnections = limits.maxConnections ?? DEFAULT_CONNECTION_LIMITS.maxConnections;
  const perClient = limits.maxConnectionsPerClient ?? DEFAULT_CONNECTION_LIMITS.maxConnectionsPerClient;
  if (perClient === false) return;
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const count = (open.get(address) ?? 0) + 1;
    if (count > perClient) {
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left <= 0) open.delete(address);
      else open.set(address, left);
    });
  });
}
