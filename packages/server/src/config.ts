import { isIP } from 'node:net';
import { resolve } from 'node:path';
import type { TrustProxy } from './http/rate-limit.js';
import { DEFAULT_CONNECTION_LIMITS, type ConnectionLimits } from './http/connection-limits.js';
import type { StoreMode } from './store/types.js';
import { frenchTypography } from './data/typography.js';

/**
 * A configuration the server refuses: said in the operator's language (LANG, as eer-admin
 * reads it) by main.ts; `message` is the English text (logs, tests).
 */
export class ConfigError extends Error {
  constructor(readonly texts: { fr: string; en: string }) {
    super(texts.en);
    this.name = 'ConfigError';
  }
}

/** A ConfigError; the French text is written with ordinary spaces and gets OQLF spacing here. */
function refuse(fr: string, en: string): ConfigError {
  return new ConfigError({ fr: frenchTypography(fr), en });
}

export interface ServerConfig {
  /** PORT, default 8787. */
  port: number;
  /** HOST, default 127.0.0.1 (this machine only); set 0.0.0.0 in a container. */
  host: string;
  /** DATABASE_PATH, default `data/emplois-en-regions.db`, resolved against the working directory. */
  databasePath: string;
  /**
   * DATABASE_URL (`postgres://user:password@host:5432/db?sslmode=require`): PostgreSQL 15+ instead
   * of the SQLite file; any number of servers may share it. With it: DATABASE_POOL_SIZE
   * (connections per process, default 10), DATABASE_STATEMENT_TIMEOUT_MS (default 10,000; 0: none),
   * WEBHOOK_KEY_FILE (the key that seals webhook secrets, the same file for every process;
   * default `data/webhook.key`).
   */
  database: DatabaseConfig | undefined;
  /** PUBLIC_BASE_URL: the origin clients use when a proxy sits in front (links in answers). */
  publicBaseUrl: string | undefined;
  /**
   * TRUST_PROXY (default off): the proxies in front of the server, which append the address
   * they saw to `X-Forwarded-For`. `true`/`1`: one proxy; `2`…`10`: that many hops; a
   * comma-separated list of the proxies' own addresses. The client is read from the right.
   */
  trustProxy: TrustProxy;
  /**
   * REQUEST_TIMEOUT_MS (default 30,000: the whole request, body included, or 408),
   * MAX_CONNECTIONS (default 2,000), MAX_CONNECTIONS_PER_CLIENT (default 64 per address;
   * 0 turns it off, and it is off behind TRUST_PROXY, where the proxy's address is everyone's).
   */
  limits: Required<ConnectionLimits>;
  /** EER_LOG (`on`/`off`, default on): one log line per request on standard output. */
  log: boolean;
  /** CDN_DIR: folder served at `/cdn` with CORS (the widgets' CDN bundle); unset: not served. */
  cdnDir: string | undefined;
  /**
   * CDN_VERSIONS_DIR (default `data/cdn-versions`): each build of CDN_DIR is copied there at start,
   * and every version kept is served at `/cdn/v<version>/` — pages keep working across upgrades.
   */
  cdnVersionsDir: string;
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
  /**
   * SMTP_URL (`smtp://user:pass@host:587?requireTLS=true`, `smtps://…:465`): e-mails each new
   * contact request to its organization's address. Unset: e-mail channel off (the demo prints
   * the messages instead). Production refuses unencrypted mail to another host.
   */
  smtpUrl: string | undefined;
  /** MAIL_FROM (`Emplois en régions <no-reply@example.org>`): required with SMTP_URL. */
  mailFrom: string | undefined;
  /** CONTACT_RETENTION_DAYS (default 365): personal fields of older requests are erased daily (Law 25). */
  retentionDays: number;
}

export interface DatabaseConfig {
  url: string;
  poolSize: number;
  statementTimeoutMs: number;
  webhookKeyFile: string;
}

export const DEFAULT_WEBHOOK_KEY_FILE = 'data/webhook.key';

