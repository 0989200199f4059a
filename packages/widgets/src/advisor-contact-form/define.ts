import { defineElement } from '../shared/eer-element.js';
// The form embeds a region picker unless the host fixes the region.
import '../region-picker/define.js';
import { EerAdvisorContactForm } from './advisor-contact-form.js';

defineElement('eer-advisor-contact-form', EerAdvisorContactForm);

declare global {
  interface HTMLElementTagNameMap {
    'eer-advisor-contact-form': EerAdvisorContactForm;
  }
}
