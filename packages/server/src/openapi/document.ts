import * as z from 'zod/mini';
import { jsonSchemaOverride, type Language } from '@emplois-en-regions/schemas';
import { namedSchemaRegistry, schemaName, type Schema } from './registry.js';
import { curlSample } from './code-samples.js';
import { ROUTES, type RouteDoc, type RouteResponse } from './routes.js';
import { OPENAPI_TEXTS, PARAMETER_TEXTS, STATUS_TEXTS } from './texts.js';

export const API_VERSION = '1.0.0';
const COMPONENT_PREFIX = '#/components/schemas/';

type JsonSchema = Record<string, unknown>;
export type OpenApiDocument = Record<string, unknown> & {
  openapi: string;
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, JsonSchema> } & Record<string, unknown>;
};
export interface OpenApiParameter {
  name: string;
  in: 'query' | 'path' | 'header';
  required: boolean;
  description?: string;
  schema: JsonSchema;
}
export interface OpenApiOperation {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters?: OpenApiParameter[];
  requestBody?: Record<string, unknown>;
  responses: Record<string, Record<string, unknown>>;
  security: Record<string, string[]>[];
  /** Redocly's extension for request samples; the reference page shows them. */
  'x-codeSamples': { lang: string; label: string; source: string }[];
}

const ref = (name: string) => ({ $ref: COMPONENT_PREFIX + name });

/** A schema as it sits inside an OpenAPI document (no dialect or id of its own). */
function embedded(schema: JsonSchema): JsonSchema {
  const { $schema: _dialect, $id: _id, ...rest } = schema;
  return rest;
}

const textSchema = () => embedded(z.toJSONSchema(z.string()) as JsonSchema);
const integerSchema = () => embedded(z.toJSONSchema(z.int()) as JsonSchema);

/** components.schemas: every named schema, converted once per language (descriptions differ). */
const componentsByLanguage = new Map<Language, Record<string, JsonSchema>>();
function componentSchemas(lang: Language): Record<string, JsonSchema> {
  let schemas = componentsByLanguage.get(lang);
  if (!schemas) {
    const converted = z.toJSONSchema(namedSchemaRegistry(lang), {
      target: 'draft-2020-12',
      uri: (id) => COMPONENT_PREFIX + id,
      // Refinements (e.g. "not region 06") have no JSON Schema form; the checks stay server-side.
      unrepresentable: 'any',
      override: jsonSchemaOverride,
    });
    schemas = Object.fromEntries(
      Object.entries(converted.schemas).map(([name, schema]) => [name, embedded(schema as JsonSchema)]),
    );
    componentsByLanguage.set(lang, schemas);
  }
  return schemas;
}

/** Query parameters generated from a strict query schema, as the client sends them (text). */
function queryParameters(query: Schema, lang: Language): OpenApiParameter[] {
  const json = z.toJSONSchema(query, {
    io: 'input',
    unrepresentable: 'any',
    override: jsonSchemaOverride,
  }) as JsonSchema;
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, schema]) => {
    const description = PARAMETER_TEXTS[lang][name];
    return {
      name,
      in: 'query',
      required: required.has(name),
      ...(description ? { description } : {}),
      schema,
    };
  });
}

function pathParameters(route: RouteDoc, lang: Language): OpenApiParameter[] {
  return Object.entries(route.pathParams ?? {}).map(([name, schema]) => ({
    name,
    in: 'path',
    required: true,
    description: PARAMETER_TEXTS[lang][name] ?? name,
    schema: ref(schemaName(schema)),
  }));
}

function headerParameters(route: RouteDoc, lang: Language): OpenApiParameter[] {
  const headers: OpenApiParameter[] = [];
  if (route.idempotent) {
    headers.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: true,
      description: OPENAPI_TEXTS[lang].idempotencyKey,
      schema: ref('IdempotencyKey'),
    });
  }
  if (route.ifMatch) {
    headers.push({
      name: 'If-Match',
      in: 'header',
      required: route.ifMatch === 'required',
      description: OPENAPI_TEXTS[lang].ifMatch,
      schema: textSchema(),
    });
  }
  return headers;
}