/** DATABASE_URL and its settings; a URL that is not postgres:// (or a bad sslmode) stops the start. */
function readDatabase(env: NodeJS.ProcessEnv, cwd: string, mode: StoreMode): DatabaseConfig | undefined {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse(
      'DATABASE_URL doit être une adresse comme postgres://utilisateur:mot-de-passe@hote:5432/base.',
      'DATABASE_URL must be a URL such as postgres://user:password@host:5432/database.',
    );
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw refuse(
      `DATABASE_URL doit commencer par postgres:// ou postgresql:// (reçu « ${url.protocol}//… ») ; ` +
        'pour la base SQLite intégrée, indiquez plutôt DATABASE_PATH.',
      `DATABASE_URL must start with postgres:// or postgresql:// (got "${url.protocol}//…"); ` +
        'for the embedded SQLite database set DATABASE_PATH instead.',
    );
  }
  if (!url.pathname || url.pathname === '/') {
    throw refuse(
      'DATABASE_URL doit nommer la base (postgres://utilisateur:mot-de-passe@hote:5432/base).',
      'DATABASE_URL must name the database (postgres://user:password@host:5432/database).',
    );
  }
  const sslmode = url.searchParams.get('sslmode');
  const sslmodes = ['disable', 'prefer', 'require', 'verify-ca', 'verify-full', 'no-verify'];
  if (sslmode !== null && !sslmodes.includes(sslmode)) {
    throw refuse(
      `DATABASE_URL : sslmode doit valoir l’une de ces valeurs : ${sslmodes.join(', ')} (reçu « ${sslmode} »).`,
      `DATABASE_URL: sslmode must be one of ${sslmodes.join(', ')} (got "${sslmode}").`,
    );
  }
  const local =
    url.hostname === '' ||
    url.hostname === 'localhost' ||
    url.hostname === '127.0.0.1' ||
    url.hostname === '::1' ||
    url.hostname === '[::1]' ||
    url.searchParams.has('host');
  if (
    mode === 'production' &&
    !local &&
    (sslmode === null || sslmode === 'disable' || sslmode === 'prefer')
  ) {
    throw refuse(
      'DATABASE_URL désigne une autre machine sans TLS : ajoutez « ?sslmode=verify-full » ' +
        '(ou « require ») pour que mots de passe et renseignements personnels ne circulent pas en clair.',
      'DATABASE_URL points at another machine without TLS: add ?sslmode=verify-full ' +
        '(or require) so passwords and personal data do not cross the network in clear.',
    );
  }
  return {
    url: raw,
    poolSize: readWhole(env, 'DATABASE_POOL_SIZE', DEFAULT_POOL_SIZE, 1, 1000),
    statementTimeoutMs: readWhole(
      env,
      'DATABASE_STATEMENT_TIMEOUT_MS',
      DEFAULT_STATEMENT_TIMEOUT_MS,
      0,
      3_600_000,
    ),
    webhookKeyFile: resolve(cwd, env.WEBHOOK_KEY_FILE || DEFAULT_WEBHOOK_KEY_FILE),
  };
}

