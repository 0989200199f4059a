/**
 * Page-level defaults from `<eer-config>`. A webmaster may put that element
 * anywhere (header, footer, another widget area of a WordPress theme): it is
 * not an ancestor of the widgets, so DOM-scoped context (`@lit/context`) cannot
 * reach them. Instead every `<eer-config>` on the page writes to this one
 * store, and widgets subscribe to it. It lives in the module, never on `window`.
 */
export interface PageConfig {
  apiBase?: string | undefined;
  apiKey?: string | undefined;
  lang?: string | undefined;
  theme?: string | undefined;
  accent?: string | undefined;
  radius?: string | undefined;
  density?: string | undefined;
}

type Listener = () => void;

const sources = new Map<object, PageConfig>();
const listeners = new Set<Listener>();

/** The merged page configuration; a later `<eer-config>` wins over an earlier one, field by field. */
export function pageConfig(): PageConfig {
  const merged: PageConfig = {};
  for (const config of sources.values()) {
    for (const [key, value] of Object.entries(config)) {
      if (value) (merged as Record<string, string>)[key] = value;
    }
  }
  return merged;
}

/** Sets (or, with `undefined`, removes) the configuration one `<eer-config>` gives. */
export function setPageConfig(source: object, config: PageConfig | undefined): void {
  if (config) sources.set(source, config);
  else sources.delete(source);
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever the page configuration changes; returns the unsubscribe function. */
export function onPageConfigChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
