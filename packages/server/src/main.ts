#!/usr/bin/env node
/**
 * `pnpm start`: serves the API on the embedded database and prints where
 * to find it. Configuration: PORT, HOST, DATABASE_PATH, PUBLIC_BASE_URL, TRUST_PROXY, EER_LOG,
 * CDN_DIR and EXAMPLES_DIR (the root `pnpm start` sets both).
 */
import { readConfig } from './config.js';
import { join } from 'node:path';
import { STRICT_CSP, type StaticMount } from './http/static-files.js';
import { startServer } from './server.js';
import { NBSP } from './data/typography.js';

const config = readConfig();
const staticMounts: StaticMount[] = [];
if (config.cdnDir) staticMounts.push({ prefix: '/cdn', dir: config.cdnDir, crossOrigin: true });
if (config.examplesDir) {
  // More specific prefix first: the strict-CSP example is served with its policy.
  staticMounts.push({
    prefix: '/examples/strict-csp',
    dir: join(config.examplesDir, 'strict-csp'),
    contentSecurityPolicy: STRICT_CSP,
  });
  staticMounts.push({ prefix: '/examples', dir: config.examplesDir });
}
const server = await startServer({
  staticMounts,
  port: config.port,
  host: config.host,
  databasePath: config.databasePath,
  publicBaseUrl: config.publicBaseUrl,
  trustProxy: config.trustProxy,
  // EER_LOG=off silences the request log (benchmarks).
  logger: config.log ? undefined : false,
});
const base = config.publicBaseUrl ?? server.url;

console.log(`Emplois en régions — API v1
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
