/**
 * Russian visas (DOC-7): number, validity dates and category, with the uncertain number shape
 * checked softly. Visa stickers' MRZ (MRV-A/B) is read by `@kabinet/validators/mrz`.
 *
 * @example
 * ```ts
 * import { parseVisa } from '@kabinet/validators/visa';
 * parseVisa({ number: '123456789', validUntil: '31.12.2026' }, { now: clock.now() });
 * ```
 *
 * @module @kabinet/validators/visa
 */
export {
  parseVisa,
  type RussianVisa,
  type RussianVisaInput,
  type VisaNumber,
  type VisaCategory,
  type ParseVisaOptions,
} from './parse-visa.js';
export { isVisa } from './is-visa.js';
export { visaSchema } from './visa-schema.js';
