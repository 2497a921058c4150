/**
 * УИН of GIS GMP (уникальный идентификатор начисления): 20 or 25 characters with the
 * two-pass mod-11 check digit.
 *
 * @example
 * ```ts
 * import { parseUin } from '@kabinet/payments/uin';
 * parseUin('32117072411021588933'); // { success: true, data: '32117072411021588933' }
 * ```
 *
 * @module @kabinet/payments/uin
 */
export { parseUin, type Uin, type ParseUinOptions } from './parse-uin.js';
export { computeUinCheckDigit } from './compute-uin-check-digit.js';
export { isUin } from './is-uin.js';
export { uinSchema } from './uin-schema.js';
