import type { StoreRecord } from '../store/versioned-store.js';
import type { SecondFactorMethod } from './account-types.js';

/**
 * A login whose password was right and that waits for its second factor (OTP-6). It lives in its
 * own collection (`pending-logins`), apart from sessions, and ends at `expiresAt` (the account
 * policy's `secondFactorTtlMs`): it is never a session, so no session check has to exclude it.
 * Completing it spends it (one versioned delete) and opens a session with a new id (S-10).
 *
 * @example
 * ```ts
 * const pending = await pendingLogins.get(id);
 * const usable = pending !== undefined && pending.tokenHash === sha256(secret);
 * ```
 */
export interface PendingLoginRecord extends StoreRecord {
  /** The account logging in. */
  readonly accountId: string;
  /** Epoch ms the password was accepted. */
  readonly createdAt: number;
  /** Epoch ms after which the login must start again (reads treat it as absent from then on). */
  readonly expiresAt: number;
  /** The IP the password came from. */
  readonly ip?: string;
  /** The factors the login can be finished with. */
  readonly methods: readonly (SecondFactorMethod | 'backup_code')[];
  /** The code challenge sent by SMS or e-mail, if any. */
  readonly challengeId?: string;
  /** SHA-256 of the secret that lets the client finish this login. */
  readonly tokenHash: string;
  /** Failures before this login's password was accepted, for the suspicious-success notice. */
  readonly priorFailures: number;
}
