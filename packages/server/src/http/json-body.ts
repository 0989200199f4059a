import type { Context } from 'hono';
import { requestLanguage } from './language.js';
import { fieldError, problem } from './problem.js';
import { DETAILS } from './problem-texts.js';

export const MAX_BODY_BYTES = 32 * 1024;
/**
 * How much of an oversized body is read and thrown away before answering
 * 413: a client still uploading when the server answers may see a reset
 * connection instead of the 413, so small overflows are drained first.
 */
const DRAIN_LIMIT_BYTES = 1024 * 1024;

function isJsonMediaType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const [type = '', ...params] = contentType.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  const charset = params.find((param) => param.startsWith('charset='));
  return charset === undefined || /^charset="?utf-8"?$/.test(charset);
}

function tooLarge(c: Context) {
  const message = DETAILS.bodyTooLarge[requestLanguage(c)];
  return problem(413, 'payload_too_large', { errors: [{ field: 'body', code: 'too_long', message }] });
}

async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, alreadyRead: number): Promise<void> {
  let total = alreadyRead;
  while (total < DRAIN_LIMIT_BYTES) {
    const { done, value } = await reader.read();
    if (done) return;
    total += value.byteLength;
  }
  await reader.cancel();
}

/** Without a Node server (app.request() in tests): the default request deadline. */
const FALLBACK_BODY_DEADLINE_MS = 30_000;

/**
 * The body must arrive within the server's request deadline (`requestTimeout`, see
 * connection-limits.ts): Node's own check stops once the app has the request, so a
 * client sending a byte every few seconds would otherwise hold the connection for
 * minutes. Past it: 408, and the connection is closed.
 */
function bodyDeadline(c: Context): number {
  const socket = (c.env as { incoming?: { socket?: { server?: { requestTimeout?: number } } } } | undefined)
    ?.incoming?.socket;
  const timeout = socket?.server?.requestTimeout;
  if (!timeout || timeout <= 0) return FALLBACK_BODY_DEADLINE_MS;
  // A little before Node's own check (every second, from the request's start), so the
  // app answers a readable 408 instead of Node cutting the body under it.
  return Math.max(timeout / 2, timeout - 1_000);
}

async function readBefore(
  c: Context,
  reader: ReadableStreamDefaultReader<Uint8Array>,
  deadline: number,
): Promise<ReadableStreamReadResult<Uint8Array>> {
  const left = deadline - Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => {
        // Settle first: cancelling resolves the pending read at once, which would win the race.
        reject(
          problem(408, 'request_timeout', {
            errors: [fieldError('body', 'required', requestLanguage(c))],
            headers: { Connection: 'close' },
          }),
        );
        void reader.cancel().catch(() => {});
      },
      Math.max(0, left),
    );
  });
  try {
    return await Promise.race([reader.read(), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Reads at most 32 KiB, whether or not Content-Length is sent (a chunked
 * body is counted as it streams, never buffered beyond the limit), before the deadline.
 */
async function readLimitedBytes(c: Context): Promise<Uint8Array> {
  const declared = c.req.header('Content-Length');
  const body = c.req.raw.body;
  if (declared !== undefined && Number(declared) > MAX_BODY_BYTES) {
    if (body) await drain(body.getReader(), 0);
    throw tooLarge(c);
  }
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const deadline = Date.now() + bodyDeadline(c);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await readBefore(c, reader, deadline);
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await drain(reader, size);
      throw tooLarge(c);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The parsed JSON body of a POST: 415 unless `application/json` (UTF-8),
 * 413 over 32 KiB, 400 `malformed_json` when empty, not UTF-8 or not JSON.
 * JSON.parse never builds prototypes from `__proto__` keys (they stay own
 * properties, which the strict schemas then refuse), and at 32 KiB even
 * 10,000 levels of nesting parse without exhausting the stack.
 */
export async function readJsonBody(c: Context): Promise<unknown> {
  if (!isJsonMediaType(c.req.header('Content-Type'))) {
    throw problem(415, 'unsupported_media_type', {
      errors: [fieldError('Content-Type', 'invalid_value', requestLanguage(c))],
    });
  }
  const bytes = await readLimitedBytes(c);
  const malformed = () =>
    problem(400, 'malformed_json', { errors: [fieldError('body', 'invalid_format', requestLanguage(c))] });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw malformed();
  }
  if (text.trim() === '') {
    throw problem(400, 'malformed_json', {
      detail: 'emptyBody',
      errors: [fieldError('body', 'required', requestLanguage(c))],
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw malformed();
  }
}
