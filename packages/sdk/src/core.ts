import ky, { type KyInstance } from 'ky';
import type { Language } from '@emplois-en-regions/schemas';
import type { Validator } from './validation.js';
import { InFlight, isFresh, ResponseCache, type CacheEntry, type CacheOptions } from './cache.js';
import { isBrowser } from './environment.js';
import { abortedError, errorFromThrown, type CallInfo } from './error-from.js';
import { keyKind } from './keys.js';
import { readJsonBody } from './response-body.js';
import { retryPolicy, type RetryOptions } from './retry.js';

/**
 * Options of {@link createCore} and {@link createClient}.
 *
 * @example
 * ```ts
 * const options: ClientOptions = { baseUrl: 'https://eer.example.org', key: 'pk_test_demo', lang: 'en' };
 * ```
 */
export interface ClientOptions {
  /**
   * Where the API is served, e.g. `https://eer.example.org` (`/v1` is added unless
   * the URL already ends with it). Default in a browser: the page's origin.
   */
  baseUrl?: string | URL;
  /**
   * A publishable key (`pk_…`, sent as the `key` query parameter, usable in browsers)
   * or a secret key (`sk_…`, sent as a bearer token, refused in browsers). Reading
   * public data from a script needs no key.
   */
  key?: string;
  /**
   * Language of the API's error details and of the SDK's field errors: `fr` (default)
   * or `en`. A tag such as `en-CA` is reduced to its language.
   */
  lang?: Language | (string & {});
  /** Milliseconds to wait for each attempt's answer, or `false`. Default 10 000. */
  timeout?: number | false;
  /** Retries: a number of retries, or {@link RetryOptions}. Default: 2 retries. */
  retry?: number | RetryOptions;
  /** The `fetch` to use (default: the global one), e.g. one with a proxy agent. */
  fetch?: typeof fetch;
  /**
   * `strict` (default) checks every answer against its schema and rejects with a
   * `ValidationError` naming the offending field; `off` trusts the API. Unknown
   * extra fields are accepted either way, so a newer API never breaks this client.
   */
  validate?: 'strict' | 'off';
  /** In-memory cache of GET answers, or `false` to turn it off. */
  cache?: CacheOptions | false;
}

/**
 * Per-call options every method takes.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * const regions = await client.regions.list({ signal: controller.signal, cache: false });
 * ```
 */
export interface CallOptions {
  /** Aborts the call; it then rejects with an error of kind `aborted`. */
  signal?: AbortSignal | undefined;
  /**
   * `false` skips the in-memory cache and the sharing of identical calls in flight,
   * and asks the API for a fresh answer.
   */
  cache?: boolean | undefined;
}

/**
 * Query parameters; `undefined` values are left out.
 *
 * @example
 * ```ts
 * const query: Query = { region: '04', limit: 10, cursor: undefined };
 * ```
 */
export type Query = Record<string, string | number | boolean | undefined>;

/**
 * One call through {@link EerCore.request}: the escape hatch for an endpoint the
 * resources do not cover yet.
 *
 * @example
 * ```ts
 * const regions = await core.request({ path: 'regions', schema: RegionList });
 * ```
 */
export interface CoreRequest<T> extends CallOptions {
  /**
   * Default: a `GET` through the cache. An explicit method — `GET` included — sends
   * the call as it is (no cache, no shared call in flight, no query string but the key).
   */
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Path under `/v1/`, e.g. `regions/04`. */
  path: string;
  /** Query parameters (the publishable key is added by the client). */
  query?: Query | undefined;
  /** JSON body of a POST. */
  body?: unknown;
  /** Schema of the answer, checked when `validate` is `strict`. */
  schema?: Validator<T> | undefined;
  /**
   * `Idempotency-Key` of a POST. Only a POST that carries one is retried, and it
   * carries the same key on every attempt so the API can answer the first result again.
   */
  idempotencyKey?: string | undefined;
  /** More request headers, e.g. `If-Match` (server-side: a browser would need a preflight). */
  headers?: Record<string, string> | undefined;
  /**
   * A write that is safe to repeat without an idempotency key (e.g. a cancellation):
   * retried like a POST that carries one. Default false: a write is sent once.
   */
  retryable?: boolean | undefined;
  /** Called with the headers of the successful answer (e.g. to read its `ETag`). */
  onHeaders?: ((headers: Headers) => void) | undefined;
}

/**
 * The transport every resource uses: ky with the client's key, language, timeout,
 * retries, cache and validation. Build it with {@link createCore} and hand it to
 * the resource factories you need — only those end up in your bundle.
 *
 * @example
 * ```ts
 * const core = createCore({ key: 'pk_test_demo' });
 * const events = eventsResource(core);
 * ```
 */
export interface EerCore {
  /** API root, ending with `/v1/`. */
  readonly apiRoot: string;
  /** Language of error details and field errors. */
  readonly lang: Language;
  /** Makes one call and returns its (validated) JSON answer. */
  request<T = unknown>(request: CoreRequest<T>): Promise<T>;
  /** Absolute URL of an API path, without the key (for links and calendar subscriptions). */
  url(path: string, query?: Query): string;
  /** Forgets the cached answers. */
  clearCache(): void;
}

