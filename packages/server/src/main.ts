#!/usr/bin/env node
/**
 * `pnpm start`: serves the API on the embedded database and prints where
 * to find it. Configuration: PORT, HOST, DATABASE_PATH, PUBLIC_BASE_URL, TRUST_PROXY, EER_LOG,
 * CDN_DIR, EXAMPLES_DIR and DOCS_DIR (the root `pnpm start` sets them).
 */
import { readConfig } from './config.js';
import { siteMounts } from './http/site-mounts.js';
import { startServer } from './server.js';
import { NBSP } from './data/typography.js';

const config = readConfig();
const server = await startServer({
  staticMounts: siteMounts(config),
  home: config.docsDir ? '/docs/' : undefined,
  port: config.port,
  host: config.host,
  databasePath: config.databasePath,
  publicBaseUrl: config.publicBaseUrl,
  trustProxy: config.trustProxy,
  // EER_LOG=off silences the request log (benchmarks).
  logger: config.log ? undefined : false,
});
const base = config.publicBaseUrl ?? server.url;

console.log(`Emplois en régions — API v1${config.docsDir ? `\n  Documentation${NBSP}:   ${base}/docs/` : ''}
  API${NBSP}:             ${base}/v1
  OpenAPI${NBSP}:         ${base}/v1/openapi.json
  Référence${NBSP}:       ${base}/docs/api${config.cdnDir ? `\n  Widgets (CDN)${NBSP}:   ${base}/cdn/eer-widgets.js` : ''}${config.examplesDir ? `\n  Exemples${NBSP}:        ${base}/examples/` : ''}
  Base de données${NBSP}: ${config.databasePath}
Ctrl+C pour arrêter.`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await server.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
