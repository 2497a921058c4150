import { KabinetError } from '@kabinet/core/errors';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { E164Phone, ParsedPhone } from './parse-phone.js';

/** How {@link formatPhone} writes a number. */
export type PhoneFormat = 'international' | 'national' | 'e164' | 'rfc3966';

/**
 * Formats a checked number for display: `international` (`+7 912 345 67 89`, the default),
 * `national` (`8 (912) 345-67-89`), `e164` or `rfc3966` (`tel:` URI). {@link parsePhone}
 * reads the international form back to the same E.164 value.
 *
 * @param phone - an {@link E164Phone} or a {@link ParsedPhone}
 * @param format - the notation
 * @returns the formatted number
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when the value is not a parsed E.164 number
 * @example
 * ```ts
 * const r = parsePhone('89123456789', { defaultCountry: 'RU' });
 * if (r.success) formatPhone(r.data); // '+7 912 345 67 89'
 * ```
 */
export function formatPhone(
  phone: E164Phone | ParsedPhone,
  format: PhoneFormat = 'international',
): string {
  const e164: string = typeof phone === 'string' ? phone : phone.e164;
  const number =
    typeof e164 === 'string' && e164.startsWith('+') ? parsePhoneNumberFromString(e164) : undefined;
  if (number === undefined)
    throw new KabinetError(
      'ERR_INVALID_ARGUMENT',
      'formatPhone needs an E.164 number returned by parsePhone',
    );
  switch (format) {
    case 'international':
      return number.formatInternational();
    case 'national':
      return number.formatNational();
    case 'e164':
      return number.number;
    case 'rfc3966':
      return number.getURI();
  }
}
