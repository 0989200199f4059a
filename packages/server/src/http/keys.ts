import type { MiddlewareHandler } from 'hono';
import type { Store } from '../store/types.js';
import { allowReadingRefusals } from './cors.js';
import type { AppEnv } from './env.js';
import { requestLanguage } from './language.js';
import { fieldError, problem } from './problem.js';
import { addVary } from './vary.js';

const ORIGIN_PATTERN = /^(https?):\/\/([a-z0-9.-]+|\[[0-9a-f:.]+\])(?::(\d{1,5}))?$/i;
const BEARER_PATTERN = /^Bearer[ \t]+([\x21-\x7e]+)[ \t]*$/i;

interface ParsedOrigin {
  scheme: string;
  host: string;
  port: string | undefined;
}

function parseOrigin(origin: string): ParsedOrigin | undefined {
  const match = ORIGIN_PATTERN.exec(origin);
  if (!match) return undefined;
  return { scheme: match[1]!.toLowerCase(), host: match[2]!.toLowerCase(), port: match[3] };
}

/** An allowed-origin entry may be written as a site URL (`https://www.mrc.example/`): keep its origin. */
function originOfUrl(entry: string): string {
  try {
    return new URL(entry).origin;
  } catch {
    return entry;
  }
}

/**
 * True when `origin` is one of `allowed`: an exact origin, or a
 * `scheme://host:*` entry that accepts any port (and no port) of that host.
 * Hosts compare whole, so `http://localhost.evil.example` never matches `http://localhost:*`.
 */
export function originAllowed(allowed: readonly string[], origin: string): boolean {
  const actual = parseOrigin(origin);
  if (!actual) return false;
  return allowed.some((entry) => {
    const wildcard = entry.endsWith(':*');
    const expected = parseOrigin(wildcard ? entry.slice(0, -2) : originOfUrl(entry));
    if (!expected || expected.scheme !== actual.scheme || expected.host !== actual.host) return false;
    return wildcard || expected.port === actual.port;
  });
}

/** Where a request's key came from, to name it in errors. */
type KeySource = 'key' | 'Authorization';

/**
 * Reads the API key from `?key=` (browsers: keeps GETs simple requests) or
 * `Authorization: Bearer` (servers). Two different keys are refused rather
 * than guessing which one the caller meant.
 */
function readKey(
  c: Parameters<MiddlewareHandler<AppEnv>>[0],
): { key: string; source: KeySource } | undefined {
  const lang = requestLanguage(c);
  const fromQuery = c.req.queries('key');
  if (fromQuery && fromQuery.length > 1) {
    throw problem(400, 'invalid_query', { errors: [fieldError('key', 'invalid_type', lang)] });
  }
  const header = c.req.header('Authorization');
  let fromHeader: string | undefined;
  if (header !== undefined) {
    const match = BEARER_PATTERN.exec(header);
    if (!match)
      throw problem(401, 'unauthorized', { errors: [fieldError('Authorization', 'invalid_format', lang)] });
    fromHeader = match[1];
  }
  const queryKey = fromQuery?.[0] || undefined;
  // URLs end up in proxy logs, browser history and Referer headers: a secret key never
  // belongs there. Refused before it is even looked up, so no answer depends on it.
  if (queryKey?.startsWith('sk_')) {
    throw problem(400, 'invalid_query', {
      detail: 'secretKeyInUrl',
      errors: [fieldError('key', 'invalid_value', lang)],
    });
  }
  if (queryKey && fromHeader && queryKey !== fromHeader) {
    throw problem(400, 'invalid_query', {
      detail: 'conflictingKeys',
      errors: [fieldError('key', 'invalid_value', lang)],
    });
  }
  if (fromHeader) return { key: fromHeader, source: 'Authorization' };
  if (queryKey) return { key: queryKey, source: 'key' };
  return undefined;
}

export interface ApiAccessOptions {
  /** Paths a browser may read without a key (public documents such as the OpenAPI file). */
  keylessPaths?: readonly string[];
  /** For the keys' "last used" date. Default: real time. */
  clock?: () => Date;
}

/** A key's "last used" date is written at most this often, so using a key costs no write per request. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Resolves the key and checks it against the Origin, for every /v1 request:
 * unknown key → 401; secret key from a browser → 403; publishable key from
 * an origin it is not bound to → 403 origin_not_allowed. Routes then add
 * their own needs with `requireKey` / `requireSecretKey`.
 */
export function apiAccess(store: Store, options: ApiAccessOptions = {}): MiddlewareHandler<AppEnv> {
  const keyless = new Set(options.keylessPaths ?? []);
  const clock = options.clock ?? (() => new Date());
  const lastRecorded = new Map<string, number>();
  const recordUse = async (id: string) => {
    const now = clock();
    if (now.getTime() - (lastRecorded.get(id) ?? 0) < LAST_USED_RESOLUTION_MS) return;
    lastRecorded.set(id, now.getTime());
    await store.touchApiKey(id, now);
  };
  return async (c, next) => {
    // Set before any refusal: the same URL answers differently for another Origin.
    addVary(c, 'Origin');
    const requestOrigin = c.req.header('Origin');
    if (requestOrigin !== undefined) allowReadingRefusals(c, requestOrigin);
    const lang = requestLanguage(c);
    const found = readKey(c);
    const apiKey = found ? await store.findKey(found.key) : undefined;
    if (found && !apiKey) {
      throw problem(401, 'unauthorized', { errors: [fieldError(found.source, 'invalid_value', lang)] });
    }
    const origin = c.req.header('Origin') ?? null;
    if (origin !== null) {
      if (apiKey?.kind === 'secret') throw problem(403, 'forbidden', { detail: 'secretKeyFromBrowser' });
      if (!apiKey && !keyless.has(c.req.path)) {
        throw problem(401, 'unauthorized', { errors: [fieldError('key', 'required', lang)] });
      }
      if (apiKey && !originAllowed(apiKey.allowedOrigins, origin)) throw problem(403, 'origin_not_allowed');
    }
    if (apiKey) await recordUse(apiKey.id);
    c.set('access', { apiKey, origin });
    await next();
  };
}

/** Any valid key (publishable or secret). */
export const requireKey: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.var.access.apiKey) {
    throw problem(401, 'unauthorized', { errors: [fieldError('key', 'required', requestLanguage(c))] });
  }
  await next();
};

/** A secret key, used server-side (the Origin check already refused browsers). */
export const requireSecretKey: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { apiKey } = c.var.access;
  if (!apiKey) {
    throw problem(401, 'unauthorized', {
      errors: [fieldError('Authorization', 'required', requestLanguage(c))],
    });
  }
  if (apiKey.kind !== 'secret') throw problem(403, 'forbidden', { detail: 'secretKeyRequired' });
  await next();
};
