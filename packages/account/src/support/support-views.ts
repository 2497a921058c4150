import type { AccountLevel, AccountLifecycle, UserType } from '@kabinet/ports';
import type { CheckView } from '../identity/identity-views.js';

/** A support operator, authenticated by the integrator's back office (the SDK only records who acted). */
export interface OperatorContext {
  /** An opaque operator id (journaled as the actor). */
  readonly operatorId: string;
}

/** What support sees of an account: no personal data beyond masked contacts. */
export interface SupportAccountView {
  /** The account's id. */
  readonly accountId: string;
  /** Foreign citizen or residence-permit holder. */
  readonly userType: UserType;
  /** The lifecycle state. */
  readonly lifecycle: AccountLifecycle;
  /** The level. */
  readonly level: AccountLevel;
  /** The phone, masked. */
  readonly phone: string;
  /** The e-mail, masked. */
  readonly email: string;
  /** The lock of `@kabinet/lockout`: failures counted and whether it is locked. */
  readonly lock: LockView;
  /** Every identity check, for tracing (ACC-9). */
  readonly checks: readonly CheckView[];
  /** How many sessions are live. */
  readonly sessions: number;
  /** Why support blocked the account, when it did. */
  readonly blockReason?: string;
}

/** The password lock state of an account. */
export interface LockView {
  /** Whether logins are refused (answered like a wrong password, S-8). */
  readonly locked: boolean;
  /** Consecutive failures counted now. */
  readonly failures: number;
}

/** A registered letter to print and send (ACC-7). */
export interface LetterDispatch {
  /** The check, now `in_transit`. */
  readonly check: CheckView;
  /** The code to print in the letter; the holder enters it on receipt. */
  readonly code: string;
  /** The address to send it to. */
  readonly address: string;
}

/** An access recovery on its way (ACC-9). */
export interface AccessRestoreStarted {
  /** The phone the recovery code went to, masked. */
  readonly sentTo: string;
  /** Epoch ms after which the code no longer works. */
  readonly expiresAt: number;
}
