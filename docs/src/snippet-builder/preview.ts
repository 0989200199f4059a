/**
 * The live preview: the real `<eer-config>` and widget elements of the snippet
 * (defined by /cdn/eer-widgets.js, loaded by the page), built from the same data
 * as the snippet's text. Elements are created with `createElement` and
 * `setAttribute` — never parsed from HTML — so no value can inject markup.
 *
 * `<eer-config>` is a page-level store: the preview keeps exactly one, updated in
 * place. The widgets are updated in place only when look attributes they already
 * have take new values — dragging the color palette must not reload their data at
 * every step, and a widget then just recomputes its tokens, as a fresh one would.
 * Any other change (to a widget, to the list of widgets, or to `<eer-config>`),
 * and any attribute added or removed (a removed attribute leaves a property at
 * `null`, not at its default), recreates every widget: linked widgets read their
 * picker when they start, so the preview is always what a page freshly loaded
 * with the snippet shows.
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

interface Shown {
  element: HTMLElement;
  attributes: Attribute[];
}

export class Preview {
  #host: HTMLElement;
  #config?: Shown;
  #widgets: Array<Shown & { tag: string }> = [];

  constructor(host: HTMLElement) {
    this.#host = host;
  }

  show(snippet: Snippet): void {
    const { config, widgets } = snippet;
    /** The widgets must be made anew to be what a page loaded with this snippet shows. */
    let fresh = false;
    if (!this.#config) {
      // Before the widgets, as in the snippet: their first render already has the configuration.
      const element = create(config);
      this.#host.prepend(element);
      this.#config = { element, attributes: config.attributes };
    } else if (changedNames(this.#config.attributes, config.attributes).length) {
      fresh = !onlyNewLookValues(this.#config.attributes, config.attributes);
      sync(this.#config.element, this.#config.attributes, config.attributes);
      this.#config.attributes = config.attributes;
    }

    const current = this.#widgets;
    const sameTags =
      current.length === widgets.length && current.every((shown, i) => shown.tag === widgets[i]!.tag);
    if (!fresh && sameTags) {
      const pairs = current.map((shown, i) => [shown, widgets[i]!] as const);
      if (pairs.every(([shown, next]) => onlyNewLookValues(shown.attributes, next.attributes))) {
        for (const [shown, next] of pairs) {
          sync(shown.element, shown.attributes, next.attributes);
          shown.attributes = next.attributes;
        }
        return;
      }
    }
    for (const shown of current) shown.element.remove();
    this.#widgets = widgets.map((widget) => {
      const element = create(widget);
      this.#host.append(element);
      return { element, tag: widget.tag, attributes: widget.attributes };
    });
  }
}
