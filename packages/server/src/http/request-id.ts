import { requestId as honoRequestId } from 'hono/request-id';

/**
 * X-Request-Id on every response: echoes a well-formed incoming id (letters,
 * digits, `_`, `-`, `=`, at most 128 characters, so a log line cannot be forged)
 * or makes a new UUID. Available to handlers as `c.get('requestId')`.
 */
export function requestId() {
  return honoRequestId({ limitLength: 128, headerName: 'X-Request-Id' });
}
