import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { setPageConfig } from '../shared/page-config.js';

/**
 * Page-wide defaults for every Emplois en régions widget. Put it anywhere on the
 * page — it need not wrap the widgets. A widget's own attribute wins.
 *
 * @summary Page-level API key, language and theme for every `eer-` widget.
 * @tag eer-config
 */
export class EerConfig extends LitElement {
  /** Base URL of the API. */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** Publishable key (`pk_…`) bound to this site's origin. */
  @property({ attribute: 'api-key' }) apiKey = '';
  /** `fr` or `en`. */
  @property() override lang = '';
  /** `light`, `dark` or `auto`. */
  @property() theme = '';
  /** Any CSS color. */
  @property() accent = '';
  /** Corner radius. */
  @property() radius = '';
  /** `compact`, `normal` or `comfortable`. */
  @property() density = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.hidden = true;
    this.#publish();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    setPageConfig(this, undefined);
  }

  protected override updated(): void {
    this.#publish();
  }

  #publish(): void {
    setPageConfig(this, {
      apiBase: this.apiBase,
      apiKey: this.apiKey,
      lang: this.lang,
      theme: this.theme,
      accent: this.accent,
      radius: this.radius,
      density: this.density,
    });
  }

  /** Renders nothing: it only configures. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}
