// Generates the editor data of the widgets from custom-elements.json:
//   editor/vscode.html-custom-data.json — VS Code's HTML custom data (tags, attributes, allowed values)
//   editor/jsx.d.ts                     — JSX types for React 19+ (attributes, `on<event>` listeners)
// Both are committed, so a fresh clone type-checks before any build; the build
// regenerates them and scripts/check-manifest.mjs fails when they are stale.
//
// Run after `cem analyze`: node scripts/editor-data.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const EDITOR_DIR = 'editor';
const VSCODE_FILE = 'vscode.html-custom-data.json';
const JSX_FILE = 'jsx.d.ts';
const INDEX_MODULE = 'src/index.ts';

/**
 * The generated files, formatted as Prettier (the repository's config) would
 * leave them, keyed by their name in editor/.
 * @param {any} manifest the parsed custom-elements.json
 * @returns {Promise<Record<string, string>>}
 */
export async function editorFiles(manifest) {
  const { name: packageName } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const elements = publicElements(manifest);
  const files = {
    [VSCODE_FILE]: JSON.stringify(vscodeData(elements)),
    [JSX_FILE]: jsxTypes(manifest, elements, packageName),
  };
  for (const [name, text] of Object.entries(files)) {
    const filepath = join(packageDir, EDITOR_DIR, name);
    const options = (await prettier.resolveConfig(filepath)) ?? {};
    files[name] = await prettier.format(text, { ...options, filepath });
  }
  return files;
}

/** The public elements: declarations with a tag, exported by the package entry, sorted by tag. */
function publicElements(manifest) {
  const exported = new Set(
    manifest.modules.find((m) => m.path === INDEX_MODULE)?.exports?.map((e) => e.name) ?? [],
  );
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  for (const element of elements)
    if (!exported.has(element.name))
      throw new Error(`${element.name} <${element.tagName}> is not exported by ${INDEX_MODULE}`);
  return elements;
}

/** `'a' | 'b' | ''` → ['a', 'b', ''], or null when the type is not a union of string literals. */
function literalValues(text) {
  const parts = text.split('|').map((p) => p.trim());
  return parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : null;
}

const typeText = (attribute) => attribute.expandedType?.text ?? attribute.type?.text ?? 'string';

const markdown = (value) => ({ kind: 'markdown', value });

function tagDescription(element) {
  const sections = [element.summary, element.description].filter(Boolean);
  const list = (title, items, format) =>
    items?.length && sections.push(`**${title}**\n\n${items.map((i) => `- ${format(i)}`).join('\n')}`);
  list('Events', element.events, (e) => `\`${e.name}\` — ${e.description ?? ''}`);
  list('CSS parts', element.cssParts, (p) => `\`::part(${p.name})\` — ${p.description ?? ''}`);
  list('CSS custom properties', element.cssProperties, (p) => `\`${p.name}\` — ${p.description ?? ''}`);
  return sections.join('\n\n');
}

/** VS Code HTML custom data, version 1.1 (vscode-html-languageservice, docs/customData.md). */
function vscodeData(elements) {
  return {
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: markdown(tagDescription(element)),
      attributes: (element.attributes ?? []).map((attribute) => {
        const text = typeText(attribute);
        const values = literalValues(text)?.filter((v) => v !== '');
        return {
          name: attribute.name,
          ...(attribute.description && { description: markdown(attribute.description) }),
          ...(text === 'boolean' && { valueSet: 'v' }),
          ...(values?.length && { values: values.map((name) => ({ name })) }),
        };
      }),
    })),
  };
}

/** A JSDoc block for generated TypeScript. */
function doc(text, indent = '') {
  if (!text) return '';
  const lines = text.replaceAll('*/', '*\\/').split('\n');
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} *${l ? ` ${l}` : ''}`).join('\n')}\n${indent} */\n`;
}

/** The prop type of an attribute: primitives and literal unions from the manifest, else the property's own type. */
function propType(element, attribute) {
  const text = typeText(attribute);
  if (['string', 'number', 'boolean'].includes(text) || literalValues(text)) return text;
  return attribute.fieldName ? `${element.name}[${JSON.stringify(attribute.fieldName)}]` : 'string';
}

