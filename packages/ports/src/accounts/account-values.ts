/**
 * Every user type (ACC-1), in the order the portal offers them (the one list: {@link UserType}
 * is its union, and the registration input and the HTTP schemas accept exactly these).
 *
 * @example
 * ```ts
 * USER_TYPES.includes('foreign_citizen'); // true
 * ```
 */
export const USER_TYPES = ['foreign_citizen', 'residence_permit_holder'] as const;

/**
 * Every account level (ACC-2), lowest first (the one list: {@link AccountLevel} is its union
 * and the account level machine of `@kabinet/account` has these states).
 *
 * @example
 * ```ts
 * ACCOUNT_LEVELS.indexOf('standard'); // 2
 * ```
 */
export const ACCOUNT_LEVELS = ['none', 'simplified', 'standard', 'confirmed'] as const;

/**
 * Every stage of an account's life, from `draft` to the terminal `closed` (the one list:
 * {@link AccountLifecycle} is its union and the account lifecycle machine of `@kabinet/account`
 * has these states).
 *
 * @example
 * ```ts
 * ACCOUNT_LIFECYCLES.includes('locked'); // true
 * ```
 */
export const ACCOUNT_LIFECYCLES = [
  'draft',
  'contacts_pending',
  'active',
  'clarification_requested',
  'restricted',
  'locked',
  'blocked',
  'closed',
] as const;

/**
 * Every identity confirmation method for the confirmed level (ACC-7), in the order the portal
 * offers them (the one list: {@link ConfirmationMethod} is its union, the identity inputs accept
 * these and the default policy enables them all).
 *
 * @example
 * ```ts
 * CONFIRMATION_METHODS.at(-1); // 'in_person'
 * ```
 */
export const CONFIRMATION_METHODS = [
  'document_upload',
  'bank',
  'sms_code',
  'video',
  'e_signature',
  'registered_mail',
  'in_person',
] as const;

/**
 * Every state an identity check can have, the open ones first, then the terminal `confirmed`
 * and `cancelled` (the one list: {@link IdentityCheckState} is its union).
 *
 * @example
 * ```ts
 * IDENTITY_CHECK_STATES.includes('overdue'); // true
 * ```
 */
export const IDENTITY_CHECK_STATES = [
  'started',
  'awaiting_code',
  'appointment_booked',
  'in_transit',
  'activation_sent',
  'checking',
  'clarification_requested',
  'overdue',
  'confirmed',
  'cancelled',
] as const;

/**
 * Every kind of identity document a profile can hold (the one list: {@link DocumentKind} is its
 * union, and document inputs and the HTTP schemas accept exactly these).
 *
 * @example
 * ```ts
 * DOCUMENT_KINDS.includes('snils'); // true
 * ```
 */
export const DOCUMENT_KINDS = [
  'foreign_passport',
  'residence_permit',
  'migration_card',
  'visa',
  'snils',
  'inn',
] as const;

/**
 * Every second factor a login can ask for (OTP-6), in the order a login offers them (the one
 * list: {@link SecondFactorMethod} is its union). Backup codes are accepted besides these.
 *
 * @example
 * ```ts
 * SECOND_FACTOR_METHODS.includes('totp'); // true
 * ```
 */
export const SECOND_FACTOR_METHODS = ['sms', 'email', 'totp'] as const;
