/**
 * The business rules of the service, in one place: the HTTP routes, eer-admin
 * and the notification worker call these and never write to the store directly.
 */
export * from './errors.js';
export * from './organizations.js';
export * from './keys.js';
export * from './events.js';
export * from './contact-requests.js';
export * from './event-import.js';
export * from './request-lookup.js';
export * from './webhooks.js';
export * from './retention.js';