/** An interface of attribute and event props. */
function propsInterface(name, summary, declaration, attributes, base) {
  const lines = attributes.map(
    (a) =>
      `${doc(a.description, '  ')}  ${JSON.stringify(a.name)}?: ${propType(declaration, a)} | undefined;`,
  );
  for (const event of declaration.tagName ? (declaration.events ?? []) : []) {
    const type = `EerListener<${declaration.name}, ${JSON.stringify(event.name)}>`;
    lines.push(
      `${doc(`\`${event.name}\`: ${event.description ?? ''}`, '  ')}  ${JSON.stringify(`on${event.name}`)}?: ${type} | undefined;`,
    );
  }
  const heritage = base ? ` extends ${base}` : '';
  return `${doc(summary)}export interface ${name}${heritage} {\n${lines.join('\n')}\n}\n`;
}

function jsxTypes(manifest, elements, packageName) {
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  const propsName = (declaration) => `${declaration.name}Props`;
  // A base class every widget extends (EerElement) gets its own interface, which the widgets' extend.
  const bases = new Map();
  const interfaces = elements.map((element) => {
    const attributes = element.attributes ?? [];
    const baseName = attributes.find((a) => a.inheritedFrom)?.inheritedFrom.name;
    const base = declarations.find((d) => d.name === baseName && !d.tagName);
    const fromBase = (a) => base && a.inheritedFrom?.name === base.name;
    const complete = base?.attributes?.every((b) => attributes.some((a) => fromBase(a) && a.name === b.name));
    if (complete) bases.set(base.name, base);
    const own = complete ? attributes.filter((a) => !fromBase(a)) : attributes;
    const summary = `Attributes and events of \`<${element.tagName}>\`.`;
    return propsInterface(propsName(element), summary, element, own, complete && propsName(base));
  });
  for (const base of [...bases.values()].reverse()) {
    const summary = `Attributes of every widget that extends \`${base.name}\`.`;
    interfaces.unshift(propsInterface(propsName(base), summary, base, base.attributes ?? []));
  }
  const intrinsic = elements.map(
    (element) =>
      `${doc(element.summary, '      ')}      ${JSON.stringify(element.tagName)}: EerIntrinsicElement<${element.name}, ${propsName(element)}>;`,
  );
  const body = interfaces.join('\n');
  // A base's class is imported only if a prop type indexes it (`EerElement["x"]`).
  const used = [...bases.keys()].filter((name) => body.includes(`${name}[`));
  const names = [...elements.map((e) => e.name), ...used, 'EerEventMap'].sort();
  return `// Generated from custom-elements.json by scripts/editor-data.mjs: do not edit.
// \`pnpm --filter ${packageName} build\` regenerates it.

/**
 * JSX types of the Emplois en régions widgets for React 19 and later. React 19
 * sets a prop as a property when the element has one (else as an attribute) and
 * adds a listener for an \`on<event>\` prop, with the event name as is:
 * \`oneer-region-change={(event) => event.detail.region}\`.
 *
 * Load them once in a React + TypeScript app, e.g. next to the import that
 * registers the elements:
 *
 * \`\`\`ts
 * import '${packageName}';
 * import type {} from '${packageName}/jsx';
 * \`\`\`
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ${names.join(', ')} } from '${packageName}';

/** A listener of a widget event, as React 19 adds it with \`addEventListener\`. */
export type EerListener<E extends HTMLElement, K extends keyof EerEventMap> = (
  event: EerEventMap[K] & { currentTarget: E },
) => void;

/** React's props of an element, where the widget's own attributes replace those of the same name (\`lang\`…). */
export type EerIntrinsicElement<E extends HTMLElement, Own> = Omit<
  DetailedHTMLProps<HTMLAttributes<E>, E>,
  keyof Own
> &
  Own;

${body}
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${intrinsic.join('\n')}
    }
  }
}
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'custom-elements.json'), 'utf8'));
  mkdirSync(join(packageDir, EDITOR_DIR), { recursive: true });
  for (const [name, text] of Object.entries(await editorFiles(manifest))) {
    writeFileSync(join(packageDir, EDITOR_DIR, name), text);
    console.log(`${EDITOR_DIR}/${name}`);
  }
}
