import type * as z from 'zod/mini';
import { Limit } from './queries.js';

type OverrideContext = Parameters<
  NonNullable<NonNullable<Parameters<typeof z.toJSONSchema>[1]>['override']>
>[0];

/**
 * `override` for `z.toJSONSchema` wherever these schemas become JSON Schema
 * (OpenAPI, browser validators): a few schemas read text from query strings
 * but mean a number, and the document should say the number.
 */
export function jsonSchemaOverride(ctx: OverrideContext): void {
  if (ctx.zodSchema === Limit) {
    for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
    Object.assign(ctx.jsonSchema, { type: 'integer', minimum: 1, maximum: 100 });
  }
}
