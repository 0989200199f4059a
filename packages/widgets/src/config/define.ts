import { defineElement } from '../shared/eer-element.js';
import { EerConfig } from './config.js';

defineElement('eer-config', EerConfig);

// The npm entry of this widget: importing it registers the tag and gives the class.
export { EerConfig };

declare global {
  interface HTMLElementTagNameMap {
    'eer-config': EerConfig;
  }
}
