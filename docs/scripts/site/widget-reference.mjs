// The widget reference, generated from packages/widgets/custom-elements.json
// (written by the widgets' build from their JSDoc). The manifest is English; the
// French pages read guides/fr/widget-descriptions.json, and the build fails when
// an entry of the manifest has no French description there.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { widgetPath } from './pages.mjs';
import { escapeHtml, frenchTypography } from './text.mjs';

const HEADINGS = {
  fr: {
    example: 'Exemple',
    preview: 'Aperçu en direct',
    attributes: 'Attributs',
    sharedAttributes: 'Attributs communs à tous les composants',
    properties: 'Propriétés',
    sharedProperties: 'Propriétés communes à tous les composants',
    methods: 'Méthodes',
    events: 'Événements',
    slots: 'Emplacements (slots)',
    cssParts: 'Parties CSS (::part)',
    cssProperties: 'Propriétés personnalisées CSS',
    cssStates: 'États CSS (:state)',
    name: 'Nom',
    attribute: 'Attribut',
    property: 'Propriété',
    type: 'Type',
    default: 'Valeur par défaut',
    description: 'Description',
    readonly: 'lecture seule',
    none: {
      attributes: 'Aucun attribut propre.',
      properties: 'Aucune propriété propre.',
      methods: 'Aucune méthode publique.',
      events: 'Aucun événement.',
      slots: 'Aucun emplacement : le composant n’affiche pas de contenu de la page.',
      cssParts: 'Aucune partie exposée.',
      cssProperties: 'Aucune propriété propre ; les jetons --eer-* s’appliquent.',
      cssStates: 'Aucun état personnalisé.',
    },
    sharedNote: 'Le thème et la configuration de l’API : voir',
    theming: 'Personnalisation',
    otherWidgets: 'Les composants',
    propertiesNote:
      'Chaque attribut a sa propriété JavaScript (colonne « Propriété »). Les propriétés suivantes n’ont pas d’attribut.',
  },
  en: {
    example: 'Example',
    preview: 'Live preview',
    attributes: 'Attributes',
    sharedAttributes: 'Attributes shared by every widget',
    properties: 'Properties',
    sharedProperties: 'Properties shared by every widget',
    methods: 'Methods',
    events: 'Events',
    slots: 'Slots',
    cssParts: 'CSS parts (::part)',
    cssProperties: 'CSS custom properties',
    cssStates: 'CSS states (:state)',
    name: 'Name',
    attribute: 'Attribute',
    property: 'Property',
    type: 'Type',
    default: 'Default',
    description: 'Description',
    readonly: 'read-only',
    none: {
      attributes: 'No attributes of its own.',
      properties: 'No properties of its own.',
      methods: 'No public methods.',
      events: 'No events.',
      slots: 'No slots: the widget shows no content from the page.',
      cssParts: 'No parts exposed.',
      cssProperties: 'No properties of its own; the --eer-* tokens apply.',
      cssStates: 'No custom states.',
    },
    sharedNote: 'Theme and API configuration: see',
    theming: 'Theming',
    otherWidgets: 'The widgets',
    propertiesNote:
      'Every attribute has its JavaScript property (the “Property” column). These properties have no attribute.',
  },
};

/**
 * @typedef {object} Entry
 * @property {string} kind   One of KINDS.
 * @property {string} name
 * @property {string} owner  The tag, or the base class it is inherited from (`EerElement`).
 * @property {string} [description] English, from the manifest.
 * @property {string} [type]
 * @property {string} [default]
 * @property {string} [attribute] For a property: its attribute.
 * @property {string} [property]  For an attribute: its property.
 * @property {boolean} [readonly]
 * @property {string} [translationKind] Where its French text lives (a property's is its attribute's).
 * @property {string} [translationName]
 *
 * @typedef {object} Widget
 * @property {string} tag
 * @property {string} className
 * @property {string} summary
 * @property {string} description
 * @property {Entry[]} entries
 */

const WIDGET_ORDER = ['eer-region-picker', 'eer-event-banner', 'eer-advisor-contact-form', 'eer-config'];

const isPublic = (member) => !member.static && (member.privacy === undefined || member.privacy === 'public');

