import { defineElement } from '../shared/eer-element.js';
import { EerAdvisorContactForm } from './advisor-contact-form.js';

defineElement('eer-advisor-contact-form', EerAdvisorContactForm);

declare global {
  interface HTMLElementTagNameMap {
    'eer-advisor-contact-form': EerAdvisorContactForm;
  }
}
