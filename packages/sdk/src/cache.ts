/**
 * Options of the client's in-memory cache of GET answers.
 *
 * @example
 * ```ts
 * // Reuse an answer for at most 30 s, then revalidate it with its ETag.
 * const client = createClient({ key: 'pk_test_demo', cache: { ttl: 30_000 } });
 * ```
 */
export interface CacheOptions {
  /** Most answers kept (least recently used go first). Default 50. */
  maxEntries?: number;
  /**
   * Longest time in milliseconds an answer is reused without asking the API; it
   * caps the API's own `max-age`. `0` revalidates on every call. Default: the API's `max-age`.
   */
  ttl?: number;
}

/** A validated answer, with what is needed to reuse or revalidate it. */
export interface CacheEntry {
  data: unknown;
  etag: string | null;
  freshUntil: number;
}

function maxAgeMs(cacheControl: string): number {
  if (/no-cache|no-store/.test(cacheControl)) return 0;
  return Number(/max-age=(\d+)/.exec(cacheControl)?.[1] ?? 0) * 1000;
}

/** Small LRU of GET answers, keyed by URL, following the API's `Cache-Control` and `ETag`. */
export class ResponseCache {
  readonly #entries = new Map<string, CacheEntry>();
  readonly #maxEntries: number;
  readonly #ttl: number;

  constructor({ maxEntries = 50, ttl = Infinity }: CacheOptions = {}) {
    this.#maxEntries = maxEntries;
    this.#ttl = ttl;
  }

  /** The entry for `key`, fresh or not; marks it recently used. */
  get(key: string): CacheEntry | undefined {
    const entry = this.#entries.get(key);
    if (entry) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  /** Keeps `data` when the answer's headers allow reusing or revalidating it. */
  set(key: string, data: unknown, headers: Headers): void {
    const cacheControl = headers.get('cache-control') ?? '';
    const etag = headers.get('etag');
    const freshFor = Math.min(maxAgeMs(cacheControl), this.#ttl);
    this.#entries.delete(key);
    if (cacheControl.includes('no-store') || (!etag && freshFor <= 0)) return;
    this.#entries.set(key, { data, etag, freshUntil: Date.now() + freshFor });
    if (this.#entries.size > this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
  }

  clear(): void {
    this.#entries.clear();
  }
}

/** True while an entry may be reused without asking the API. */
export function isFresh(entry: CacheEntry): boolean {
  return Date.now() < entry.freshUntil;
}

interface SharedRun {
  promise: Promise<unknown>;
  controller: AbortController;
  callers: number;
}

/**
 * Identical GETs in flight share one request: three widgets asking for the regions
 * at once cost one request. A caller's abort only rejects that caller; the request
 * itself is aborted once every caller has left.
 */
export class InFlight {
  readonly #runs = new Map<string, SharedRun>();

  join<T>(
    key: string,
    signal: AbortSignal | undefined,
    onAbort: (reason: unknown) => unknown,
    run: (signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    if (signal?.aborted) return Promise.reject(onAbort(signal.reason));
    let shared = this.#runs.get(key);
    if (!shared) shared = this.#start(key, run);
    shared.callers++;
    const { promise } = shared as { promise: Promise<T> };
    if (!signal) return promise;
    const current = shared;
    return new Promise<T>((resolve, reject) => {
      const leave = () => {
        reject(onAbort(signal.reason));
        if (--current.callers > 0) return;
        if (this.#runs.get(key) === current) this.#runs.delete(key);
        current.controller.abort(signal.reason);
      };
      signal.addEventListener('abort', leave, { once: true });
      promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', leave));
    });
  }

  #start<T>(key: string, run: (signal: AbortSignal) => Promise<T>): SharedRun {
    const controller = new AbortController();
    const shared: SharedRun = { promise: Promise.resolve(), controller, callers: 0 };
    shared.promise = run(controller.signal).finally(() => {
      if (this.#runs.get(key) === shared) this.#runs.delete(key);
    });
    // Callers who left must not turn the run's failure into an unhandled rejection.
    shared.promise.catch(() => undefined);
    this.#runs.set(key, shared);
    return shared;
  }
}
