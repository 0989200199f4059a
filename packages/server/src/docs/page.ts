import type { Language } from '@emplois-en-regions/schemas';
import type { OpenApiDocument, OpenApiOperation, OpenApiParameter } from '../openapi/document.js';
import { html, type SafeHtml } from './html.js';
import { DOCS_TEXTS, type DocsTexts } from './texts.js';

type JsonSchema = Record<string, unknown>;
export const DOCS_PATH = '/docs/api';
export const DOCS_CSS_PATH = '/docs/api/styles.css';

const REF_PREFIX = '#/components/schemas/';

function refName(schema: JsonSchema): string | undefined {
  const ref = schema.$ref;
  return typeof ref === 'string' && ref.startsWith(REF_PREFIX) ? ref.slice(REF_PREFIX.length) : undefined;
}

const schemaAnchor = (name: string) => `schema-${name}`;

/** A short, linked type label of a JSON Schema: `string (date-time)`, `array of Region`, `"fr" | "en"`. */
function typeLabel(schema: JsonSchema): SafeHtml {
  const name = refName(schema);
  if (name) return html`<a href="#${schemaAnchor(name)}"><code>${name}</code></a>`;
  if (Array.isArray(schema.enum))
    return html`<code>${schema.enum.map((v) => JSON.stringify(v)).join(' | ')}</code>`;
  if ('const' in schema) return html`<code>${JSON.stringify(schema.const)}</code>`;
  const variants = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (variants) return html`${variants.map((variant, i) => html`${i ? ' | ' : ''}${typeLabel(variant)}`)}`;
  if (schema.type === 'array' && schema.items)
    return html`array&lt;${typeLabel(schema.items as JsonSchema)}&gt;`;
  if (
    schema.type === 'object' &&
    schema.additionalProperties &&
    typeof schema.additionalProperties === 'object'
  ) {
    const values = schema.additionalProperties as JsonSchema;
    if (Object.keys(values).length) return html`object&lt;string, ${typeLabel(values)}&gt;`;
  }
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : String(schema.type ?? 'any');
  return html`<code>${type}</code>${schema.format ? html` (${String(schema.format)})` : ''}`;
}

/** Length, range, item count and pattern constraints, in a compact form. */
function constraints(schema: JsonSchema): string {
  const out: string[] = [];
  const pairs: [string, string][] = [
    ['minLength', 'min length'],
    ['maxLength', 'max length'],
    ['minimum', 'min'],
    ['maximum', 'max'],
    ['minItems', 'min items'],
    ['maxItems', 'max items'],
  ];
  for (const [key, label] of pairs) {
    const value = schema[key];
    // zod's int() bounds are the safe-integer range: noise, not a constraint anyone needs to read.
    if (typeof value === 'number' && Math.abs(value) < Number.MAX_SAFE_INTEGER) out.push(`${label} ${value}`);
  }
  if (typeof schema.pattern === 'string' && schema.pattern.length <= 60) out.push(`/${schema.pattern}/`);
  return out.join(', ');
}

