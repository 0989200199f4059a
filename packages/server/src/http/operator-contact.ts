import { createHash } from 'node:crypto';
import { escapeHtml } from '../docs/html.js';
import type { HtmlRewrite } from './rewrite-html.js';

/**
 * The docs site is static and runs no inline script, so the operator's contact
 * (OPERATOR_CONTACT) is written into its HTML as it is served: every
 * `<span data-operator-contact>…</span>` the docs build left holds a fallback
 * ("ask the program team") that is replaced by a link to the contact.
 */
const PLACEHOLDER = /<span data-operator-contact>[\s\S]*?<\/span>/g;

const EMAIL = /^[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+\.[^\s@<>"'(),;:]+$/;

/** The contact as HTML: a `mailto:` link for an e-mail address, a link for an http(s) URL, else text. */
export function operatorContactHtml(contact: string): string {
  const address = contact.replace(/^mailto:/i, '');
  if (EMAIL.test(address)) {
    return `<a href="mailto:${escapeHtml(address)}">${escapeHtml(address)}</a>`;
  }
  try {
    const url = new URL(contact);
    if (url.protocol === 'https:' || url.protocol === 'http:') {
      return `<a href="${escapeHtml(url.href)}">${escapeHtml(contact)}</a>`;
    }
  } catch {
    // Not a URL: shown as written.
  }
  return escapeHtml(contact);
}

/** The rewrite that fills the placeholders of the docs pages with `contact`. */
export function operatorContactFiller(contact: string): HtmlRewrite {
  const filled = `<span data-operator-contact>${operatorContactHtml(contact)}</span>`;
  return {
    rewrite: (html) =>
      html.includes('data-operator-contact') ? html.replace(PLACEHOLDER, () => filled) : html,
    id: createHash('sha256').update(contact).digest('base64url').slice(0, 8),
  };
}
