import type { Issue } from '@kabinet/core';
import type { AccountIssueCode } from '../messages/account-issue-code.js';
import type { SecondFactorMethod } from '@kabinet/ports';
import type { TokenPair } from '../context/auth-context.js';

/** A second factor a login can be completed with (OTP-6). */
export type SecondFactorChoice = SecondFactorMethod | 'backup_code';

/** A login done in one step (only when the policy does not require a second factor). */
export interface LoginAuthenticated {
  /** The outcome. */
  readonly status: 'authenticated';
  /** The new session's tokens. */
  readonly tokens: TokenPair;
}

/** A correct password; the login waits for its second factor (OTP-6). */
export interface SecondFactorRequired {
  /** The outcome. */
  readonly status: 'second_factor_required';
  /** Pass to `completeLogin` / `sendLoginCode`; valid until `expiresAt`. */
  readonly loginToken: string;
  /** The factors this account can finish with. */
  readonly methods: readonly SecondFactorChoice[];
  /** The account's preferred method. */
  readonly preferred: SecondFactorMethod;
  /** Where a code was sent, masked, when the preferred method is SMS or e-mail. */
  readonly codeSentTo?: string;
  /**
   * Why no code was sent although the preferred method is SMS or e-mail (a login never
   * succeeds while silently sending nothing): the send limit's issue (`auth.send_cooldown`,
   * `auth.send_capped`, `auth.send_ip_capped`, with the exact `seconds` to wait and the
   * `alternatives` to offer) — choose another of `methods`, or ask again later.
   */
  readonly codeNotSent?: CodeNotSent;
  /** Epoch ms after which the login must start again. */
  readonly expiresAt: number;
}

/** A code that was not sent, and why. */
export interface CodeNotSent {
  /** The channel that was refused. */
  readonly channel: 'sms' | 'email';
  /** Why (an issue with `seconds`, `channel` and `alternatives`). */
  readonly issue: Issue<AccountIssueCode>;
  /** Ms until a code may be sent on this channel again. */
  readonly retryAfterMs: number;
  /** The other ways to finish this login now. */
  readonly alternatives: readonly SecondFactorChoice[];
}

/** The outcome of a correct password. */
export type LoginResult = LoginAuthenticated | SecondFactorRequired;

/** A login code sent (or re-sent). */
export interface LoginCodeSent {
  /** The destination, masked. */
  readonly sentTo: string;
  /** Epoch ms after which the code no longer works. */
  readonly expiresAt: number;
}

/** A finished login. */
export interface LoginCompleted {
  /** The new session's tokens. */
  readonly tokens: TokenPair;
}

/** A changed password. */
export interface PasswordChanged {
  /** Epoch ms of the change. */
  readonly changedAt: number;
  /** How many other sessions ended with it. */
  readonly endedSessions: number;
}

/** A started authenticator-app enrolment. */
export interface TotpEnrollment {
  /** The base32 secret (show it once, or as the QR of `uri`). */
  readonly secret: string;
  /** The `otpauth://totp/…` URI for the QR code. */
  readonly uri: string;
}

/** A new set of backup codes, shown once. */
export interface BackupCodes {
  /** The codes; each works once (S-6). */
  readonly backupCodes: readonly string[];
}

/** The second factor now preferred. */
export interface SecondFactorSet {
  /** The method. */
  readonly method: SecondFactorMethod;
}

/** A finished access recovery. */
export interface AccessRecovered {
  /** Epoch ms of the recovery. */
  readonly recoveredAt: number;
}

/**
 * The answer to an unlock request: the same whether or not the login belongs to an account
 * (S-8). A code went to the account's confirmed contact on `channel` if there is one.
 */
export interface UnlockRequested {
  /** Pass with the code to `confirmUnlock`; keep it secret. */
  readonly unlockToken: string;
  /** The channel asked for. */
  readonly channel: 'sms' | 'email';
  /** Epoch ms after which the code no longer works. */
  readonly expiresAt: number;
}

/** A lifted lock. */
export interface AccountUnlocked {
  /** Epoch ms of the unlock. */
  readonly unlockedAt: number;
}
