import { html } from 'lit';
import { EerElement } from '../shared/eer-element.js';

/** Placeholder until the widget lands (see issue 4). */
export class EerAdvisorContactForm extends EerElement {
  override render() {
    return html``;
  }
}