function responseHeaders(route: RouteDoc, response: RouteResponse) {
  const headers: Record<string, unknown> = { 'X-Request-Id': { $ref: '#/components/headers/RequestId' } };
  if (route.versioned && [200, 201, 304].includes(response.status)) {
    headers.ETag = { $ref: '#/components/headers/EventETag' };
  } else if (route.cache && (response.status === 200 || response.status === 304)) {
    headers.ETag = { $ref: '#/components/headers/ETag' };
  }
  if (route.location && response.status === 201) headers.Location = { $ref: '#/components/headers/Location' };
  if (response.status === 429) headers['Retry-After'] = { $ref: '#/components/headers/RetryAfter' };
  if (route.idempotent && response.status === 201) {
    headers['Idempotent-Replayed'] = { $ref: '#/components/headers/IdempotentReplayed' };
  }
  return headers;
}

function responses(route: RouteDoc, lang: Language) {
  const out: Record<string, Record<string, unknown>> = {};
  for (const response of route.responses) {
    const entry: Record<string, unknown> = {
      description: STATUS_TEXTS[lang][response.status] ?? String(response.status),
      headers: responseHeaders(route, response),
    };
    if (response.body && 'schema' in response.body) {
      const mediaType = response.body.schema === 'Problem' ? 'application/problem+json' : 'application/json';
      entry.content = { [mediaType]: { schema: ref(response.body.schema) } };
    } else if (response.body) {
      entry.content = { [response.body.mediaType]: { schema: textSchema() } };
    }
    out[String(response.status)] = entry;
  }
  return out;
}

const SECURITY: Record<RouteDoc['access'], Record<string, string[]>[]> = {
  none: [],
  public: [{}, { publishableKey: [] }, { bearerKey: [] }],
  key: [{ publishableKey: [] }, { bearerKey: [] }],
  secret: [{ bearerKey: [] }],
};

function operation(route: RouteDoc, lang: Language, baseUrl: string): OpenApiOperation {
  const parameters = [
    ...pathParameters(route, lang),
    ...(route.query ? queryParameters(route.query, lang) : []),
    ...headerParameters(route, lang),
  ];
  const op: OpenApiOperation = {
    operationId: route.operationId,
    summary: route.summary[lang],
    tags: [route.tag],
    responses: responses(route, lang),
    security: SECURITY[route.access],
    'x-codeSamples': [{ lang: 'Shell', label: 'curl', source: curlSample(route, baseUrl) }],
  };
  if (route.description) op.description = route.description[lang];
  if (parameters.length) op.parameters = parameters;
  if (route.body) {
    op.requestBody = {
      required: true,
      content: {
        'application/json': {
          schema: ref(route.body),
          ...(route.example?.body ? { example: route.example.body } : {}),
        },
      },
    };
  }
  return op;
}

/**
 * The OpenAPI 3.1 document, generated: component schemas from the zod
 * schemas (z.toJSONSchema over a private registry), query parameters from
 * the strict query schemas, operations from the route table.
 */
export function buildOpenApiDocument(options: { baseUrl: string; lang: Language }): OpenApiDocument {
  const { lang } = options;
  const texts = OPENAPI_TEXTS[lang];
  const paths: OpenApiDocument['paths'] = {};
  for (const route of ROUTES)
    (paths[route.path] ??= {})[route.method] = operation(route, lang, options.baseUrl);
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: texts.title,
      version: API_VERSION,
      description: texts.description,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: options.baseUrl }],
    tags: Object.entries(texts.tags).map(([name, description]) => ({ name, description })),
    paths,
    components: {
      schemas: componentSchemas(lang),
      securitySchemes: {
        publishableKey: { type: 'apiKey', in: 'query', name: 'key', description: texts.publishableKey },
        bearerKey: { type: 'http', scheme: 'bearer', description: texts.bearerKey },
      },
      headers: {
        RequestId: { description: texts.requestId, schema: textSchema() },
        ETag: { description: texts.etag, schema: textSchema() },
        EventETag: { description: texts.eventEtag, schema: textSchema() },
        Location: { description: texts.location, schema: textSchema() },
        RetryAfter: { description: texts.retryAfter, schema: integerSchema() },
        IdempotentReplayed: { description: texts.replayed, schema: textSchema() },
      },
    },
  };
}
