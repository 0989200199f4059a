import { defineElement } from '../shared/eer-element.js';
import { EerConfig } from './config.js';

defineElement('eer-config', EerConfig);

declare global {
  interface HTMLElementTagNameMap {
    'eer-config': EerConfig;
  }
}
