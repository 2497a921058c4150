/**
 * Registration with drafts that survive a lost session (ACC-3, ACC-4, CONTACT-3, CONTACT-6, S-8).
 *
 * @example
 * ```ts
 * import { createAccountServices } from '@kabinet/account/context';
 * import type { RegistrationService } from '@kabinet/account/registration';
 * const registration: RegistrationService = createAccountServices(config).registration;
 * ```
 *
 * @module @kabinet/account/registration
 */
export type {
  RegistrationService,
  RegistrationStep,
  DraftView,
  DraftAccess,
  CreatedAccount,
  DraftContactView,
  TermsAcceptance,
} from './create-registration-service.js';
export { registrationInputSchemas, type RegistrationInput } from './registration-input-schemas.js';
