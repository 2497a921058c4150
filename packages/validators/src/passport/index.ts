/**
 * Russian passports: the internal passport (series and number `NNNN NNNNNN`, DOC-4) and the
 * international passport (загранпаспорт, 9 digits).
 *
 * @example
 * ```ts
 * import { parseRussianPassport, formatRussianPassport } from '@kabinet/validators/passport';
 * const r = parseRussianPassport('45\u00a010 123456');
 * if (r.success) formatRussianPassport(r.data); // '4510 123456'
 * ```
 *
 * @module @kabinet/validators/passport
 */
export {
  parseRussianPassport,
  type RussianPassportNumber,
  type ParseRussianPassportOptions,
} from './parse-russian-passport.js';
export { isRussianPassport } from './is-russian-passport.js';
export { formatRussianPassport } from './format-russian-passport.js';
export {
  parseRussianForeignPassport,
  type RussianForeignPassportNumber,
  type ParseRussianForeignPassportOptions,
} from './parse-russian-foreign-passport.js';
export { isRussianForeignPassport } from './is-russian-foreign-passport.js';
export { formatRussianForeignPassport } from './format-russian-foreign-passport.js';
export { russianPassportSchema, russianForeignPassportSchema } from './passport-schema.js';
