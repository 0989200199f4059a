import { defineElement } from '../shared/eer-element.js';
// The form embeds a region picker unless the host fixes the region.
import '../region-picker/define.js';
import { EerAdvisorContactForm } from './advisor-contact-form.js';

defineElement('eer-advisor-contact-form', EerAdvisorContactForm);

// The npm entry of this widget: importing it registers the tag and gives the class.
export { EerAdvisorContactForm };

declare global {
  interface HTMLElementTagNameMap {
    'eer-advisor-contact-form': EerAdvisorContactForm;
  }
}
