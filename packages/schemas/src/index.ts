/**
 * zod/mini schemas of the Emplois en régions API v1 — the single source of
 * truth for the server's validation, the OpenAPI document and the SDK's types.
 * zod/mini keeps a browser bundle small (≈ 4 kB brotli instead of ≈ 20 kB).
 */
export * from './common.js';
export * from './geography.js';
export * from './organizations.js';
export * from './events.js';
export * from './contact-requests.js';
export * from './problem.js';
export * from './queries.js';
export * from './messages.js';
export * from './operator-messages.js';
export * from './json-schema.js';
export * from './webhooks.js';
