/**
 * Machine-readable zones (ICAO Doc 9303): TD1, TD2, TD3 and the MRV-A/MRV-B visas, with
 * every check digit, field extraction, the Russian internal passport's MRZ, and a cross-check
 * of typed fields against the MRZ (DOC-8).
 *
 * @example
 * ```ts
 * import { parseMrz, crossCheckMrz } from '@kabinet/validators/mrz';
 * const r = parseMrz('P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10');
 * if (r.success) crossCheckMrz(r.data, { surname: 'Eriksson' }).success; // true
 * ```
 *
 * @module @kabinet/validators/mrz
 */
export {
  parseMrz,
  type Mrz,
  type MrzFormat,
  type MrzSex,
  type MrzCheckedField,
  type RussianPassportMrz,
  type ParseMrzOptions,
} from './parse-mrz.js';
export { isMrz } from './is-mrz.js';
export { computeMrzCheckDigit } from './compute-mrz-check-digit.js';
export { crossCheckMrz, type MrzTypedFields, type CrossCheckMrzOptions } from './cross-check-mrz.js';
export { mrzSchema } from './mrz-schema.js';
