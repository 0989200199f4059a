/**
 * @emplois-en-regions/server — the reference implementation of the
 * Emplois en régions API v1 on an embedded SQLite database.
 * Test helpers live in the `@emplois-en-regions/server/testing` subpath.
 */
export { createApp, type AppOptions } from './app.js';
export { startServer, type RunningServer, type StartServerOptions } from './server.js';
export { readConfig, type ServerConfig } from './config.js';
export { openStore } from './store/index.js';
export type * from './store/types.js';
export { InvalidCursorError } from './store/types.js';
export { buildOpenApiDocument, type OpenApiDocument } from './openapi/document.js';
export { renderCalendar, type CalendarOptions } from './ics/calendar.js';
export { DEFAULT_CONTACT_RATE_LIMIT, type RateLimitOptions } from './http/rate-limit.js';
export type { LogSink } from './http/logger.js';
export { STRICT_CSP, type StaticMount } from './http/static-files.js';
export { siteMounts, type SiteFolders } from './http/site-mounts.js';
export { MAX_BODY_BYTES } from './http/json-body.js';
