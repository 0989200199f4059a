/**
 * Text a person typed: no NUL character and no lone UTF-16 surrogate (half of an
 * emoji, which no encoder can store or send on faithfully). A regex rather than a
 * refinement, so the JSON Schema and the browser validators carry the rule too.
 *
 * Its own module, free of zod: the field messages (messages.ts) read it, and the
 * browser bundles that import them must not pull zod in through common.ts.
 */
export const SAFE_TEXT =
  // eslint-disable-next-line no-control-regex -- NUL is exactly what the pattern keeps out.
  /^[^\u0000\uD800-\uDFFF]*(?:[\uD800-\uDBFF][\uDC00-\uDFFF][^\u0000\uD800-\uDFFF]*)*$/;
