/**
 * The account-side records (account, draft, session, identity check) and the identity
 * registry port whose outcomes drive ACC-5.
 *
 * @example
 * ```ts
 * import type { AccountRecord, VersionedStore } from '@kabinet/ports';
 * const accounts: VersionedStore<AccountRecord> = createMemoryStore();
 * ```
 *
 * @module @kabinet/ports/accounts
 */
export type {
  UserType,
  AccountLevel,
  AccountLifecycle,
  ConfirmationMethod,
  IdentityCheckKind,
  IdentityCheckState,
  DocumentKind,
  ContactChannel,
  SecondFactorMethod,
  EncryptedText,
} from './account-types.js';
export {
  USER_TYPES,
  ACCOUNT_LEVELS,
  ACCOUNT_LIFECYCLES,
  CONFIRMATION_METHODS,
  IDENTITY_CHECK_STATES,
  DOCUMENT_KINDS,
  SECOND_FACTOR_METHODS,
} from './account-values.js';
export type {
  AccountRecord,
  StoredContact,
  PendingContactChange,
  StoredDocument,
  StoredPassword,
  StoredTotp,
  StoredSecondFactor,
  StoredExtraChannels,
  StoredMessenger,
  StoredTrustedPhone,
  StoredRecovery,
} from './account-record.js';
export type {
  IdentityConfirmationRecord,
  RegistryCheckEntry,
} from './identity-confirmation-record.js';
export type { DraftRecord, DraftContact } from './draft-record.js';
export type { SessionRecord, RefreshRotation } from './session-record.js';
export type { PendingLoginRecord } from './pending-login-record.js';
export type {
  IdentityRegistry,
  RegistryCheckRequest,
  RegistryCheckOutcome,
  RegistryDefect,
  RegistryDefectReason,
  RegistryDocument,
  RegistryPerson,
  RegistryConfirmed,
  RegistryMismatch,
  RegistryDelayed,
} from './identity-registry.js';
