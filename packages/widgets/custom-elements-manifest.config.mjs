// custom-elements.json is generated from the widgets' JSDoc (@summary, @tag,
// @csspart, @cssproperty, @fires and property docs) by `pnpm build`; the editor
// data in editor/ (VS Code HTML data, React JSX types) is generated from it by
// scripts/editor-data.mjs.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.messages.ts', 'src/region-picker/map/regions.paths.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  plugins: [expandLiteralAliases()],
};

/**
 * The analyzer writes a property's type as written (`mode: PickerMode`), and
 * type aliases do not appear in the manifest, so tools reading it cannot tell
 * the allowed values. This plugin remembers every alias that is a union of
 * string literals (`type PickerMode = 'list' | 'combobox' | 'map'`) and adds
 * `expandedType: { text: "'list' | 'combobox' | 'map'" }` next to each
 * attribute and field `type` that uses one. `type.text` stays as written.
 */
function expandLiteralAliases() {
  /** @type {Map<string, Set<string>>} alias name → the member texts of each declaration found */
  const aliases = new Map();
  return {
    name: 'eer-expand-literal-aliases',
    analyzePhase({ ts, node }) {
      if (!ts.isTypeAliasDeclaration(node)) return;
      const members = ts.isUnionTypeNode(node.type) ? node.type.types : [node.type];
      const texts = members.map((member) =>
        ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal)
          ? `'${member.literal.text}'`
          : ts.isTypeReferenceNode(member) && ts.isIdentifier(member.typeName) && !member.typeArguments
            ? member.typeName.text
            : null,
      );
      if (texts.includes(null)) return;
      const name = node.name.text;
      if (!aliases.has(name)) aliases.set(name, new Set());
      aliases.get(name).add(texts.join(' | '));
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        for (const item of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) {
          const text = item.type?.text;
          if (!text) continue;
          const expanded = expand(text, aliases, new Set());
          if (expanded && expanded !== text) item.expandedType = { text: expanded };
        }
      }
    },
  };
}

/** `Theme | ''` → `'light' | 'dark' | 'auto' | ''`; null when a part is not a literal or a known alias. */
function expand(text, aliases, seen) {
  const parts = [];
  for (const part of text.split('|').map((p) => p.trim())) {
    if (/^'[^']*'$/.test(part)) parts.push(part);
    else if (aliases.get(part)?.size === 1 && !seen.has(part)) {
      // Two modules declaring the same alias name differently: ambiguous, left unexpanded.
      const inner = expand([...aliases.get(part)][0], aliases, new Set([...seen, part]));
      if (!inner) return null;
      parts.push(inner);
    } else return null;
  }
  return [...new Set(parts.join(' | ').split(' | '))].join(' | ');
}
