/**
 * A plain-data event the lockout service returns for the caller to journal (ACC-9, ASVS
 * 16.3.1). `key` is the account key the caller passed (use an account id or a blind index,
 * not a raw phone or e-mail, if it goes to the journal, S-12).
 * - `lockout.locked`: the account reached a lock (OTP-5): `kind` `temporary` (ends at
 *   `until`), `capped` (the hard cap of consecutive failures: until the owner's code or
 *   support), `support` (ACC-8: until support; `until` is `null` for both).
 * - `lockout.unlocked`: the lock or the failure count ended — `by: 'time'` (a timed lock
 *   ran out, seen at the next attempt), `'login'` (a successful login cleared failures, when
 *   the policy says so), `'owner'` (the owner entered a code sent to a confirmed contact),
 *   `'support'` (an operator unlocked it, ACC-8, ACC-9).
 */
export type LockoutEvent =
  | {
      /** The account was locked. */
      readonly type: 'lockout.locked';
      /** The account key. */
      readonly key: string;
      /** When (epoch ms). */
      readonly at: number;
      /** When the lock ends, or `null` for a lock only the owner's code or support can lift. */
      readonly until: number | null;
      /** Consecutive failures that caused it. */
      readonly failures: number;
      /** `temporary`, `capped` (the hard cap) or `support` (ACC-8). */
      readonly kind: 'temporary' | 'capped' | 'support';
      /** Which lock in a row this is (1 = the first). */
      readonly lockNumber: number;
    }
  | {
      /** The lock or the failure count ended. */
      readonly type: 'lockout.unlocked';
      /** The account key. */
      readonly key: string;
      /** When (epoch ms). */
      readonly at: number;
      /** What ended it. */
      readonly by: 'time' | 'login' | 'owner' | 'support';
      /** Failures cleared (for `login`, `owner` and `support`). */
      readonly failures?: number;
      /** Whether the account was locked when it was unlocked (`owner`, `support`). */
      readonly wasLocked?: boolean;
      /** Who unlocked it (support only). */
      readonly operator?: string;
    };
