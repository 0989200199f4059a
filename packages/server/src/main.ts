#!/usr/bin/env node
/**
 * `eer-server` (and `pnpm start`, which sets EER_DEMO=1): serves the API on the
 * embedded database and prints where to find it. Production mode unless EER_DEMO=1.
 * Configuration: see config.ts and the README's table.
 */
import { readConfig } from './config.js';
import { siteMounts } from './http/site-mounts.js';
import { startServer, type RunningServer } from './server.js';
import type { ServerConfig } from './config.js';
import { NBSP } from './data/typography.js';
import { describeUrl } from './store/postgres/index.js';

let config: ServerConfig;
let server: RunningServer;
try {
  config = readConfig();
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
      retentionDays: config.retentionDays,
      // One line per delivery attempt even with EER_LOG=off: it is where the demo's notifications go.
      log: (line) => console.log(line),
    },
  });
} catch (error) {
  // A refused configuration or database is the operator's to fix: say what, not where in the code.
  console.error(`eer-server: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const base = config.publicBaseUrl ?? server.url;

/** Where the notifications of new contact requests go, said once at start-up. */
async function notificationSummary(): Promise<string> {
  const endpoints = (await server.store.webhookEndpoints({})).length;
  const admin = config.mode === 'demo' ? 'pnpm admin' : 'eer-admin';
  const email = server.notifications.email
    ? `courriels par ${server.notifications.email}`
    : 'courriels désactivés (SMTP_URL absent)';
  const webhooks =
    endpoints > 0
      ? `${endpoints} webhook(s) (${admin} webhook list)`
      : `aucun webhook (${admin} webhook add --org … --url …, voir examples/webhook-receiver)`;
  return `${email}${NBSP}; ${webhooks}${NBSP}; une ligne «${NBSP}notification …${NBSP}» par envoi ci-dessous`;
}

console.log(`Emplois en régions — API v1${config.docsDir ? `\n  Documentation${NBSP}:   ${base}/docs/` : ''}
  API${NBSP}:             ${base}/v1
  OpenAPI${NBSP}:         ${base}/v1/openapi.json
  Référence${NBSP}:       ${base}/docs/api${config.cdnDir ? `\n  Widgets (CDN)${NBSP}:   ${base}/cdn/eer-widgets.js` : ''}${config.examplesDir ? `\n  Exemples${NBSP}:        ${base}/examples/` : ''}
  Base de données${NBSP}: ${config.database ? describeUrl(config.database.url) : config.databasePath}
  Mode${NBSP}:            ${config.mode === 'demo' ? 'démonstration (EER_DEMO=1 : partenaires, conseillers, événements fictifs et clés de test publiques)' : 'production'}
  Notifications${NBSP}:   ${await notificationSummary()}
  Conservation${NBSP}:    renseignements personnels effacés après ${config.retentionDays}${NBSP}jours (CONTACT_RETENTION_DAYS)
Ctrl+C pour arrêter.`);
if (config.mode === 'demo' && !['127.0.0.1', 'localhost', '::1'].includes(config.host)) {
  console.warn(
    `Attention : la démo écoute sur ${config.host} ; ses clés de test sont publiques. ` +
      'N’exposez pas une démo sur Internet (sans EER_DEMO, eer-server démarre en production).',
  );
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
