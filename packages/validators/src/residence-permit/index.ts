/**
 * Residence permits of foreign citizens (DOC-7): the residence permit (вид на жительство:
 * series, number, issue and expiry dates) and the temporary residence permit (РВП: decision
 * number and date), with validity on a date.
 *
 * @example
 * ```ts
 * import { parseResidencePermit } from '@kabinet/validators/residence-permit';
 * parseResidencePermit({ number: '821234567', issueDate: '15.03.2021' }, { now: clock.now() });
 * ```
 *
 * @module @kabinet/validators/residence-permit
 */
export {
  parseResidencePermit,
  type ResidencePermit,
  type ResidencePermitInput,
  type ParseResidencePermitOptions,
} from './parse-residence-permit.js';
export { isResidencePermit } from './is-residence-permit.js';
export { formatResidencePermitNumber } from './format-residence-permit-number.js';
export { residencePermitSchema } from './residence-permit-schema.js';
export {
  parseTemporaryResidencePermit,
  type TemporaryResidencePermit,
  type TemporaryResidencePermitInput,
  type ParseTemporaryResidencePermitOptions,
} from './parse-temporary-residence-permit.js';
export { isTemporaryResidencePermit } from './is-temporary-residence-permit.js';
export { temporaryResidencePermitSchema } from './temporary-residence-permit-schema.js';
