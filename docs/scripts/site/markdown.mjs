// Markdown → HTML with marked: heading ids, code blocks that wrap instead of
// scrolling, tables in a focusable scroll area, and OQLF spacing in French prose.
import { Marked, Renderer } from 'marked';
import { escapeHtml, frenchTypography, NBSP, slugify } from './text.mjs';

/** The accessible name of a table's scroll area: « Tableau : <the section's heading> ». */
const TABLE_LABEL = { fr: `Tableau${NBSP}: `, en: 'Table: ' };

/**
 * A Markdown renderer for one page: ids stay unique within the page.
 * @param {'fr' | 'en'} lang
 */
export function createMarkdown(lang) {
  const used = new Map();
  let lastHeading = '';
  const uniqueId = (text) => {
    const base = slugify(text) || 'section';
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    return n === 0 ? base : `${base}-${n + 1}`;
  };
  const marked = new Marked({
    gfm: true,
    walkTokens(token) {
      // Leaf text only: code spans, code blocks and raw HTML keep their spaces.
      if (lang === 'fr' && token.type === 'text' && !token.tokens) token.text = frenchTypography(token.text);
    },
    renderer: {
      heading({ tokens, depth }) {
        const inner = this.parser.parseInline(tokens);
        const plain = inner.replace(/<[^>]*>/g, '');
        lastHeading = decodeBasicEntities(plain);
        // h1 is the page title; the others get an id to link to.
        return depth === 1
          ? `<h1>${inner}</h1>\n`
          : `<h${depth} id="${uniqueId(plain)}">${inner}</h${depth}>\n`;
      },
      code({ text, lang: language }) {
        const cls = language ? ` class="language-${escapeHtml(language.split(/\s/)[0])}"` : '';
        return `<pre class="code"><code${cls}>${escapeHtml(text.replace(/\n$/, ''))}</code></pre>\n`;
      },
      table(token) {
        const label = `${TABLE_LABEL[lang]}${lastHeading}`;
        const table = Renderer.prototype.table.call(this, token);
        return `<div class="table-scroll" tabindex="0" role="region" aria-label="${escapeHtml(label)}">${table}</div>\n`;
      },
    },
  });
  return {
    /** A whole document; its first `# heading` is the page title. */
    render(markdown) {
      const html = marked.parse(markdown, { async: false });
      const title = /<h1>(.*?)<\/h1>/s.exec(html)?.[1]?.replace(/<[^>]*>/g, '') ?? '';
      return { html, title: decodeBasicEntities(title) };
    },
    /** One line of inline Markdown (a description from the widget manifest). */
    inline(markdown) {
      return marked.parseInline(markdown, { async: false });
    },
    /** Several paragraphs (a widget's description). */
    block(markdown) {
      return marked.parse(markdown, { async: false });
    },
  };
}

/** Plain text again (for `<title>` and labels, escaped where they are written): the few entities marked writes. */
function decodeBasicEntities(text) {
  return text
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
