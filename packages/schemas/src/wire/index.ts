/**
 * Browser-weight validators of the API's bodies and inputs, generated from the
 * zod schemas (see validator.ts for why). Import from
 * `@emplois-en-regions/schemas/wire`.
 */
export * from './schemas.generated.js';
export { compile, type JsonSchema, type WireSchema, type SafeParseResult } from './validator.js';
