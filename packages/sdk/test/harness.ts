/**
 * What the shared suite needs from its environment: a describe/it registry
 * (node:test in Node, mocha in Chromium) and a handle on the real test server.
 * Every handle method is async because in the browser it is a command run by
 * the test runner's process, where the server lives (faults cannot be set over HTTP).
 */
export interface Harness {
  describe(name: string, body: () => void): void;
  it(name: string, body: () => Promise<void>): void;
  afterEach(body: () => Promise<void>): void;
}

/** One request as the server recorded it (see RequestLog in packages/server). */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
}

export interface RequestFilter {
  method?: string;
  path?: string;
}

/** A fault of the test server, as plain data (see FaultSpec in packages/server). */
export type Fault = { method?: string; path: string; times?: number } & (
  | { kind: 'delay'; ms: number }
  | { kind: 'status'; status: number; retryAfter?: number }
  | { kind: 'drop-before' }
  | { kind: 'drop-after' }
  | { kind: 'malformed'; body?: string }
);

export interface ServerHandle {
  readonly environment: 'node' | 'browser';
  /** Origin of the test server, e.g. `http://127.0.0.1:49152`. */
  url(): Promise<string>;
  requests(filter?: RequestFilter): Promise<RecordedRequest[]>;
  addFault(fault: Fault): Promise<void>;
  clearFaults(): Promise<void>;
  /** Contact requests stored in the server's database. */
  storedContactRequests(): Promise<number>;
}

/** Everything a suite file receives. */
export interface SuiteContext {
  t: Harness;
  server: ServerHandle;
}
