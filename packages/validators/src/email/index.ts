/**
 * E-mail addresses (CONTACT-2): one `@`, no spaces, a valid domain (IDN included), RFC
 * length limits; an optional async port for a deliverability (MX) check.
 *
 * @example
 * ```ts
 * import { parseEmail } from '@kabinet/validators/email';
 * parseEmail(' ivan@Почта.РФ '); // { success: true, data: 'ivan@почта.рф' }
 * parseEmail('ivan@example');    // issue email.domain_single_label
 * ```
 *
 * @module @kabinet/validators/email
 */
export { parseEmail, type EmailAddress, type ParseEmailOptions } from './parse-email.js';
export {
  parseEmailDeliverable,
  type EmailDeliverability,
  type EmailDeliverabilityChecker,
} from './parse-email-deliverable.js';
export { isEmail } from './is-email.js';
export { emailSchema } from './email-schema.js';
