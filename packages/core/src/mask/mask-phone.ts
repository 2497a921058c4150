/**
 * Masks a phone number for logs and notifications: keeps the `+`, the first four and the
 * last two digits.
 *
 * @param phone - a phone number, ideally E.164
 * @returns the masked number
 * @example
 * ```ts
 * maskPhone('+79161234567'); // '+7916*****67'
 * ```
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length <= 6) return '*'.repeat(digits.length);
  const plus = phone.trimStart().startsWith('+') ? '+' : '';
  return `${plus}${digits.slice(0, 4)}${'*'.repeat(digits.length - 6)}${digits.slice(-2)}`;
}
