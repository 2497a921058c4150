/**
 * Passport numbers of foreign states: ICAO rules for every country plus the usual shapes of
 * the main countries of origin, checked softly (DOC-4).
 *
 * @example
 * ```ts
 * import { parseForeignPassport } from '@kabinet/validators/foreign-passport';
 * const r = parseForeignPassport('AA 1234567', { country: 'UZB' });
 * if (r.success) r.data; // 'AA1234567'
 * ```
 *
 * @module @kabinet/validators/foreign-passport
 */
export {
  parseForeignPassport,
  type ForeignPassportNumber,
  type ParseForeignPassportOptions,
} from './parse-foreign-passport.js';
export { isForeignPassport } from './is-foreign-passport.js';
export {
  foreignPassportPatterns,
  type ForeignPassportPattern,
  type ForeignPassportConfidence,
} from './foreign-passport-patterns.js';
export {
  foreignPassportSchema,
  type ForeignPassportInput,
  type ForeignPassport,
} from './foreign-passport-schema.js';
