import { executeServerCommand } from '@web/test-runner-commands';

/** Runs a command of the test-server plugin (scripts/wtr-test-server.mjs) in the runner's process. */
export async function serverCommand<T>(name: string, payload?: unknown): Promise<T> {
  return (await executeServerCommand(`eer-server:${name}`, payload)) as T;
}

/** Base URL of the real API server of this test run. */
export const apiBase = (): Promise<string> => serverCommand<string>('url');

export interface Fault {
  method?: string;
  path: string;
  times?: number;
  kind: 'delay' | 'status' | 'drop-before' | 'drop-after' | 'malformed';
  ms?: number;
  status?: number;
  retryAfter?: number;
  body?: string;
}

export const addFault = (fault: Fault) => serverCommand('add-fault', fault);
export const clearFaults = () => serverCommand('clear-faults');
export const storedContactRequests = () => serverCommand<number>('stored-contact-requests');
export const requestsTo = (path: string) =>
  serverCommand<Array<{ method: string; path: string }>>('requests', { path });
export const resetRequests = () => serverCommand('reset-requests');

/** Attributes that point a widget at the test server with the demo key. */
export async function apiAttributes(): Promise<string> {
  return `api-base="${await apiBase()}" api-key="pk_test_demo"`;
}

/** Resolves when `predicate` holds (checked each animation frame), or rejects after `timeout` ms. */
export async function until(predicate: () => boolean, timeout = 5000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
