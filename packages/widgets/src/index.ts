// Registers every element; import a single `<widget>/define.js` to get only one.
import './config/define.js';
import './region-picker/define.js';
import './advisor-contact-form/define.js';
import './event-banner/define.js';

export { EerConfig } from './config/config.js';
export { EerRegionPicker } from './region-picker/region-picker.js';
export { EerAdvisorContactForm } from './advisor-contact-form/advisor-contact-form.js';
export { EerEventBanner } from './event-banner/event-banner.js';
export { EerElement } from './shared/eer-element.js';
export type * from './shared/events.js';
