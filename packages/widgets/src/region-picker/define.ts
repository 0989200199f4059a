import { defineElement } from '../shared/eer-element.js';
import { EerRegionPicker } from './region-picker.js';

defineElement('eer-region-picker', EerRegionPicker);

// The npm entry of this widget: importing it registers the tag and gives the class.
export { EerRegionPicker };

declare global {
  interface HTMLElementTagNameMap {
    'eer-region-picker': EerRegionPicker;
  }
}
