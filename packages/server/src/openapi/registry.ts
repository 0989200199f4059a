import * as z from 'zod/mini';
import * as shared from '@emplois-en-regions/schemas';
import type { Language } from '@emplois-en-regions/schemas';
import * as local from '../schemas.js';
import { SCHEMA_DESCRIPTIONS } from './descriptions.js';

export type Schema = z.core.$ZodType;
export interface SchemaMeta {
  id: string;
  description?: string;
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

/**
 * Every zod schema exported by the shared package and by src/schemas.ts, by
 * export name. Taken from the modules themselves, so a schema added there
 * shows up in the OpenAPI document without editing this file.
 */
const exported: [string, unknown][] = [...Object.entries(shared), ...Object.entries(local)];
export const NAMED_SCHEMAS: ReadonlyMap<string, Schema> = new Map(
  exported.filter((entry): entry is [string, Schema] => isSchema(entry[1])),
);

export function schemaName(schema: Schema): string {
  for (const [name, candidate] of NAMED_SCHEMAS) if (candidate === schema) return name;
  throw new Error('schema is not exported by name');
}

/** A private registry (never zod's global one) of the named schemas, described in `lang`. */
export function namedSchemaRegistry(lang: Language) {
  const registry = z.registry<SchemaMeta>();
  for (const [id, schema] of NAMED_SCHEMAS) {
    const description = SCHEMA_DESCRIPTIONS[id]?.[lang];
    registry.add(schema, description ? { id, description } : { id });
  }
  return registry;
}
