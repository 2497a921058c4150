/**
 * Phone numbers (CONTACT-1) with libphonenumber-js' full metadata: any country, E.164 out,
 * the country (`+7` split into Russia and Kazakhstan), the line type (mobile or not),
 * national input with a default country, and policies for SMS (`mobileOnly`,
 * `requireRussianMobileForSms`). Non-Russian numbers work by default.
 *
 * The full metadata is large (about 50 KB gzip): import this subpath only where phones are
 * checked.
 *
 * @example
 * ```ts
 * import { parsePhone, formatPhone } from '@kabinet/validators/phone';
 * const r = parsePhone('+998 90 123-45-67');
 * if (r.success) {
 *   r.data.e164;          // '+998901234567'
 *   r.data.country;       // 'UZ'
 *   formatPhone(r.data);  // '+998 90 123 45 67'
 * }
 * ```
 *
 * @module @kabinet/validators/phone
 */
export {
  parsePhone,
  phonePolicies,
  type E164Phone,
  type ParsedPhone,
  type ParsePhoneOptions,
  type PhoneCountry,
  type PhonePolicy,
  type PhoneType,
} from './parse-phone.js';
export { formatPhone, type PhoneFormat } from './format-phone.js';
export { isPhone } from './is-phone.js';
export { phoneSchema } from './phone-schema.js';
export { createPhoneSchema } from './create-phone-schema.js';
