import { defineElement } from '../shared/eer-element.js';
import { EerEventBanner } from './event-banner.js';

defineElement('eer-event-banner', EerEventBanner);

declare global {
  interface HTMLElementTagNameMap {
    'eer-event-banner': EerEventBanner;
  }
}