/** PostgreSQL connections per process, and its statement timeout (DATABASE_POOL_SIZE, DATABASE_STATEMENT_TIMEOUT_MS). */
export const DEFAULT_POOL_SIZE = 10;
export const DEFAULT_STATEMENT_TIMEOUT_MS = 10_000;
export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_DATABASE_PATH = 'data/emplois-en-regions.db';
export const DEFAULT_RETENTION_DAYS = 365;
export const DEFAULT_CDN_VERSIONS_DIR = 'data/cdn-versions';
/** Ten years: a longer retention is a typo rather than a policy. */
const MAX_RETENTION_DAYS = 3650;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** SMTP_URL and MAIL_FROM, checked together; production refuses mail a third party could read or forge. */
function readMail(env: NodeJS.ProcessEnv, mode: StoreMode): { smtpUrl?: string; mailFrom?: string } {
  const smtpUrl = env.SMTP_URL?.trim();
  if (!smtpUrl) return {};
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    throw refuse(
      'SMTP_URL doit être une adresse smtp:// ou smtps://, par exemple smtps://utilisateur:mot-de-passe@smtp.example.org:465.',
      'SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtps://user:password@smtp.example.org:465.',
    );
  }
  if ((url.protocol !== 'smtp:' && url.protocol !== 'smtps:') || !url.hostname) {
    throw refuse(
      `SMTP_URL doit être une adresse smtp:// ou smtps:// avec un hôte (reçu « ${url.protocol}//${url.host} »).`,
      `SMTP_URL must be an smtp:// or smtps:// URL with a host (got "${url.protocol}//${url.host}").`,
    );
  }
  const mailFrom = env.MAIL_FROM?.trim();
  if (!mailFrom || !/^(?:[^<>]*<)?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?$/.test(mailFrom)) {
    throw refuse(
      'MAIL_FROM est requis avec SMTP_URL : l’adresse d’expédition, par exemple « Emplois en régions <no-reply@example.org> ».',
      'MAIL_FROM must be set with SMTP_URL: the sender address, e.g. "Emplois en régions <no-reply@example.org>".',
    );
  }
  if (mode === 'production') {
    const query = url.searchParams;
    if (query.get('ignoreTLS') === 'true' || query.get('tls.rejectUnauthorized') === 'false') {
      throw refuse(
        'SMTP_URL désactive TLS ou la vérification des certificats (ignoreTLS / tls.rejectUnauthorized) : ' +
          'la production refuse d’envoyer ainsi les demandes de contact.',
        'SMTP_URL turns off TLS or certificate checks (ignoreTLS / tls.rejectUnauthorized): production refuses ' +
          'to send contact requests that way.',
      );
    }
    const encrypted = url.protocol === 'smtps:' || query.get('requireTLS') === 'true';
    if (!encrypted && !LOOPBACK.has(url.hostname)) {
      throw refuse(
        `SMTP_URL : le chiffrement du courrier vers ${url.hostname} ne serait pas exigé, alors qu’il transporte ` +
          'les renseignements personnels des visiteurs. Utilisez smtps:// (port 465) ou ajoutez « ?requireTLS=true » (STARTTLS, port 587).',
        `SMTP_URL: mail to ${url.hostname} would not be required to be encrypted, and it carries visitors' ` +
          'personal information. Use smtps:// (port 465) or add ?requireTLS=true (STARTTLS, port 587).',
      );
    }
  }
  return { smtpUrl, mailFrom };
}

/** The words an on/off variable (and TRUST_PROXY) takes. */
const ON = ['1', 'true', 'on', 'yes'];
const OFF = ['0', 'false', 'off', 'no'];

/** An on/off variable: unset or empty is `fallback`; anything but the listed words stops the start. */
function readSwitch(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = env[name]?.trim().toLowerCase();
  if (value === undefined || value === '') return fallback;
  if (ON.includes(value)) return true;
  if (OFF.includes(value)) return false;
  throw refuse(
    `${name} doit valoir true ou false (ou 1/0, on/off, yes/no ; reçu « ${env[name]} »).`,
    `${name} must be true or false (also 1/0, on/off, yes/no; got "${env[name]}").`,
  );
}

/** TRUST_PROXY: off, a number of trusted hops, or the proxies' addresses (see ServerConfig). */
function readTrustProxy(raw: string | undefined): TrustProxy {
  const value = raw?.trim().toLowerCase() ?? '';
  if (value === '' || OFF.includes(value)) return false;
  if (ON.includes(value)) return 1;
  if (/^\d+$/.test(value) && Number(value) <= 10) return Number(value);
  const addresses = value.split(',').map((entry) => entry.trim());
  if (addresses.every((address) => isIP(address) !== 0)) return addresses;
  throw refuse(
    `TRUST_PROXY doit valoir true ou false, un nombre de mandataires (1 à 10) ou leurs adresses IP séparées par des virgules (reçu « ${raw} »).`,
    `TRUST_PROXY must be true or false, a number of proxy hops (1 to 10), or the proxies' IP addresses separated by commas (got "${raw}").`,
  );
}

