import type { Locale, Result } from '@kabinet/core';
import type { DeliveryResult, Senders } from '@kabinet/ports';
import type { OtpMessageCode } from '../messages/otp-messages.js';
import type { ChallengeView, OtpChannel, OtpPurpose } from './challenge-record.js';
import type { OtpPolicy } from './otp-policy.js';

/** Input of {@link OtpService.issue}. */
export interface IssueCodeInput {
  /** Why the code is asked for. */
  readonly purpose: OtpPurpose;
  /** How to send it. */
  readonly channel: OtpChannel;
  /** E.164 phone (`+` and 10–15 digits, CONTACT-1) for `sms`, an e-mail address for `email`. */
  readonly destination: string;
  /** The session asking; only it can verify the code (OTP-2). */
  readonly sessionId: string;
  /** The account or draft id the code is for. */
  readonly subject: string;
}

/** A new challenge and the code to send. The code is never stored; send it and drop it. */
export interface IssuedCode {
  /** The new challenge's id: keep it in the flow (draft, session) to verify against. */
  readonly challengeId: string;
  /** The plain code: hand it to the SMS or e-mail sender, never log or journal it (S-12). */
  readonly code: string;
  /** Why the code was asked for. */
  readonly purpose: OtpPurpose;
  /** How it is to be sent. */
  readonly channel: OtpChannel;
  /** The destination for display (`+7916*****67`). */
  readonly destinationMasked: string;
  /** When it was issued (epoch ms). */
  readonly issuedAt: number;
  /** Epoch ms from which it no longer verifies. */
  readonly codeExpiresAt: number;
}

/** The result of {@link OtpService.issueAndSend}: the challenge (without the code) and the gateway's answer. */
export interface SentCode {
  /** The new challenge's id. */
  readonly challengeId: string;
  /** Why the code was asked for. */
  readonly purpose: OtpPurpose;
  /** How it was sent. */
  readonly channel: OtpChannel;
  /** The destination for display. */
  readonly destinationMasked: string;
  /** When it was issued (epoch ms). */
  readonly issuedAt: number;
  /** Epoch ms from which it no longer verifies. */
  readonly codeExpiresAt: number;
  /** What the gateway answered; a failed send leaves the challenge in place (request a new code to retry). */
  readonly delivery: DeliveryResult;
}

/** Input of {@link OtpService.verify}. Any value is accepted; nothing here throws on bad input. */
export interface VerifyCodeInput {
  /** The challenge the flow keeps. */
  readonly challengeId: string;
  /** The session submitting the code (OTP-2). */
  readonly sessionId: string;
  /** The code as typed: spaces, hyphens and full-width digits are tolerated. */
  readonly code: string;
}

/**
 * The outcome of a verification:
 * - `ok`: the code was right; the challenge is now spent.
 * - `wrong`: a wrong (or malformed) code, counted; `attemptsLeft` may be 0.
 * - `expired`: the code's TTL passed or a newer code replaced it.
 * - `used`: the challenge was already spent.
 * - `locked`: the per-challenge attempt cap is reached.
 * - `not_found`: no such (live) challenge.
 * - `wrong_session`: the challenge belongs to another session (OTP-2); nothing else is revealed.
 */
export type VerifyOutcome =
  | {
      /** The code was right. */
      readonly outcome: 'ok';
      /** The spent challenge: which destination was confirmed, for whom. */
      readonly challenge: ChallengeView;
    }
  | {
      /** The code was wrong. */
      readonly outcome: 'wrong';
      /** Tries this challenge still accepts. */
      readonly attemptsLeft: number;
    }
  | {
      /** See {@link VerifyOutcome}. */
      readonly outcome: 'expired' | 'used' | 'locked' | 'not_found' | 'wrong_session';
    };

/** Input of {@link OtpService.confirmationStatus}. */
export interface ConfirmationStatusInput {
  /** The session of the flow. */
  readonly sessionId: string;
  /** The challenges the flow issued (e.g. one SMS and one e-mail, CONTACT-3). */
  readonly challengeIds: readonly string[];
  /** Channels that must each have a confirmed challenge among them (default: none beyond all ids). */
  readonly requireChannels?: readonly OtpChannel[];
}

/** Which of a flow's challenges this session has confirmed. */
export interface ConfirmationStatus {
  /** True when every listed challenge is confirmed by this session and every required channel is covered. */
  readonly complete: boolean;
  /** The confirmed challenges, in the order asked. */
  readonly confirmed: readonly ChallengeView[];
  /** Ids not (or no longer) confirmed for this session. */
  readonly pending: readonly string[];
}

/**
 * Issue codes {@link OtpService.issue} can return: the catalogue's `otp.purpose.*`,
 * `otp.channel.*`, `otp.destination.*`, `otp.session.*` and `otp.subject.*` codes. Derived from
 * the catalogue's keys, so a code without a ru/en message does not exist here and returning it
 * fails to compile.
 *
 * @useDeclaredType
 */
export type OtpIssueCode = Extract<
  OtpMessageCode,
  `otp.${'purpose' | 'channel' | 'destination' | 'session' | 'subject'}.${string}`
>;

/** One-time codes by SMS and e-mail (OTP-1, OTP-2, S-3, S-4). */
export interface OtpService {
  /** The policy in force. */
  readonly policy: OtpPolicy;
  /**
   * Creates a challenge and returns its code for the caller to send (through `Senders`, or
   * use {@link OtpService.issueAndSend}). With `policy.supersede`, an earlier live code of
   * the same session, purpose and channel stops verifying. Send limits are not checked here:
   * ask `@kabinet/lockout`'s `reserveSend` first (S-5).
   */
  issue(input: IssueCodeInput): Promise<Result<IssuedCode, OtpIssueCode>>;
  /** {@link OtpService.issue}, then sends the code by SMS or e-mail with the catalogue's text in `locale` (default `ru`). */
  issueAndSend(
    input: IssueCodeInput,
    senders: Pick<Senders, 'sms' | 'email'>,
    options?: { readonly locale?: Locale },
  ): Promise<Result<SentCode, OtpIssueCode>>;
  /** Checks a code; single use even under concurrent calls. Never throws on bad input. */
  verify(input: VerifyCodeInput): Promise<VerifyOutcome>;
  /** The public view of a challenge, if it exists and belongs to this session. */
  describe(input: {
    readonly challengeId: string;
    readonly sessionId: string;
  }): Promise<ChallengeView | undefined>;
  /** Whether a flow's challenges are all confirmed by this session (CONTACT-3: both phone and e-mail). */
  confirmationStatus(input: ConfirmationStatusInput): Promise<ConfirmationStatus>;
}
