import type { LookupDecision } from '../decide/decide-lookup.js';
import type { SendDecision } from '../decide/decide-send.js';
import type { PasswordOutcome } from '../decide/password-outcome.js';
import type { LockoutPolicy } from '../policy/lockout-policy.js';
import type { Verdict } from './judge-attempt.js';
import type { LockoutEvent } from './lockout-event.js';

/** Attempt and send limits over the `CounterStore` port. */
export interface LockoutService {
  /** The policy in force. */
  readonly policy: LockoutPolicy;
  /**
   * Guards a password check: refuses it when the IP, the account+IP pair or the account is
   * over its limit, else runs `check` (true = right password) and counts the result.
   * A locked account is refused exactly like a wrong password: same public outcome, the same
   * account+IP delay growth, `equalize` in place of the check (S-8). A trusted pair (the
   * owner logged in or unlocked from it) is not held by the account's timed lock or cap.
   * Rethrows what `check` throws, counting nothing.
   */
  attemptPassword(
    input: PasswordAttemptInput,
    check: () => Promise<boolean>,
    options?: PasswordAttemptOptions,
  ): Promise<PasswordAttemptResult>;
  /**
   * Guards a one-time-code check for an identifier: one attempt at a time, blocked for
   * `code.blockMs` after a wrong code (OTP-3), capped per day and per IP (S-4). `judge`
   * (default `judgeAttempt`) maps the result to success / failure / neutral. Rethrows
   * what `run` throws, counting nothing.
   */
  attemptCode<T>(
    input: CodeAttemptInput,
    run: () => Promise<T>,
    judge?: (value: T) => Verdict,
  ): Promise<CodeAttemptResult<T>>;
  /** Reserves a code send to a destination (S-5): cooldown, daily caps per destination and per IP. A refused send counts nothing. */
  reserveSend(input: SendInput): Promise<SendDecision>;
  /** Reserves a registry look-up for a subject today (OTP-7); refused look-ups are deferred to the next day and count nothing. */
  reserveLookup(input: { readonly subject: string }): Promise<LookupDecision>;
  /** Lifts an account's lock and failure count (and code blocks of its identifiers) on a support decision (ACC-8, ACC-9). */
  unlockBySupport(input: SupportUnlockInput): Promise<LockoutEvent[]>;
  /**
   * Lifts an account's lock, failure count and lock series on its owner's proof (a code sent
   * to a confirmed contact, checked by the caller), and trusts the address it came from.
   * @throws KabinetError `ERR_INVALID_STATE` when the policy has no self-service unlock
   */
  unlockByOwner(input: OwnerUnlockInput): Promise<LockoutEvent[]>;
  /** The account's lock state. */
  accountStatus(account: string): Promise<AccountLockStatus>;
}

/** Who is trying a password: the account key and the client IP. */
export interface PasswordAttemptInput {
  /**
   * The account key: the normalized login identifier as typed (so unknown accounts behave
   * exactly like existing ones, S-8), or an account id / blind index.
   */
  readonly account: string;
  /** The client IP as resolved by the HTTP layer (behind a proxy: the trusted forwarded address). */
  readonly ip: string;
}

/** Options of {@link LockoutService.attemptPassword}. */
export interface PasswordAttemptOptions {
  /**
   * Runs instead of the check when the account is locked, so the answer takes as long as a
   * real check (S-8 "comparable time"): e.g. `() => hasher.verify(dummyHash, password)`.
   */
  readonly equalize?: () => Promise<unknown>;
}

/**
 * The result of a password attempt. Its `outcome` is the one vocabulary from here to the public
 * answer: translate it once (a wrong password and a locked account get the same answer and the
 * same `retryAfterMs` rule, S-8); `retry_later`'s reason and the rest are for logs and the journal.
 */
export interface PasswordAttemptResult {
  /**
   * How the attempt ended. `retryAfterMs` of `wrong_password` and `locked` is the pair's or the
   * IP's own progressive delay once it has started; it never depends on the lock.
   */
  readonly outcome: PasswordOutcome;
  /** Whether `check` ran. */
  readonly checked: boolean;
  /** Whether the account+IP pair was trusted (the owner logged in or unlocked from it), so the account's timed lock and cap did not hold it. */
  readonly trusted?: boolean;
  /** The account's consecutive failures before this attempt (after a success: the failures it cleared). */
  readonly priorFailures?: number;
  /** Events to journal. */
  readonly events: readonly LockoutEvent[];
}

/** Which identifier a one-time code is for, and the client IP. */
export interface CodeAttemptInput {
  /** The phone, e-mail (or a blind index of it), or `totp:<account>` / `backup:<account>`: never a flow or challenge id (S-4). */
  readonly identifier: string;
  /** The client IP. */
  readonly ip: string;
}

/**
 * The result of a one-time-code attempt: the attempt ran (`ran: true`, with what it returned
 * and how it was judged; after a failure `retryAfterMs` is the OTP-3 block), or it was
 * refused without running (`retry_later` with the time left).
 */
export type CodeAttemptResult<T> =
  | {
      /** The attempt ran. */
      readonly ran: true;
      /** How it was judged. */
      readonly verdict: Verdict;
      /** What it returned (e.g. the `VerifyOutcome` of `@kabinet/otp`). */
      readonly value: T;
      /** After a failure: when the next try is allowed (OTP-3). */
      readonly retryAfterMs?: number;
    }
  | {
      /** The attempt was refused without running. */
      readonly ran: false;
      /** Why (for logs and the journal). */
      readonly reason: 'ip_capped' | 'busy' | 'blocked' | 'capped';
      /** When to try again. */
      readonly retryAfterMs: number;
    };

/** Input of {@link LockoutService.reserveSend}. */
export interface SendInput {
  /** How the code goes. */
  readonly channel: 'sms' | 'email';
  /** The normalized phone or e-mail (or a blind index of it). */
  readonly destination: string;
  /** The client IP that asked. */
  readonly ip: string;
}

/** Input of {@link LockoutService.unlockBySupport}. */
export interface SupportUnlockInput {
  /** The account key (as passed to `attemptPassword`). */
  readonly account: string;
  /** Phones / e-mails whose code blocks and daily caps are lifted too. */
  readonly identifiers?: readonly string[];
  /** The operator, for the journal. */
  readonly operator?: string;
}

/** Input of {@link LockoutService.unlockByOwner}. */
export interface OwnerUnlockInput {
  /** The account key (as passed to `attemptPassword`). */
  readonly account: string;
  /** The address the owner unlocked from: it becomes trusted for the account (`trustedPairMs`). */
  readonly ip: string;
}

/** An account's lock state, for support tools. */
export interface AccountLockStatus {
  /** Whether the account is locked now. */
  readonly locked: boolean;
  /**
   * Epoch ms the lock ends; `'unlock'` at the hard cap (until the owner's code or support);
   * `'support'` for a lock only support can lift (ACC-8).
   */
  readonly until?: number | 'unlock' | 'support';
  /** Consecutive failures counted now (across the locks in a row). */
  readonly failures: number;
  /** Locks in a row so far. */
  readonly locksInRow: number;
}