/** The custom elements of the manifest, with the entries their page lists. @returns {Widget[]} */
export function readManifest(manifestPath) {
  if (!existsSync(manifestPath)) {
    throw new Error(
      `${manifestPath} is missing: build the widgets first (pnpm --filter @emplois-en-regions/widgets build, or pnpm build).`,
    );
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const widgets = [];
  for (const module of manifest.modules ?? []) {
    for (const d of module.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      const owner = (item) => item.inheritedFrom?.name ?? d.tagName;
      /** @type {Entry[]} */
      const entries = [];
      for (const a of d.attributes ?? []) {
        entries.push({
          kind: 'attributes',
          name: a.name,
          owner: owner(a),
          description: a.description,
          type: a.type?.text,
          default: a.default,
          property: a.fieldName,
        });
      }
      for (const m of (d.members ?? []).filter(isPublic)) {
        if (m.kind === 'field') {
          const entry = {
            kind: 'properties',
            name: m.name,
            owner: owner(m),
            description: m.description,
            type: m.type?.text,
            default: m.default,
            attribute: m.attribute,
            readonly: Boolean(m.readonly),
          };
          // A property that mirrors an attribute shares its description (one JSDoc comment).
          if (m.attribute)
            Object.assign(entry, { translationKind: 'attributes', translationName: m.attribute });
          entries.push(entry);
        } else if (m.kind === 'method') {
          // Undocumented `…Callback`s are lifecycle callbacks the browser calls, not API.
          if (!m.description && /Callback$/.test(m.name)) continue;
          const params = (m.parameters ?? []).map((p) => p.name).join(', ');
          entries.push({
            kind: 'methods',
            name: m.name,
            owner: owner(m),
            description: m.description,
            type: `${m.name}(${params})${m.return?.type?.text ? `: ${m.return.type.text}` : ''}`,
          });
        }
      }
      for (const kind of ['events', 'slots', 'cssParts', 'cssProperties', 'cssStates']) {
        for (const item of d[kind] ?? []) {
          entries.push({
            kind,
            name: item.name,
            owner: owner(item),
            description: item.description,
            type: item.type?.text,
            default: item.default,
          });
        }
      }
      widgets.push({
        tag: d.tagName,
        className: d.name,
        summary: d.summary ?? '',
        description: d.description ?? '',
        entries,
      });
    }
  }
  if (!widgets.length) throw new Error(`${manifestPath} declares no custom element.`);
  // The order a webmaster meets them in; the page-wide configuration last; any new widget before it.
  const rank = (tag) => {
    const i = WIDGET_ORDER.indexOf(tag);
    return i === -1 ? WIDGET_ORDER.length - 1.5 : i;
  };
  return widgets.sort((a, b) => rank(a.tag) - rank(b.tag) || a.tag.localeCompare(b.tag));
}

/**
 * The French texts of every widget and entry. Throws, naming each missing one,
 * when the manifest has an entry the French table lacks; warns when the English
 * text changed since it was translated (the table keeps the English it translated).
 */
export function frenchDescriptions(widgets, tablePath, warn) {
  const table = JSON.parse(readFileSync(tablePath, 'utf8'));
  /** `owner › kind › name` → the line naming it (with its English text when known). */
  const missing = new Map();
  const used = new Set();
  const lookup = (owner, kind, name, english) => {
    const key = `${owner} › ${kind} › ${name}`;
    used.add(`${owner}\n${kind}\n${name}`);
    // A widget's summary and description sit directly under its tag.
    const entry =
      kind === 'summary' || kind === 'description' ? table[owner]?.[kind] : table[owner]?.[kind]?.[name];
    if (!entry?.fr?.trim()) {
      if (!missing.has(key) || english) {
        missing.set(key, `  "${owner}" → "${kind}" → "${name}"${english ? `  (English: ${english})` : ''}`);
      }
      return '';
    }
    if (english !== undefined && english !== (entry.en ?? '')) {
      warn(`French description of ${key} may be out of date: the English text changed to « ${english} ».`);
    }
    return entry.fr;
  };
  /** @type {Map<string, { summary: string, description: string, entries: Map<string, string> }>} */
  const fr = new Map();
  for (const w of widgets) {
    const texts = {
      summary: lookup(w.tag, 'summary', 'summary', w.summary),
      description: lookup(w.tag, 'description', 'description', w.description),
      entries: new Map(),
    };
    for (const e of w.entries) {
      const kind = e.translationKind ?? e.kind;
      const name = e.translationName ?? e.name;
      // Properties mirroring an attribute reuse the attribute's text, looked up once.
      texts.entries.set(
        `${e.kind}\n${e.name}`,
        lookup(e.owner, kind, name, kind === e.kind ? e.description : undefined),
      );
    }
    fr.set(w.tag, texts);
  }
  if (missing.size) {
    throw new Error(
      [
        `${tablePath} has no French description for:`,
        ...missing.values(),
        'Add each one as { "en": "<the English text>", "fr": "<its French translation>" } ' +
          '(French pages are generated from it; no entry may ship undocumented in French).',
      ].join('\n'),
    );
  }
  for (const [owner, kinds] of Object.entries(table)) {
    if (owner.startsWith('$')) continue;
    for (const [kind, names] of Object.entries(kinds)) {
      for (const name of kind === 'summary' || kind === 'description' ? [kind] : Object.keys(names)) {
        if (!used.has(`${owner}\n${kind}\n${name}`))
          warn(`${tablePath}: "${owner}" → "${kind}" → "${name}" is no longer in the manifest.`);
      }
    }
  }
  return fr;
}

/** The HTML example of a widget (language-neutral), from guides/examples/<tag>.html. */
export function readExample(examplesDir, tag) {
  const file = join(examplesDir, `${tag}.html`);
  if (!existsSync(file)) throw new Error(`${file} is missing: every widget page shows an example.`);
  return readFileSync(file, 'utf8').trim();
}

/**
 * The `<main>` of one widget's reference page.
 * @param {Widget} widget
 * @param {object} options
 * @param {'fr' | 'en'} options.lang
 * @param {Widget[]} options.widgets  Every widget (for the local navigation).
 * @param {ReturnType<typeof frenchDescriptions>} options.fr
 * @param {ReturnType<import('./markdown.mjs').createMarkdown>} options.markdown
 * @param {string} options.example
 * @param {string} options.demoConfig  The `<eer-config>` the live preview runs with.
 * @param {string} options.themingPath
 */
export function widgetPage(widget, { lang, widgets, fr, markdown, example, demoConfig, themingPath }) {
  const h = HEADINGS[lang];
  const french = fr.get(widget.tag);
  const typo = (text) => (lang === 'fr' ? frenchTypography(text) : text);
  const text = (entry) =>
    lang === 'fr' ? french.entries.get(`${entry.kind}\n${entry.name}`) : entry.description;
  const inline = (value) => (value ? markdown.inline(value) : '—');
  const code = (value) => (value === undefined || value === '' ? '—' : `<code>${escapeHtml(value)}</code>`);
  const summary = lang === 'fr' ? french.summary : widget.summary;
  const description = lang === 'fr' ? french.description : widget.description;

  const section = (id, title, body) =>
    `<section aria-labelledby="${id}">\n<h2 id="${id}">${escapeHtml(title)}</h2>\n${body}\n</section>`;
  const table = (caption, kind, headers, rows) =>
    `<div class="table-scroll" tabindex="0" role="region" aria-label="${escapeHtml(caption)}">
<table class="reference" data-kind="${kind}">
<thead><tr>${headers.map((x) => `<th scope="col">${escapeHtml(x)}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</div>`;
  const row = (entry, cells) =>
    `<tr id="${entry.kind}-${escapeHtml(entry.name.replace(/[^a-zA-Z0-9-]/g, ''))}" data-kind="${entry.kind}" data-name="${escapeHtml(entry.name)}">` +
    `<th scope="row"><code>${escapeHtml(entry.name)}</code></th>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

  const of = (kind) => widget.entries.filter((e) => e.kind === kind);
  const own = (e) => e.owner === widget.tag;
  const parts = [];

  // Attributes: the widget's own, then those every widget shares.
  const attributeRows = (list) =>
    list.map((e) =>
      row(e, [
        e.property ? `<code>${escapeHtml(e.property)}</code>` : '—',
        code(e.type),
        code(e.default),
        inline(text(e)),
      ]),
    );
  const attributeHeaders = [h.attribute, h.property, h.type, h.default, h.description];
  const attributes = of('attributes');
  parts.push(
    section(
      'attributes',
      h.attributes,
      attributes.some(own)
        ? table(h.attributes, 'attributes', attributeHeaders, attributeRows(attributes.filter(own)))
        : `<p>${escapeHtml(typo(h.none.attributes))}</p>`,
    ),
  );
  if (attributes.some((e) => !own(e))) {
    parts.push(
      section(
        'shared-attributes',
        h.sharedAttributes,
        `<p>${escapeHtml(typo(h.sharedNote))} <a href="${themingPath}">${h.theming}</a>.</p>\n` +
          table(
            h.sharedAttributes,
            'attributes',
            attributeHeaders,
            attributeRows(attributes.filter((e) => !own(e))),
          ),
      ),
    );
  }

  // Properties without an attribute (the others are listed with their attribute).
  const properties = of('properties');
  const propertyRows = (list) =>
    list.map((e) =>
      row(e, [code(e.type), `${e.readonly ? `<em>${h.readonly}</em>. ` : ''}${inline(text(e))}`]),
    );
  const unattributed = properties.filter((e) => !e.attribute);
  parts.push(
    section(
      'properties',
      h.properties,
      `<p>${escapeHtml(typo(h.propertiesNote))}</p>\n` +
        (unattributed.length
          ? table(h.properties, 'properties', [h.property, h.type, h.description], propertyRows(unattributed))
          : `<p>${escapeHtml(typo(h.none.properties))}</p>`),
    ),
  );
  const simple = (kind, headers, cells) => {
    const list = of(kind);
    return section(
      kind.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`),
      h[kind],
      list.length
        ? table(
            h[kind],
            kind,
            headers,
            list.map((e) => row(e, cells(e))),
          )
        : `<p>${escapeHtml(typo(h.none[kind]))}</p>`,
    );
  };
  parts.push(simple('methods', [h.name, h.type, h.description], (e) => [code(e.type), inline(text(e))]));
  parts.push(simple('events', [h.name, h.description], (e) => [inline(text(e))]));
  parts.push(simple('slots', [h.name, h.description], (e) => [inline(text(e))]));
  parts.push(simple('cssParts', [h.name, h.description], (e) => [inline(text(e))]));
  parts.push(
    simple('cssProperties', [h.name, h.default, h.description], (e) => [code(e.default), inline(text(e))]),
  );
  if (of('cssStates').length)
    parts.push(simple('cssStates', [h.name, h.description], (e) => [inline(text(e))]));

  const localNav = widgets
    .map((w) => {
      const current = w.tag === widget.tag ? ' aria-current="page"' : '';
      return `<li><a href="${widgetPath(lang, w.tag)}"${current}><code>&lt;${w.tag}&gt;</code></a></li>`;
    })
    .join('\n');

  return `<nav class="local-nav" aria-label="${escapeHtml(h.otherWidgets)}"><ul>
${localNav}
</ul></nav>
<h1><code>&lt;${widget.tag}&gt;</code></h1>
<p class="lead">${markdown.inline(summary)}</p>
${markdown.block(description)}
${section('example', h.example, `<pre class="code"><code class="language-html">${escapeHtml(example)}</code></pre>`)}
${section('preview', h.preview, `<div class="demo">\n${demoConfig}\n${example}\n</div>`)}
${parts.join('\n')}`;
}

/** The list of widgets on the « Composants » page. */
export function widgetIndex(widgets, { lang, fr, markdown }) {
  const items = widgets.map((w) => {
    const summary = lang === 'fr' ? fr.get(w.tag).summary : w.summary;
    return `<li><a href="${widgetPath(lang, w.tag)}"><code>&lt;${w.tag}&gt;</code></a> — ${markdown.inline(summary)}</li>`;
  });
  return `<ul class="widget-list">\n${items.join('\n')}\n</ul>`;
}