/** A whole number from `min` to `max`, or `fallback` when unset. */
function readWhole(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw refuse(
      `${name} doit être un nombre entier de ${min} à ${max} (reçu « ${env[name]} »).`,
      `${name} must be a whole number from ${min} to ${max} (got "${env[name]}").`,
    );
  }
  return value;
}

/** REQUEST_TIMEOUT_MS, MAX_CONNECTIONS, MAX_CONNECTIONS_PER_CLIENT (0: no per-client cap). */
function readLimits(env: NodeJS.ProcessEnv): Required<ConnectionLimits> {
  const defaults = DEFAULT_CONNECTION_LIMITS;
  const requestTimeoutMs = readWhole(env, 'REQUEST_TIMEOUT_MS', defaults.requestTimeoutMs, 1_000, 600_000);
  const perClient = readWhole(
    env,
    'MAX_CONNECTIONS_PER_CLIENT',
    defaults.maxConnectionsPerClient,
    0,
    100_000,
  );
  return {
    requestTimeoutMs,
    headersTimeoutMs: Math.min(defaults.headersTimeoutMs, requestTimeoutMs),
    maxConnections: readWhole(env, 'MAX_CONNECTIONS', defaults.maxConnections, 1, 1_000_000),
    maxConnectionsPerClient: perClient === 0 ? false : perClient,
  };
}

/** Reads the configuration from the environment; a bad value stops the start with a clear message. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ServerConfig {
  const port = env.PORT === undefined || env.PORT === '' ? DEFAULT_PORT : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw refuse(
      `PORT doit être un nombre entier de 0 à 65535 (reçu « ${env.PORT} »).`,
      `PORT must be an integer from 0 to 65535 (got "${env.PORT}").`,
    );
  }
  let publicBaseUrl: string | undefined;
  if (env.PUBLIC_BASE_URL) {
    const url = URL.canParse(env.PUBLIC_BASE_URL) ? new URL(env.PUBLIC_BASE_URL) : undefined;
    if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
      throw refuse(
        `PUBLIC_BASE_URL doit être une adresse http(s) absolue (reçu « ${env.PUBLIC_BASE_URL} »).`,
        `PUBLIC_BASE_URL must be an absolute http(s) URL (got "${env.PUBLIC_BASE_URL}").`,
      );
    }
    publicBaseUrl = (url.origin + url.pathname).replace(/\/+$/, '');
  }
  const mode: StoreMode = readSwitch(env, 'EER_DEMO', false) ? 'demo' : 'production';
  const mail = readMail(env, mode);
  const database = readDatabase(env, cwd, mode);
  return {
    port,
    host: env.HOST || DEFAULT_HOST,
    databasePath:
      env.DATABASE_PATH === ':memory:'
        ? ':memory:'
        : resolve(cwd, env.DATABASE_PATH || DEFAULT_DATABASE_PATH),
    database,
    publicBaseUrl,
    trustProxy: readTrustProxy(env.TRUST_PROXY),
    log: readSwitch(env, 'EER_LOG', true),
    cdnDir: env.CDN_DIR ? resolve(cwd, env.CDN_DIR) : undefined,
    cdnVersionsDir: resolve(cwd, env.CDN_VERSIONS_DIR || DEFAULT_CDN_VERSIONS_DIR),
    examplesDir: env.EXAMPLES_DIR ? resolve(cwd, env.EXAMPLES_DIR) : undefined,
    docsDir: env.DOCS_DIR ? resolve(cwd, env.DOCS_DIR) : undefined,
    mode,
    operatorContact: env.OPERATOR_CONTACT?.trim() || undefined,
    smtpUrl: mail.smtpUrl,
    mailFrom: mail.mailFrom,
    retentionDays: readWhole(env, 'CONTACT_RETENTION_DAYS', DEFAULT_RETENTION_DAYS, 1, MAX_RETENTION_DAYS),
    limits: readLimits(env),
  };
}
