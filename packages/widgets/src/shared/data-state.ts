import { html, type TemplateResult } from 'lit';
import { TaskStatus, type Task } from '@lit/task';
import { isEerError } from '@emplois-en-regions/sdk';
import { tellWebmaster, type Setup } from './diagnose.js';
import { common, type Lang } from './i18n.js';

/** What the states need from the widget: its language and API setup (to name a misconfiguration). */
export interface StateHost {
  language: Lang;
  setup: Setup;
}

export interface StateRenderers<T> {
  /** Placeholder with the final size, so nothing jumps when data arrives. */
  pending: () => TemplateResult;
  complete: (value: T) => TemplateResult;
  /** Shown when `isEmpty(value)`. */
  empty?: () => TemplateResult;
  isEmpty?: (value: T) => boolean;
}

/**
 * The localized error state. Network failures say so, with a retry button; a
 * misconfiguration (refused key or origin, `api-base` not the API) shows the
 * visitor a neutral message and tells the webmaster in the console.
 */
export function errorState(error: unknown, host: StateHost, retry: () => void): TemplateResult {
  const t = common[host.language];
  if (tellWebmaster(error, host.language, host.setup))
    return html`<div class="state-error" role="status" part="error">${t.unavailable}</div>`;
  const network = isEerError(error) && (error.kind === 'network' || error.kind === 'timeout');
  return html`<div class="state-error" role="alert" part="error">
    <span>${network ? t.networkError : t.loadError}</span>
    <button type="button" @click=${retry}>${t.retry}</button>
  </div>`;
}

/** Renders a task's four states explicitly: pending, error, empty, complete. */
export function renderTask<T>(
  task: Task<readonly unknown[], T>,
  host: StateHost,
  renderers: StateRenderers<T>,
) {
  switch (task.status) {
    case TaskStatus.ERROR:
      return errorState(task.error, host, () => void task.run());
    case TaskStatus.COMPLETE: {
      const value = task.value as T;
      if (renderers.empty && renderers.isEmpty?.(value)) return renderers.empty();
      return renderers.complete(value);
    }
    default:
      return renderers.pending();
  }
}
