#!/usr/bin/env node
/**
 * `eer-server` (and `pnpm start`, which sets EER_DEMO=1): serves the API on the
 * embedded database and prints where to find it. Production mode unless EER_DEMO=1.
 * Configuration: see config.ts and the README's table.
 */
import { ConfigError, readConfig } from './config.js';
import { keepCdnVersion, type KeptVersions } from './http/cdn-versions.js';
import { siteMounts } from './http/site-mounts.js';
import { startServer, type RunningServer } from './server.js';
import type { ServerConfig } from './config.js';
import { defaultLanguage } from './admin/messages.js';
import { NBSP } from './data/typography.js';
import { describeUrl } from './store/postgres/index.js';
import { ModeMismatchError } from './store/types.js';

/** A database of the other mode, said in the operator's language with the variable that names it. */
function modeMismatch(error: ModeMismatchError, lang: 'fr' | 'en', url: boolean): string {
  const variable = url ? 'DATABASE_URL' : 'DATABASE_PATH';
  if (lang === 'en') return error.message.replaceAll('DATABASE_PATH', variable);
  return error.actual === 'demo'
    ? `${error.path} est une base de démonstration (partenaires, conseillers, événements fictifs et clés de test ` +
        `publiques)${NBSP}: la production la refuse. Indiquez une nouvelle base avec ${variable} pour la production, ` +
        'ou ajoutez EER_DEMO=1 pour lancer la démo.'
    : `${error.path} est une base de production${NBSP}: la démo (EER_DEMO=1, pnpm start) refuse d’y ajouter des ` +
        `données fictives et des clés de test. Indiquez une autre base avec ${variable} pour la démo.`;
}

let config: ServerConfig;
let server: RunningServer;
let cdnVersions: KeptVersions | undefined;
try {
  config = readConfig();
  // This build joins the versions kept, before the mounts list them (see cdn-versions.ts).
  if (config.cdnDir) cdnVersions = keepCdnVersion(config.cdnDir, config.cdnVersionsDir);
  server = await startServer({
    staticMounts: siteMounts(config),
    home: config.docsDir ? '/docs/' : undefined,
    port: config.port,
    host: config.host,
    databasePath: config.databasePath,
    database: config.database,
    mode: config.mode,
    publicBaseUrl: config.publicBaseUrl,
    trustProxy: config.trustProxy,
    limits: config.limits,
    // EER_LOG=off silences the request log (benchmarks).
    logger: config.log ? undefined : false,
    notifications: {
      smtpUrl: config.smtpUrl,
      mailFrom: config.mailFrom,
      // The demo has no SMTP server: it prints each e-mail instead, so one sees what an advisor gets.
      printEmails: config.mode === 'demo',
      operatorLanguage: defaultLanguage(process.env),
      retentionDays: config.retentionDays,
      // One line per delivery attempt even with EER_LOG=off: it is where the demo's notifications go.
      log: (line) => console.log(line),
    },
  });
} catch (error) {
  // A refused configuration or database is the operator's to fix: say what, not where in the code.
  const lang = defaultLanguage(process.env);
  const message =
    error instanceof ModeMismatchError
      ? modeMismatch(error, lang, Boolean(process.env.DATABASE_URL))
      : error instanceof ConfigError
        ? error.texts[lang]
        : error instanceof Error
          ? error.message
          : String(error);
  console.error(`eer-server: ${message}`);
  process.exit(1);
}
const base = config.publicBaseUrl ?? server.url;
const admin = config.mode === 'demo' ? 'pnpm admin' : 'eer-admin';

