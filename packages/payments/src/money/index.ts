/**
 * Money as integer kopecks: exact parsing of providers' decimal strings, exact formatting,
 * never a float.
 *
 * @example
 * ```ts
 * import { parseKopecks, formatKopecks } from '@kabinet/payments/money';
 * const r = parseKopecks('3500.00'); // { success: true, data: 350000 }
 * ```
 *
 * @module @kabinet/payments/money
 */
export { parseKopecks, type ParseKopecksOptions } from './parse-kopecks.js';
export { kopecksToDecimal } from './kopecks-to-decimal.js';
export { formatKopecks } from './format-kopecks.js';
export { isKopecks } from './is-kopecks.js';
