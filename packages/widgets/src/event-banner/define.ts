import { defineElement } from '../shared/eer-element.js';
import { EerEventBanner } from './event-banner.js';

defineElement('eer-event-banner', EerEventBanner);

// The npm entry of this widget: importing it registers the tag and gives the class.
export { EerEventBanner };

declare global {
  interface HTMLElementTagNameMap {
    'eer-event-banner': EerEventBanner;
  }
}
