/**
 * A small validator for the JSON Schemas that `z.toJSONSchema` produces from
 * our zod schemas. Browsers get these instead of zod itself: the whole
 * validator weighs well under 1 kB brotli, where zod/mini's runtime plus our
 * schemas weigh ≈ 10 kB — the SDK's browser budget (14 kB with ky) cannot
 * carry both. Issues have the shape of zod's, so `toFieldErrors` localizes
 * them the same way, and every validator is a Standard Schema (ky's
 * `.json(schema)` and other libraries accept it).
 *
 * Only the keywords our generated schemas use are supported; the test
 * `wire.test.ts` checks that this validator and zod agree on every schema.
 */
import type * as z from 'zod/mini';

/** The subset of JSON Schema 2020-12 our generated schemas use. */
type JsonType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null';

export interface JsonSchema {
  /** One type, or several (`['string', 'null']` for a nullable string). */
  type?: JsonType | JsonType[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  /** `false` refuses unknown keys (strict objects); absent lets them through. */
  additionalProperties?: false;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: 'email' | 'date-time' | 'date' | 'uri';
  /** Not JSON Schema: the string is trimmed (zod's `z.trim()`) before it is checked, and output trimmed. */
  trim?: true;
  enum?: readonly unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
}

type Issue = z.core.$ZodIssue;
type Path = PropertyKey[];

export type SafeParseResult<T> = { success: true; data: T } | { success: false; error: { issues: Issue[] } };

/** A compiled validator: zod-like `safeParse`, plus the Standard Schema interface. */
export interface WireSchema<T> {
  readonly json: JsonSchema;
  safeParse(input: unknown): SafeParseResult<T>;
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: 'emplois-en-regions';
    validate(
      value: unknown,
    ): { value: T } | { issues: ReadonlyArray<{ message: string; path: PropertyKey[] }> };
  };
}

const FORMATS: Record<string, (value: string) => boolean> = {
  // Same shapes as zod's checks; dates must also exist in the calendar.
  email: (v) =>
    /^[\w'+.-]*[\w+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/.test(v) && !/^\.|\.\.|\.@/.test(v),
  'date-time': (v) =>
    /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(v) && !Number.isNaN(Date.parse(v)),
  date: (v) => /^\d{4}-\d\d-\d\d$/.test(v) && new Date(v + 'T00:00:00Z').toISOString().startsWith(v),
  uri: (v) => /^https?:\/\/[^\s]+$/.test(v) && URL.canParse(v),
};
const ZOD_FORMAT: Record<string, string> = { 'date-time': 'datetime', uri: 'url' };

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/**
 * Checks `value` against `schema`, pushing zod-shaped issues, and returns the
 * parsed value: the input with its `trim` strings trimmed, as zod outputs it.
 */
function check(schema: JsonSchema, value: unknown, path: Path, issues: Issue[]): unknown {
  const push = (issue: Record<string, unknown>): void => {
    issues.push({ ...issue, path, message: 'Invalid input' } as Issue);
  };
  // zod's length checks, with the origin zod names after the value's own type.
  const lengths = (
    length: number,
    minimum = schema.minLength ?? schema.minItems,
    maximum = schema.maxLength ?? schema.maxItems,
  ) => {
    const origin = typeof value === 'string' ? 'string' : 'array';
    if (minimum !== undefined && length < minimum)
      push({ code: 'too_small', origin, minimum, inclusive: true });
    if (maximum !== undefined && length > maximum)
      push({ code: 'too_big', origin, maximum, inclusive: true });
  };

  if (schema.anyOf) {
    // Try each branch; report the branch that is not `null` (nullable) or a union error.
    const branches = schema.anyOf.map((branch) => {
      const found: Issue[] = [];
      return { found, parsed: check(branch, value, path, found) };
    });
    const passed = branches.find(({ found }) => found.length === 0);
    if (passed) return passed.parsed;
    const nonNull = schema.anyOf.filter((branch) => branch.type !== 'null');
    if (nonNull.length === 1) issues.push(...branches[schema.anyOf.indexOf(nonNull[0]!)]!.found);
    else push({ code: 'invalid_union', errors: [] });
    return value;
  }
  // Like zod, enums and literals check membership only, whatever the type.
  if (schema.enum) {
    if (!schema.enum.includes(value)) push({ code: 'invalid_value', values: [...schema.enum] });
    return value;
  }
  if ('const' in schema) {
    if (value !== schema.const) push({ code: 'invalid_value', values: [schema.const] });
    return value;
  }
  const actual = typeOf(value);
  if (schema.type) {
    const allowed = ([] as JsonType[]).concat(schema.type);
    if (!allowed.some((t) => t === actual || (t === 'number' && actual === 'integer'))) {
      const expected = allowed.find((t) => t !== 'null') ?? 'null';
      push({ code: 'invalid_type', expected: expected === 'integer' ? 'int' : expected });
      // zod still runs its length checks on whatever has a length (`[]` for a name is also too short).
      if (typeof value === 'string' || Array.isArray(value)) lengths(value.length);
      return value;
    }
  }

  if (typeof value === 'string') {
    // zod trims before it measures; an untrimmed name of spaces would pass here and fail at the API.
    if (schema.trim) value = (value as string).trim();
    let text = value as string;
    // zod's URLs are read trimmed and output so, less the tabs and newlines the URL parser ignores.
    const url = schema.format === 'uri' ? text.trim() : text;
    if (schema.format && !FORMATS[schema.format]?.(url))
      push({ code: 'invalid_format', format: ZOD_FORMAT[schema.format] ?? schema.format });
    else if (schema.pattern && !new RegExp(schema.pattern).test(text))
      push({ code: 'invalid_format', format: 'regex', pattern: schema.pattern });
    else if (schema.format === 'uri') value = text = url.replace(/[\t\n\r]/g, '');
    lengths(text.length);
  } else if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum)
      push({ code: 'too_small', origin: 'number', minimum: schema.minimum, inclusive: true });
    if (schema.maximum !== undefined && value > schema.maximum)
      push({ code: 'too_big', origin: 'number', maximum: schema.maximum, inclusive: true });
  } else if (Array.isArray(value)) {
    lengths(value.length);
    if (schema.items) return value.map((item, i) => check(schema.items!, item, [...path, i], issues));
  } else if (actual === 'object' && schema.properties) {
    const record = value as Record<string, unknown>;
    const parsed = { ...record };
    const required = schema.required ?? [];
    for (const [key, sub] of Object.entries(schema.properties)) {
      const present = Object.hasOwn(record, key) && record[key] !== undefined;
      if (present) parsed[key] = check(sub, record[key], [...path, key], issues);
      else if (required.includes(key)) check(sub, undefined, [...path, key], issues);
    }
    if (schema.additionalProperties === false) {
      const keys = Object.keys(record).filter((key) => !Object.hasOwn(schema.properties!, key));
      if (keys.length) push({ code: 'unrecognized_keys', keys });
    }
    return parsed;
  }
  return value;
}

/** Compiles a generated JSON Schema into a validator whose output type is `T`. */
export function compile<T>(json: JsonSchema): WireSchema<T> {
  const safeParse = (input: unknown): SafeParseResult<T> => {
    const issues: Issue[] = [];
    const data = check(json, input, [], issues) as T;
    return issues.length ? { success: false, error: { issues } } : { success: true, data };
  };
  return {
    json,
    safeParse,
    '~standard': {
      version: 1,
      vendor: 'emplois-en-regions',
      validate(value) {
        const result = safeParse(value);
        return result.success ? { value: result.data } : { issues: result.error.issues };
      },
    },
  };
}
