/**
 * The live preview: the real `<eer-config>` and widget elements of the snippet
 * (defined by /cdn/eer-widgets.js, loaded by the page), built from the same data
 * as the snippet's text. Elements are created with `createElement` and
 * `setAttribute` — never parsed from HTML — so no value can inject markup.
 *
 * `<eer-config>` is a page-level store: the preview keeps exactly one, updated in
 * place. A widget is updated in place only when a look attribute it already has
 * takes a new value — dragging the color palette must not reload its data at
 * every step, and the widget then just recomputes its tokens, as a fresh one
 * would. Any other change (of the widget or of `<eer-config>`), and any attribute
 * added or removed (a removed attribute leaves a property at `null`, not at its
 * default), recreates it: the preview is always what a page with the snippet shows.
 */
import type { Attribute, Snippet, SnippetElement } from './snippet.js';

const LOOK = new Set(['theme', 'accent', 'radius', 'density']);

function create({ tag, attributes }: SnippetElement): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value === true ? '' : value);
  return element;
}

/**
 * Sets the snippet's attributes that changed value. Only those: the widgets add
 * their own (`data-eer-theme`, a reflected `mode`, a `style` with the tokens).
 */
function sync(element: HTMLElement, before: Attribute[], after: Attribute[]): void {
  const wanted = new Map(after.map(([name, value]) => [name, value === true ? '' : value]));
  for (const [name] of before) {
    if (!wanted.has(name)) element.removeAttribute(name);
  }
  for (const [name, value] of wanted) {
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
}

/** Attribute names whose values differ between two lists (added and removed ones included). */
function changedNames(before: Attribute[], after: Attribute[]): string[] {
  const a = new Map(before);
  const b = new Map(after);
  return [...new Set([...a.keys(), ...b.keys()])].filter((name) => a.get(name) !== b.get(name));
}

/** True when only look attributes changed, each present before and after (a new value, not a new attribute). */
function onlyNewLookValues(before: Attribute[], after: Attribute[]): boolean {
  const a = new Map(before);
  const b = new Map(after);
  return changedNames(before, after).every((name) => LOOK.has(name) && a.has(name) && b.has(name));
}

export class Preview {
  #host: HTMLElement;
  #config?: { element: HTMLElement; attributes: Attribute[] };
  #widget?: { element: HTMLElement; tag: string; attributes: Attribute[] };

  constructor(host: HTMLElement) {
    this.#host = host;
  }

  /** The widget element shown (for tests and for focus handling). */
  get widget(): HTMLElement | undefined {
    return this.#widget?.element;
  }

  show(snippet: Snippet): void {
    const { config, widget } = snippet;
    /** The widget must be made anew to be what a page loaded with this snippet shows. */
    let fresh = false;
    if (!this.#config) {
      // Before the widget, as in the snippet: the widget's first render already has the configuration.
      const element = create(config);
      this.#host.prepend(element);
      this.#config = { element, attributes: config.attributes };
    } else if (changedNames(this.#config.attributes, config.attributes).length) {
      fresh = !onlyNewLookValues(this.#config.attributes, config.attributes);
      sync(this.#config.element, this.#config.attributes, config.attributes);
      this.#config.attributes = config.attributes;
    }

    const current = this.#widget;
    if (current && current.tag === widget.tag && !fresh) {
      if (!changedNames(current.attributes, widget.attributes).length) return;
      if (onlyNewLookValues(current.attributes, widget.attributes)) {
        sync(current.element, current.attributes, widget.attributes);
        current.attributes = widget.attributes;
        return;
      }
    }
    const element = create(widget);
    if (current) current.element.replaceWith(element);
    else this.#host.append(element);
    this.#widget = { element, tag: widget.tag, attributes: widget.attributes };
  }
}
