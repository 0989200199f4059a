import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Problem } from '@emplois-en-regions/schemas';
import { PROBLEM_TYPE_BASE } from './problem.js';
import { SERVER_PROBLEM_TEXTS, type ServerProblemCode } from './problem-texts.js';

/** How long a refused connection may keep sending before it is cut (see `answerClientError`). */
const LINGER_MS = 2000;

/** Node's parser and timeout errors → the answer Node itself would give, as a problem. */
function problemOf(error: NodeJS.ErrnoException): { status: number; code: ServerProblemCode } {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return { status: 431, code: 'headers_too_large' };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, code: 'request_timeout' };
    default:
      return { status: 400, code: 'bad_request' };
  }
}

/**
 * A complete HTTP/1.1 answer for a request the app never saw: problem+json in
 * French (no header was read, so no Accept-Language), a fresh X-Request-Id, and
 * `Connection: close` since the rest of the stream cannot be trusted.
 */
function clientErrorResponse(error: NodeJS.ErrnoException, requestId = randomUUID()): string {
  const { status, code } = problemOf(error);
  const text = SERVER_PROBLEM_TEXTS[code].fr;
  const problem: Problem = {
    type: PROBLEM_TYPE_BASE + code,
    title: text.title,
    status,
    detail: text.detail,
    code,
    requestId,
  };
  const body = JSON.stringify(problem);
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}`,
    'Content-Type: application/problem+json',
    'Content-Language: fr',
    'Cache-Control: no-store',
    `Content-Length: ${Buffer.byteLength(body)}`,
    `X-Request-Id: ${requestId}`,
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

/** The answer being written on a keep-alive connection, if any (Node keeps it on the socket). */
function responseInFlight(socket: Duplex): ServerResponse | undefined {
  return (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage ?? undefined;
}

/** Writes the problem and closes; never throws. */
function answer(error: NodeJS.ErrnoException, socket: Duplex): void {
  try {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    socket.end(clientErrorResponse(error));
    // Keep reading (and dropping) what the client still sends for a moment: closing
    // with unread data would reset the connection, which can destroy the answer
    // before the client reads it.
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
  } catch {
    socket.destroy();
  }
}

const seen = new WeakSet<Duplex>();

/**
 * `clientError` listener of the Node server: a request its parser refused
 * (broken framing, oversized headers, a timeout) gets a problem+json answer
 * instead of Node's bare `400 Bad Request`. When a request pipelined before the
 * broken one is still being answered on that connection, its answer is finished
 * first, so the client never reads the problem as the answer to it.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  // The parser reports again for every later chunk of the same connection.
  if (seen.has(socket)) return;
  seen.add(socket);
  const inFlight = responseInFlight(socket);
  if (inFlight && !inFlight.writableFinished) {
    inFlight.once('finish', () => answer(error, socket));
    return;
  }
  answer(error, socket);
}
