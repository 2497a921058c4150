/**
 * Document validity on a date: a passport valid at least six months on the registration date
 * (DOC-3) and the expiry of permits (DOC-7), with every number in a policy.
 *
 * @example
 * ```ts
 * import { checkPassportValidity } from '@kabinet/validators/document-validity';
 * checkPassportValidity('01.07.2026', clock.now());
 * ```
 *
 * @module @kabinet/validators/document-validity
 */
export {
  defaultDocumentValidityPolicy,
  strictDocumentValidityPolicy,
  type DocumentValidityPolicy,
} from './document-validity-policy.js';
export { checkPassportValidity, type DocumentValidityOptions } from './check-passport-validity.js';
export { checkPermitValidity } from './check-permit-validity.js';
