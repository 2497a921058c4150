/**
 * The collection names of the account stores inside a unit of work (`AccountContextConfig.units`).
 *
 * @example
 * ```ts
 * const accounts = backend.versioned<AccountRecord>(ACCOUNT_COLLECTIONS.accounts);
 * ```
 */
export const ACCOUNT_COLLECTIONS: {
  /** Account aggregates. */
  readonly accounts: 'accounts';
  /** Registration drafts. */
  readonly drafts: 'drafts';
  /** Server-side sessions. */
  readonly sessions: 'sessions';
  /** Logins waiting for their second factor (OTP-6): never sessions. */
  readonly pendingLogins: 'pending-logins';
} = {
  accounts: 'accounts',
  drafts: 'drafts',
  sessions: 'sessions',
  pendingLogins: 'pending-logins',
};
