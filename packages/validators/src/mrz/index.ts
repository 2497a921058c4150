/**
 * Machine-readable zones (ICAO Doc 9303): TD1, TD2, TD3 and the MRV-A/MRV-B visas, with
 * every check digit, field extraction and the Russian internal passport's MRZ. The cross-check
 * of typed fields against an MRZ (DOC-8) is in `@kabinet/validators/mrz-cross-check`.
 *
 * @example
 * ```ts
 * import { parseMrz } from '@kabinet/validators/mrz';
 * const r = parseMrz('P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10');
 * if (r.success) r.data.documentNumber; // 'L898902C3'
 * ```
 *
 * @module @kabinet/validators/mrz
 */
export { parseMrz, type ParseMrzOptions } from './parse-mrz.js';
export type { Mrz, MrzFormat, MrzSex, MrzCheckedField, RussianPassportMrz } from './mrz-types.js';
export { isMrz } from './is-mrz.js';
export { computeMrzCheckDigit } from './compute-mrz-check-digit.js';
export { mrzSchema } from './mrz-schema.js';
