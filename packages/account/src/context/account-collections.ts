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
} = { accounts: 'accounts', drafts: 'drafts', sessions: 'sessions' };
