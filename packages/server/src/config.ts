import { resolve } from 'node:path';
import type { StoreMode } from './store/types.js';

export interface ServerConfig {
  /** PORT, default 8787. */
  port: number;
  /** HOST, default 127.0.0.1 (this machine only); set 0.0.0.0 in a container. */
  host: string;
  /** DATABASE_PATH, default `data/emplois-en-regions.db`, resolved against the working directory. */
  databasePath: string;
  /** PUBLIC_BASE_URL: the origin clients use when a proxy sits in front (links in answers). */
  publicBaseUrl: string | undefined;
  /**
   * TRUST_PROXY (`true`/`false`, default false): the client address is the first entry of
   * `X-Forwarded-For`. Only behind a proxy that sets that header itself.
   */
  trustProxy: boolean;
  /** EER_LOG (`on`/`off`, default on): one log line per request on standard output. */
  log: boolean;
  /** CDN_DIR: folder served at `/cdn` with CORS (the widgets' CDN bundle); unset: not served. */
  cdnDir: string | undefined;
  /** EXAMPLES_DIR: folder served at `/examples`; unset: not served. */
  examplesDir: string | undefined;
  /** DOCS_DIR: the built docs site, served at `/docs` (and `/` redirects there); unset: not served. */
  docsDir: string | undefined;
  /**
   * EER_DEMO (`1`/`true`; default off): the demo database with sample partners, advisors,
   * events and the documented test keys. Off: production mode, none of them.
   */
  mode: StoreMode;
  /**
   * OPERATOR_CONTACT: how a partner asks the operator for a key (an e-mail address or a URL),
   * shown by the docs site this server serves. Unset: the docs say to ask the program team.
   */
  operatorContact: string | undefined;
}

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_DATABASE_PATH = 'data/emplois-en-regions.db';

/** An on/off variable: unset or empty is `fallback`; anything but the listed words stops the start. */
function readSwitch(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = env[name]?.trim().toLowerCase();
  if (value === undefined || value === '') return fallback;
  if (['1', 'true', 'on', 'yes'].includes(value)) return true;
  if (['0', 'false', 'off', 'no'].includes(value)) return false;
  throw new Error(`${name} must be true or false (also 1/0, on/off, yes/no; got "${env[name]}").`);
}

/** Reads the configuration from the environment; a bad value stops the start with a clear message. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ServerConfig {
  const port = env.PORT === undefined || env.PORT === '' ? DEFAULT_PORT : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer from 0 to 65535 (got "${env.PORT}").`);
  }
  let publicBaseUrl: string | undefined;
  if (env.PUBLIC_BASE_URL) {
    let url: URL;
    try {
      url = new URL(env.PUBLIC_BASE_URL);
    } catch {
      throw new Error(`PUBLIC_BASE_URL must be an absolute http(s) URL (got "${env.PUBLIC_BASE_URL}").`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new Error(`PUBLIC_BASE_URL must be an absolute http(s) URL (got "${env.PUBLIC_BASE_URL}").`);
    }
    publicBaseUrl = (url.origin + url.pathname).replace(/\/+$/, '');
  }
  return {
    port,
    host: env.HOST || DEFAULT_HOST,
    databasePath:
      env.DATABASE_PATH === ':memory:'
        ? ':memory:'
        : resolve(cwd, env.DATABASE_PATH || DEFAULT_DATABASE_PATH),
    publicBaseUrl,
    trustProxy: readSwitch(env, 'TRUST_PROXY', false),
    log: readSwitch(env, 'EER_LOG', true),
    cdnDir: env.CDN_DIR ? resolve(cwd, env.CDN_DIR) : undefined,
    examplesDir: env.EXAMPLES_DIR ? resolve(cwd, env.EXAMPLES_DIR) : undefined,
    docsDir: env.DOCS_DIR ? resolve(cwd, env.DOCS_DIR) : undefined,
    mode: readSwitch(env, 'EER_DEMO', false) ? 'demo' : 'production',
    operatorContact: env.OPERATOR_CONTACT?.trim() || undefined,
  };
}