function apiRootOf(baseUrl: string | URL | undefined): string {
  const page = typeof location === 'undefined' ? undefined : location.href;
  if (baseUrl === undefined && page === undefined) {
    throw new TypeError('createClient: `baseUrl` is required outside a browser page.');
  }
  const url = new URL(baseUrl ?? '/', page);
  const path = url.pathname.replace(/\/+$/, '');
  url.pathname = `${path.endsWith('/v1') ? path : `${path}/v1`}/`;
  url.search = '';
  url.hash = '';
  return url.href;
}

function withQuery(url: URL, query: Query | undefined): URL {
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined) url.searchParams.set(name, String(value));
  }
  return url;
}

/**
 * Creates the transport shared by resources. Prefer {@link createClient} unless
 * bundle size matters: with `createCore` and the resource factories, a bundler
 * keeps only the resources you import.
 *
 * @example
 * ```ts
 * import { createCore, eventsResource } from '@emplois-en-regions/sdk';
 *
 * const events = eventsResource(createCore({ baseUrl: 'https://eer.example.org', key: 'pk_live_…' }));
 * for await (const event of events.list({ region: '04' })) console.log(event.title.fr);
 * ```
 */
export function createCore(options: ClientOptions = {}): EerCore {
  const apiRoot = apiRootOf(options.baseUrl);
  const lang: Language = options.lang?.toLowerCase().startsWith('en') ? 'en' : 'fr';
  const kind = options.key === undefined ? undefined : keyKind(options.key);
  const strict = options.validate !== 'off';
  const browser = isBrowser();
  const cache = options.cache === false ? undefined : new ResponseCache(options.cache);
  const inFlight = new InFlight();

  // Only headers a browser may send without a preflight (Accept-Language is
  // CORS-safelisted); a secret key never runs in a browser, so its header is harmless.
  const api: KyInstance = ky.create({
    timeout: options.timeout ?? 10_000,
    headers: {
      accept: 'application/json',
      'accept-language': lang,
      ...(kind === 'secret' ? { authorization: `Bearer ${options.key}` } : {}),
    },
    // A 304 answers our own If-None-Match: it is a cache hit, not an error.
    throwHttpErrors: (status) => status !== 304,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  function urlOf(path: string, query?: Query): URL {
    return withQuery(new URL(path, apiRoot), query);
  }

  async function send(call: CallInfo, init: Parameters<KyInstance>[1], signal: AbortSignal | undefined) {
    try {
      return await api(call.url, { ...init, method: call.method, signal });
    } catch (thrown) {
      throw errorFromThrown(thrown, call, signal);
    }
  }

  async function fetchGet<T>(
    call: CallInfo,
    request: CoreRequest<T>,
    entry: CacheEntry | undefined,
    signal: AbortSignal | undefined,
  ): Promise<T> {
    const headers: Record<string, string> = {};
    let cacheMode: RequestCache | undefined;
    if (request.cache === false) {
      cacheMode = browser ? 'no-cache' : undefined;
    } else if (entry?.etag) {
      // In a browser If-None-Match would cost a preflight: let the browser's HTTP
      // cache revalidate with the ETag itself, the request stays simple.
      if (browser) cacheMode = 'no-cache';
      else headers['if-none-match'] = entry.etag;
    }
    const response = await send(
      call,
      { headers, retry: retryPolicy(options.retry, 'get', true), ...(cacheMode ? { cache: cacheMode } : {}) },
      signal,
    );
    const sameAsCached =
      entry && (response.status === 304 || (entry.etag && response.headers.get('etag') === entry.etag));
    const data = sameAsCached
      ? (entry.data as T)
      : await readJsonBody(response, call, { schema: request.schema, strict, lang, signal });
    if (sameAsCached) void response.body?.cancel().catch(() => undefined);
    if (request.cache !== false) cache?.set(call.url, data, response.headers);
    return data;
  }

  async function get<T>(request: CoreRequest<T>): Promise<T> {
    const url = urlOf(request.path, {
      ...request.query,
      ...(kind === 'publishable' ? { key: options.key } : {}),
    });
    const call: CallInfo = { method: 'GET', url: url.href };
    if (request.cache === false) return fetchGet(call, request, undefined, request.signal);
    const entry = cache?.get(call.url);
    if (entry && isFresh(entry)) return entry.data as T;
    return inFlight.join(
      call.url,
      request.signal,
      (reason) => abortedError(call, reason),
      (shared) => fetchGet(call, request, entry, shared),
    );
  }

  /**
   * A call with an explicit method (a write, or a GET that needs its answer's headers):
   * sent as it is, never answered from the cache, retried only when safe.
   */
  async function write<T>(request: CoreRequest<T>, method: string): Promise<T> {
    const url = urlOf(request.path, kind === 'publishable' ? { key: options.key } : undefined);
    const call: CallInfo = { method, url: url.href };
    const { idempotencyKey, signal } = request;
    const response = await send(
      call,
      {
        json: request.body,
        headers: { ...request.headers, ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}) },
        retry: retryPolicy(options.retry, method.toLowerCase(), !!(idempotencyKey || request.retryable)),
      },
      signal,
    );
    request.onHeaders?.(response.headers);
    return readJsonBody(response, call, { schema: request.schema, strict, lang, signal });
  }

  return {
    apiRoot,
    lang,
    request: (request) => (request.method ? write(request, request.method) : get(request)),
    url: (path, query) => urlOf(path, query).href,
    clearCache: () => cache?.clear(),
  };
}
