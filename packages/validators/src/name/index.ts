/**
 * Person names (DOC-8): cleanup of hidden spaces, zero-width and look-alike characters,
 * script detection and one-script fields (a Cyrillic-only field rejects Latin and the other
 * way round), the RF passport transliteration tables, and comparison of a typed name with an
 * MRZ name that is tolerant of transliteration and strict about typos.
 *
 * @example
 * ```ts
 * import { parseName, transliterateName, compareNameWithMrz } from '@kabinet/validators/name';
 * parseName('Щеглова', { script: 'cyrillic' });  // { success: true, data: 'Щеглова' }
 * transliterateName('Юлия Щеглова');             // 'IULIIA SHCHEGLOVA'
 * compareNameWithMrz({ surname: 'Щеглова', givenNames: 'Юлия' }, 'SHCHEGLOVA<<IULIIA').success; // true
 * ```
 *
 * @module @kabinet/validators/name
 */
export {
  parseName,
  type PersonName,
  type NameScript,
  type LookalikePolicy,
  type ParseNameOptions,
} from './parse-name.js';
export { isName } from './is-name.js';
export { detectScript, type TextScript } from './detect-script.js';
export { transliterateName, type TransliterationScheme } from './transliterate-name.js';
export {
  compareNameWithMrz,
  type TypedName,
  type NameMrzMatch,
  type MrzNameParts,
  type CompareNameWithMrzOptions,
} from './compare-name-with-mrz.js';
export { nameSchema } from './name-schema.js';
export { createNameSchema } from './create-name-schema.js';