/** The start-up lines, in the operator's language (LANG, as eer-admin reads it); French typography in French. */
const TEXTS = {
  fr: {
    colon: `${NBSP}:`,
    separator: `${NBSP}; `,
    labels: {
      docs: 'Documentation',
      reference: 'Référence',
      examples: 'Exemples',
      database: 'Base de données',
      retention: 'Conservation',
    },
    demo: `démonstration (EER_DEMO=1${NBSP}: partenaires, conseillers, événements fictifs et clés de test publiques)`,
    emailsBy: (via: string) => `courriels par ${via}`,
    emailsPrinted: `courriels affichés ci-dessous, non envoyés (démo${NBSP}; SMTP_URL et MAIL_FROM pour les envoyer)`,
    emailsOff: 'courriels désactivés (SMTP_URL absent)',
    webhooks: (count: number) => `${count} webhook(s) (${admin} webhook list)`,
    noWebhook: `aucun webhook (${admin} webhook add --org … --url …, voir examples/webhook-receiver)`,
    attemptLines: `une ligne «${NBSP}notification …${NBSP}» par envoi ci-dessous`,
    retention: (days: number) =>
      `renseignements personnels effacés après ${days}${NBSP}jours (CONTACT_RETENTION_DAYS)`,
    versions: (kept: string[]) => `versions servies à /cdn/v…/${NBSP}: ${kept.join(', ')} (CDN_VERSIONS_DIR)`,
    versionsUnkept: (dir: string, reason: string) =>
      `Attention${NBSP}: cette version du script n’a pas pu être conservée dans ${dir} (${reason})${NBSP}; ` +
      'après une mise à jour, les pages qui la demandent par son adresse versionnée recevront une erreur 404.',
    stop: 'Ctrl+C pour arrêter.',
    publicDemo: (host: string) =>
      `Attention${NBSP}: la démo écoute sur ${host}${NBSP}; ses clés de test sont publiques. ` +
      'N’exposez pas une démo sur Internet (sans EER_DEMO, eer-server démarre en production).',
  },
  en: {
    colon: ':',
    separator: '; ',
    labels: {
      docs: 'Documentation',
      reference: 'Reference',
      examples: 'Examples',
      database: 'Database',
      retention: 'Retention',
    },
    demo: 'demo (EER_DEMO=1: sample partners, advisors and events, public test keys)',
    emailsBy: (via: string) => `e-mails through ${via}`,
    emailsPrinted: 'e-mails printed below, not sent (demo; SMTP_URL and MAIL_FROM to send them)',
    emailsOff: 'e-mails off (no SMTP_URL)',
    webhooks: (count: number) => `${count} webhook(s) (${admin} webhook list)`,
    noWebhook: `no webhook (${admin} webhook add --org … --url …, see examples/webhook-receiver)`,
    attemptLines: 'one “notification …” line per delivery below',
    retention: (days: number) => `personal information erased after ${days} days (CONTACT_RETENTION_DAYS)`,
    versions: (kept: string[]) => `versions served at /cdn/v…/: ${kept.join(', ')} (CDN_VERSIONS_DIR)`,
    versionsUnkept: (dir: string, reason: string) =>
      `Warning: this version of the script could not be kept in ${dir} (${reason}); after an upgrade, ` +
      'pages that ask for it by its versioned URL will get a 404.',
    stop: 'Ctrl+C to stop.',
    publicDemo: (host: string) =>
      `Warning: the demo listens on ${host}; its test keys are public. ` +
      'Do not expose a demo on the Internet (without EER_DEMO, eer-server starts in production mode).',
  },
};
const t = TEXTS[defaultLanguage(process.env)];
const line = (label: string, value: string) => `  ${`${label}${t.colon}`.padEnd(18)}${value}`;

/** Where the notifications of new contact requests go, said once at start-up. */
async function notificationSummary(): Promise<string> {
  const endpoints = (await server.store.webhookEndpoints({})).length;
  const via = server.notifications.email;
  const email = via === 'console' ? t.emailsPrinted : via ? t.emailsBy(via) : t.emailsOff;
  const webhooks = endpoints > 0 ? t.webhooks(endpoints) : t.noWebhook;
  return [email, webhooks, t.attemptLines].join(t.separator);
}

console.log(
  [
    'Emplois en régions — API v1',
    config.docsDir && line(t.labels.docs, `${base}/docs/`),
    line('API', `${base}/v1`),
    line('OpenAPI', `${base}/v1/openapi.json`),
    line(t.labels.reference, `${base}/docs/api`),
    config.cdnDir && line('Widgets (CDN)', `${base}/cdn/eer-widgets.js`),
    // Under the CDN line, aligned with its value.
    cdnVersions?.kept.length && `${' '.repeat(20)}${t.versions(cdnVersions.kept)}`,
    config.examplesDir && line(t.labels.examples, `${base}/examples/`),
    line(t.labels.database, config.database ? describeUrl(config.database.url) : config.databasePath),
    line('Mode', config.mode === 'demo' ? t.demo : 'production'),
    line('Notifications', await notificationSummary()),
    line(t.labels.retention, t.retention(config.retentionDays)),
    t.stop,
  ]
    .filter(Boolean)
    .join('\n'),
);
if (cdnVersions?.error) console.warn(t.versionsUnkept(config.cdnVersionsDir, cdnVersions.error));
if (config.mode === 'demo' && !['127.0.0.1', 'localhost', '::1'].includes(config.host)) {
  console.warn(t.publicDemo(config.host));
}

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await server.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
