// What the widgets' sources declare, read with the TypeScript parser: for each
// class with an `@tag` in its JSDoc, the attributes of its Lit `@property`
// decorators (its base classes' too) and the events it emits with
// `this.emit('…')`. check-manifest.mjs compares custom-elements.json with it,
// so a new attribute or event cannot be left out of the documented contract.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** `src/**\/*.ts`, as the manifest analyzer reads them. */
function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The attribute a Lit `@property(...)` gives: `attribute: '…'`, none for `attribute: false`, else the lowercased name. */
function attributeOf(member) {
  const decorator = ts
    .getDecorators(member)
    ?.find(
      (d) =>
        ts.isCallExpression(d.expression) &&
        ts.isIdentifier(d.expression.expression) &&
        d.expression.expression.text === 'property',
    );
  if (!decorator) return null;
  const [options] = decorator.expression.arguments;
  const option =
    options &&
    ts.isObjectLiteralExpression(options) &&
    options.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText() === 'attribute');
  if (option) {
    if (ts.isStringLiteralLike(option.initializer)) return option.initializer.text;
    if (option.initializer.kind === ts.SyntaxKind.FalseKeyword) return null;
  }
  return member.name.getText().toLowerCase();
}

/** Event names of every `this.emit('…', …)` under `node`. */
function emittedEvents(node, events = new Set()) {
  if (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.expression.kind === ts.SyntaxKind.ThisKeyword &&
    node.expression.name.text === 'emit' &&
    node.arguments[0] &&
    ts.isStringLiteralLike(node.arguments[0])
  )
    events.add(node.arguments[0].text);
  // forEachChild stops at the first truthy return: the callback returns nothing.
  ts.forEachChild(node, (child) => {
    emittedEvents(child, events);
  });
  return events;
}

/** tag → { attributes, events } declared by the sources under `srcDir`. */
export function sourceContract(srcDir) {
  const classes = new Map();
  for (const file of sourceFiles(srcDir)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (!ts.isClassDeclaration(statement) || !statement.name) continue;
      const tag = ts
        .getJSDocTags(statement)
        .find((t) => t.tagName.text === 'tag')
        ?.comment?.toString()
        .trim();
      const base = statement.heritageClauses
        ?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)
        ?.types[0]?.expression.getText();
      const attributes = statement.members.map(attributeOf).filter(Boolean);
      classes.set(statement.name.text, { tag, base, attributes, events: emittedEvents(statement) });
    }
  }
  const contract = {};
  for (const declared of classes.values()) {
    if (!declared.tag) continue;
    const attributes = new Set();
    const events = new Set();
    // The class and its ancestors declared here (LitElement and beyond are not ours).
    for (let current = declared; current; current = classes.get(current.base)) {
      current.attributes.forEach((name) => attributes.add(name));
      current.events.forEach((name) => events.add(name));
    }
    contract[declared.tag] = { attributes, events };
  }
  return contract;
}
