import { defineElement } from '../shared/eer-element.js';
import { EerRegionPicker } from './region-picker.js';

defineElement('eer-region-picker', EerRegionPicker);

declare global {
  interface HTMLElementTagNameMap {
    'eer-region-picker': EerRegionPicker;
  }
}
