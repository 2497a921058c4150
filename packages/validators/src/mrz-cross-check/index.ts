/**
 * Cross-check of fields a person typed from a document against the document's machine-readable
 * zone (DOC-8: the name must match the passport exactly). Kept apart from
 * `@kabinet/validators/mrz` so that reading an MRZ stays small in a browser bundle.
 *
 * @example
 * ```ts
 * import { parseMrz } from '@kabinet/validators/mrz';
 * import { crossCheckMrz } from '@kabinet/validators/mrz-cross-check';
 * const r = parseMrz(lines);
 * if (r.success) crossCheckMrz(r.data, { surname: 'Eriksson', birthDate: '12.08.1974' });
 * ```
 *
 * @module @kabinet/validators/mrz-cross-check
 */
export {
  crossCheckMrz,
  type MrzTypedFields,
  type CrossCheckMrzOptions,
} from './cross-check-mrz.js';