function parameterTable(parameters: OpenApiParameter[], t: DocsTexts): SafeHtml {
  return html`<h4>${t.parameters}</h4>
    <table>
      <thead>
        <tr>
          <th scope="col">${t.name}</th>
          <th scope="col">${t.location}</th>
          <th scope="col">${t.type}</th>
          <th scope="col">${t.required}</th>
          <th scope="col">${t.constraints}</th>
          <th scope="col">${t.description}</th>
        </tr>
      </thead>
      <tbody>
        ${parameters.map(
          (p) =>
            html`<tr>
              <td><code>${p.name}</code></td>
              <td>${t.in[p.in]}</td>
              <td>${typeLabel(p.schema)}</td>
              <td>${p.required ? t.yes : t.no}</td>
              <td>${constraints(p.schema)}</td>
              <td>${p.description ?? ''}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

function accessOf(op: OpenApiOperation): keyof DocsTexts['accessText'] {
  if (op.security.length === 0) return 'none';
  if (op.security.some((requirement) => Object.keys(requirement).length === 0)) return 'public';
  return op.security.every((requirement) => 'bearerKey' in requirement) ? 'secret' : 'key';
}

function responsesTable(op: OpenApiOperation, t: DocsTexts): SafeHtml {
  return html`<h4>${t.responses}</h4>
    <table>
      <thead>
        <tr>
          <th scope="col">${t.status}</th>
          <th scope="col">${t.description}</th>
          <th scope="col">${t.content}</th>
        </tr>
      </thead>
      <tbody>
        ${Object.entries(op.responses).map(([status, response]) => {
          const content = (response.content ?? {}) as Record<string, { schema: JsonSchema }>;
          return html`<tr>
            <td>${status}</td>
            <td>${String(response.description ?? '')}</td>
            <td>
              ${Object.entries(content).map(([type, media]) => html`<code>${type}</code> ${typeLabel(media.schema)}`)}
            </td>
          </tr>`;
        })}
      </tbody>
    </table>`;
}

function operationSection(path: string, method: string, op: OpenApiOperation, t: DocsTexts): SafeHtml {
  const body = op.requestBody?.content as
    Record<string, { schema: JsonSchema; example?: unknown }> | undefined;
  const json = body?.['application/json'];
  return html`<section class="operation" id="${op.operationId}" aria-labelledby="${op.operationId}-title">
    <h3 id="${op.operationId}-title">
      <span class="method method-${method}">${method}</span> <span class="path">${path}</span>
    </h3>
    <p>${op.summary}</p>
    ${op.description ? html`<p>${op.description}</p>` : ''}
    <p class="access"><strong>${t.access}</strong> ${t.accessText[accessOf(op)]}</p>
    ${op.parameters?.length ? parameterTable(op.parameters, t) : ''}
    ${
      json
        ? html`<h4>${t.requestBody}</h4>
            <p><code>application/json</code> ${typeLabel(json.schema)}</p>`
        : ''
    }
    ${responsesTable(op, t)}
    ${op['x-codeSamples'].map(
      (sample) =>
        html`<h4>${t.example}</h4>
          <pre><code>${sample.source}</code></pre>`,
    )}
  </section>`;
}

function propertiesTable(schema: JsonSchema, t: DocsTexts): SafeHtml | '' {
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (!properties) return '';
  const required = new Set((schema.required ?? []) as string[]);
  return html`<table>
    <thead>
      <tr>
        <th scope="col">${t.name}</th>
        <th scope="col">${t.type}</th>
        <th scope="col">${t.required}</th>
        <th scope="col">${t.constraints}</th>
      </tr>
    </thead>
    <tbody>
      ${Object.entries(properties).map(
        ([name, property]) =>
          html`<tr>
            <td><code>${name}</code></td>
            <td>${typeLabel(property)}</td>
            <td>${required.has(name) ? t.yes : t.no}</td>
            <td>${constraints(property)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function schemaSection(name: string, schema: JsonSchema, t: DocsTexts): SafeHtml {
  return html`<section
    class="schema"
    id="${schemaAnchor(name)}"
    aria-labelledby="${schemaAnchor(name)}-title"
  >
    <h3 id="${schemaAnchor(name)}-title"><code>${name}</code></h3>
    ${typeof schema.description === 'string' ? html`<p>${schema.description}</p>` : ''}
    ${schema.properties ? propertiesTable(schema, t) : html`<p>${typeLabel(schema)} <span class="muted">${constraints(schema)}</span></p>`}
    <details>
      <summary>${t.jsonSchema}</summary>
      <pre><code>${JSON.stringify(schema, null, 2)}</code></pre>
    </details>
  </section>`;
}

/**
 * The browsable reference, rendered on the server from the generated
 * OpenAPI document: no script, no inline style, stylesheet from DOCS_CSS_PATH.
 */
export function renderReferencePage(doc: OpenApiDocument, lang: Language): string {
  const t = DOCS_TEXTS[lang];
  const info = doc.info as { title: string; description: string; version: string };
  const baseUrl = (doc.servers as { url: string }[] | undefined)?.[0]?.url ?? '';
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
  const schemas = Object.entries(doc.components.schemas).sort(([a], [b]) => a.localeCompare(b));
  const page = html`<!doctype html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${t.pageTitle}</title>
        <link rel="stylesheet" href="${DOCS_CSS_PATH}" />
        <link
          rel="alternate"
          hreflang="${t.otherLanguage.lang}"
          href="${DOCS_PATH}?lang=${t.otherLanguage.lang}"
        />
      </head>
      <body>
        <a class="skip" href="#content">${t.skip}</a>
        <header>
          <h1>${t.pageTitle} <span class="muted">v${info.version}</span></h1>
          <a
            href="${DOCS_PATH}?lang=${t.otherLanguage.lang}"
            hreflang="${t.otherLanguage.lang}"
            lang="${t.otherLanguage.lang}"
            >${t.otherLanguage.label}</a
          >
        </header>
        <main id="content">
          <p class="intro">${info.description}</p>
          <p>
            <strong>${t.baseUrl}</strong> <code>${baseUrl}</code> ·
            <a href="/v1/openapi.json${lang === 'en' ? '?lang=en' : ''}">${t.openapi}</a>
          </p>
          <p class="muted">${t.additional}</p>
          <nav aria-label="${t.contents}">
            <h2>${t.contents}</h2>
            <ul>
              ${operations.map(
                ({ path, method, op }) =>
                  html`<li>
                    <a href="#${op.operationId}"
                      ><span class="method method-${method}">${method}</span> ${path}</a
                    >
                    — ${op.summary}
                  </li>`,
              )}
            </ul>
          </nav>
          <h2>${t.operations}</h2>
          ${operations.map(({ path, method, op }) => operationSection(path, method, op, t))}
          <h2>${t.schemas}</h2>
          ${schemas.map(([name, schema]) => schemaSection(name, schema, t))}
        </main>
        <footer><p>${t.generated}</p></footer>
      </body>
    </html> `;
  return page.value;
}
