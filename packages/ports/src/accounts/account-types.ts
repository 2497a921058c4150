import type {
  ACCOUNT_LEVELS,
  ACCOUNT_LIFECYCLES,
  CONFIRMATION_METHODS,
  DOCUMENT_KINDS,
  IDENTITY_CHECK_STATES,
  SECOND_FACTOR_METHODS,
  USER_TYPES,
} from './account-values.js';

/**
 * Who the account holder is (ACC-1). Partner and organisation accounts are other kinds of
 * account and are out of scope.
 *
 * - `foreign_citizen` — иностранный гражданин
 * - `residence_permit_holder` — владелец вида на жительство (ВНЖ)
 */
export type UserType = (typeof USER_TYPES)[number];

/**
 * The account level (ACC-2): `none` until a contact is confirmed, then упрощённая
 * (`simplified`) → стандартная (`standard`) → подтверждённая (`confirmed`). A level is never
 * skipped and only rises through its own evidence.
 */
export type AccountLevel = (typeof ACCOUNT_LEVELS)[number];

/**
 * Where an account is in its life: a registration draft, waiting for both contacts,
 * active, waiting for a clarification (ACC-5), restricted after a missed deadline, locked
 * after repeated failures (ACC-8), blocked by support, or closed.
 */
export type AccountLifecycle = (typeof ACCOUNT_LIFECYCLES)[number];

/**
 * How a person confirms their identity for the confirmed level (ACC-7): document scan
 * upload, bank card / online bank, SMS code to the registered phone, video call with an
 * operator, registered e-signature, registered mail with a code, or in person at a service
 * centre (МФЦ).
 */
export type ConfirmationMethod = (typeof CONFIRMATION_METHODS)[number];

/**
 * What an identity check is for: `documents` is the registry check of the identity
 * documents that lifts an account to the standard level; a {@link ConfirmationMethod}
 * lifts it to confirmed.
 */
export type IdentityCheckKind = 'documents' | ConfirmationMethod;

/**
 * The state of one identity check (see the per-method machines in `@kabinet/account`):
 * method-specific first steps, then `checking` (the registry check), then `confirmed`
 * (Подтверждён), or `clarification_requested` with concrete defects and a 48-hour deadline
 * (ACC-5), `overdue` after it, or `cancelled`.
 */
export type IdentityCheckState = (typeof IDENTITY_CHECK_STATES)[number];

/** The identity documents a profile can hold (DOC-1, DOC-2, DOC-5, DOC-6, DOC-7). */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The contact channels (CONTACT-3, CONTACT-4). */
export type ContactChannel =
  'phone' | 'email' | 'telegram' | 'viber' | 'whatsapp' | 'trusted_phone';

/** Second factors a login can ask for (OTP-6). Backup codes are always accepted for recovery. */
export type SecondFactorMethod = (typeof SECOND_FACTOR_METHODS)[number];

/**
 * Ciphertext of personal data: `enc.v1.<kid>.<iv>.<ciphertext+tag>` (AES-256-GCM, base64url
 * parts). Records only ever hold personal data in this form (ACC-10, S-12).
 */
export type EncryptedText = string;
