/**
 * Registration with drafts that survive a lost session (ACC-3, ACC-4, CONTACT-3, CONTACT-6, S-8).
 *
 * @example
 * ```ts
 * import { createRegistrationService } from '@kabinet/account/registration';
 * ```
 *
 * @module @kabinet/account/registration
 */
export {
  createRegistrationService,
  type RegistrationService,
  type RegistrationStep,
  type DraftView,
  type DraftAccess,
  type CreatedAccount,
  type DraftContactView,
  type TermsAcceptance,
} from './create-registration-service.js';
export { registrationInputSchemas } from './registration-input-schemas.js';
