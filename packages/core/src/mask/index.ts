/**
 * Masking of personal data for logs, notifications and the journal.
 *
 * @module @kabinet/core/mask
 */
export { maskPhone } from './mask-phone.js';
export { maskEmail } from './mask-email.js';
export { maskValue } from './mask-value.js';
