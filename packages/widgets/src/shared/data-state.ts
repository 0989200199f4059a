import { html, type TemplateResult } from 'lit';
import { TaskStatus, type Task } from '@lit/task';
import { isEerError } from '@emplois-en-regions/sdk';
import { common, type Lang } from './i18n.js';

export interface StateRenderers<T> {
  /** Placeholder with the final size, so nothing jumps when data arrives. */
  pending: () => TemplateResult;
  complete: (value: T) => TemplateResult;
  /** Shown when `isEmpty(value)`. */
  empty?: () => TemplateResult;
  isEmpty?: (value: T) => boolean;
}

/** The localized error state with a retry button; network failures say so. */
export function errorState(error: unknown, lang: Lang, retry: () => void): TemplateResult {
  const t = common[lang];
  const network = isEerError(error) && (error.kind === 'network' || error.kind === 'timeout');
  return html`<div class="state-error" role="alert" part="error">
    <span>${network ? t.networkError : t.loadError}</span>
    <button type="button" @click=${retry}>${t.retry}</button>
  </div>`;
}

/** Renders a task's four states explicitly: pending, error, empty, complete. */
export function renderTask<T>(task: Task<readonly unknown[], T>, lang: Lang, renderers: StateRenderers<T>) {
  switch (task.status) {
    case TaskStatus.ERROR:
      return errorState(task.error, lang, () => void task.run());
    case TaskStatus.COMPLETE: {
      const value = task.value as T;
      if (renderers.empty && renderers.isEmpty?.(value)) return renderers.empty();
      return renderers.complete(value);
    }
    default:
      return renderers.pending();
  }
}
