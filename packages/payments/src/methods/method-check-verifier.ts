import type { MethodCheckKind } from '@kabinet/ports';

/**
 * What the service asks a {@link MethodCheckVerifier} to start: the first-use check of one
 * method for one attempt (PAY-2).
 *
 * @example
 * ```ts
 * const request: MethodCheckRequest = { accountId: 'acc_1', methodId: 'pm_1', attemptId: 'att_1', kind: 'sms_code' };
 * ```
 */
export interface MethodCheckRequest {
  /** The paying account (an SMS verifier sends to its confirmed phone). */
  readonly accountId: string;
  /** The method being used for the first time. */
  readonly methodId: string;
  /** The attempt waiting for the check (bind the challenge to it: OTP-2). */
  readonly attemptId: string;
  /** Which check. */
  readonly kind: MethodCheckKind;
}

/**
 * A started check: its id, and optionally where the code went (masked) and until when it
 * can be answered.
 *
 * @example
 * ```ts
 * const challenge: MethodCheckChallenge = { challengeId: 'chl_1', destination: '+7 916 ***-**-67', expiresAt: 1_700_000_300_000 };
 * ```
 */
export interface MethodCheckChallenge {
  /** Id to pass to {@link MethodCheckVerifier.verify}. */
  readonly challengeId: string;
  /** Masked destination for the UI. */
  readonly destination?: string;
  /** Epoch ms after which the answer is refused. */
  readonly expiresAt?: number;
}

/**
 * The verdict on an answer: passed, or failed with a short reason code (`wrong`, `expired`,
 * `blocked`, `used`, …) the UI can show.
 *
 * @example
 * ```ts
 * const verdict: MethodCheckVerdict = { passed: false, reason: 'wrong' };
 * ```
 */
export type MethodCheckVerdict =
  | {
      /** The answer was right. */
      readonly passed: true;
    }
  | {
      /** The answer was refused. */
      readonly passed: false;
      /** Why (`wrong`, `expired`, `blocked`, `used`, …). */
      readonly reason: string;
    };

/**
 * The one-time security check of a method's first use (PAY-2): an SMS code, a confirmation in
 * the bank's app, or the wallet's password. Injected into the payments service; an adapter
 * over `@kabinet/otp` (SMS codes with attempt caps and the five-minute block, OTP-3) or over a
 * bank's confirmation API fits structurally. `createSimulatedMethodCheck`
 * (`@kabinet/payments/testing`) is one for tests and demos.
 *
 * @example
 * ```ts
 * const methodCheck: MethodCheckVerifier = {
 *   start: async (r) => ({ challengeId: await otp.send(r.accountId, { boundTo: r.attemptId }) }),
 *   verify: async (id, answer) => ((await otp.verify(id, answer)).success ? { passed: true } : { passed: false, reason: 'wrong' }),
 * };
 * ```
 */
export interface MethodCheckVerifier {
  /** Starts the check (sends the SMS, pushes to the bank app, …). */
  start(request: MethodCheckRequest): Promise<MethodCheckChallenge>;
  /** Judges the payer's answer for a challenge. Single use: a passed challenge never passes again. */
  verify(challengeId: string, answer: string): Promise<MethodCheckVerdict>;
}
