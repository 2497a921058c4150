import {
  createId,
  cryptoRandom,
  randomString,
  timingSafeEqualStrings,
  type Clock,
  type Random,
} from '@kabinet/core';
import type { MethodCheckKind } from '@kabinet/ports';
import type {
  MethodCheckChallenge,
  MethodCheckRequest,
  MethodCheckVerdict,
  MethodCheckVerifier,
} from '../methods/method-check-verifier.js';

/**
 * Options of {@link createSimulatedMethodCheck}.
 *
 * @example
 * ```ts
 * createSimulatedMethodCheck({ clock, random: createSeededRandom(7), ttlMs: 300_000, maxTries: 3 });
 * ```
 */
export interface SimulatedMethodCheckOptions {
  /** Time source (challenge expiry). */
  readonly clock: Clock;
  /** Randomness for codes and ids (a seeded one makes demos repeatable). */
  readonly random?: Random;
  /** How long a challenge can be answered, ms (default 5 minutes). */
  readonly ttlMs?: number;
  /** Wrong answers before the challenge is blocked (default 3). */
  readonly maxTries?: number;
}

/**
 * A {@link MethodCheckVerifier} that also lets a test or demo read the expected answer, as a
 * payer would read the SMS.
 *
 * @example
 * ```ts
 * const answer = methodCheck.answerFor(challengeId); // '493027'
 * ```
 */
export interface SimulatedMethodCheck extends MethodCheckVerifier {
  /** The answer a challenge expects (the SMS code, the wallet password, `approve` for the bank app), or `undefined`. */
  answerFor(challengeId: string): string | undefined;
  /** The requests started so far, oldest first. */
  readonly started: readonly (MethodCheckRequest & {
    /** The challenge it started. */
    readonly challengeId: string;
  })[];
}

interface Challenge {
  readonly answer: string;
  readonly kind: MethodCheckKind;
  readonly expiresAt: number;
  tries: number;
  used: boolean;
}

/**
 * A deterministic stand-in for the first-use checks (PAY-2) in tests and demos: an SMS code
 * or wallet password is six random digits, a bank-app confirmation is the word `approve`;
 * challenges expire, allow a few wrong answers, then block, and pass only once.
 *
 * @param options - clock, randomness, lifetime, tries
 * @returns the verifier with {@link SimulatedMethodCheck.answerFor}
 * @example
 * ```ts
 * const methodCheck = createSimulatedMethodCheck({ clock });
 * const { challengeId } = await methodCheck.start({ accountId: 'acc_1', methodId: 'pm_1', attemptId: 'att_1', kind: 'sms_code' });
 * await methodCheck.verify(challengeId, methodCheck.answerFor(challengeId)!); // { passed: true }
 * ```
 */
export function createSimulatedMethodCheck(
  options: SimulatedMethodCheckOptions,
): SimulatedMethodCheck {
  const random = options.random ?? cryptoRandom;
  const ttlMs = options.ttlMs ?? 5 * 60_000;
  const maxTries = options.maxTries ?? 3;
  const challenges = new Map<string, Challenge>();
  const started: (MethodCheckRequest & { readonly challengeId: string })[] = [];
  return {
    started,
    async start(request): Promise<MethodCheckChallenge> {
      const now = options.clock.now();
      const challengeId = createId('chk', now, random);
      const answer =
        request.kind === 'bank_app' ? 'approve' : randomString(6, '0123456789', random);
      challenges.set(challengeId, {
        answer,
        kind: request.kind,
        expiresAt: now + ttlMs,
        tries: 0,
        used: false,
      });
      started.push({ ...request, challengeId });
      return {
        challengeId,
        expiresAt: now + ttlMs,
        ...(request.kind === 'sms_code' ? { destination: '+7 ••• •••-••-00' } : {}),
      };
    },
    async verify(challengeId, answer): Promise<MethodCheckVerdict> {
      const challenge = challenges.get(challengeId);
      if (challenge === undefined) return { passed: false, reason: 'unknown' };
      if (challenge.used) return { passed: false, reason: 'used' };
      if (options.clock.now() >= challenge.expiresAt) return { passed: false, reason: 'expired' };
      if (challenge.tries >= maxTries) return { passed: false, reason: 'blocked' };
      if (!timingSafeEqualStrings(answer, challenge.answer)) {
        challenge.tries += 1;
        return { passed: false, reason: challenge.tries >= maxTries ? 'blocked' : 'wrong' };
      }
      challenge.used = true;
      return { passed: true };
    },
    answerFor: (challengeId) => challenges.get(challengeId)?.answer,
  };
}
