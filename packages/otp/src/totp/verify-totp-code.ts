import { KabinetError } from '@kabinet/core';
import { verifySync } from 'otplib';
import { normalizeCode } from '../_lib/strings.js';
import { defaultTotpPolicy, type TotpPolicy } from './totp-policy.js';

/** Input of {@link verifyTotpCode}. */
export interface VerifyTotpInput {
  /** The base32 secret. */
  readonly secret: string;
  /** The code as typed (spaces and full-width digits tolerated). */
  readonly code: string;
  /** Server time, epoch ms (ASVS 6.5.8: a trusted clock). */
  readonly now: number;
  /** The last accepted time step of this account; codes at or before it are replays (S-6). */
  readonly lastTimeStep?: number;
  /** Default {@link defaultTotpPolicy}. */
  readonly policy?: TotpPolicy;
}

/**
 * The outcome of a TOTP check: `ok` with the accepted `timeStep` (store it as the new
 * `lastTimeStep`) and its `delta` from the current step; `replayed` when the code is right
 * but its step was already used (NIST: a duplicate may be reported); `wrong` otherwise.
 */
export type TotpOutcome =
  | {
      /** The code is right and new. */
      readonly outcome: 'ok';
      /** The accepted time step: store it as the new `lastTimeStep`. */
      readonly timeStep: number;
      /** Steps from the current one (−1, 0 or +1). */
      readonly delta: number;
    }
  | {
      /** The code is right but its step was already used. */
      readonly outcome: 'replayed';
      /** The step the code belongs to. */
      readonly timeStep: number;
    }
  | {
      /** The code is wrong (or malformed). */
      readonly outcome: 'wrong';
    };

/**
 * Checks an authenticator-app code (pure, no I/O): RFC 6238 through otplib, at most one
 * step of drift as the policy says, and replay rejection through `lastTimeStep` (otplib's
 * `afterTimeStep`), so a code is accepted at most once (S-6, ASVS 6.5.1). Persisting the new
 * step atomically is the caller's part; `createTotpVerifier` does it over a versioned store.
 *
 * @param input - secret, typed code, server time, last accepted step, policy
 * @returns the outcome; malformed codes are `wrong`
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for a malformed secret or `lastTimeStep` (stored data, not user input)
 * @example
 * ```ts
 * const r = verifyTotpCode({ secret, code: '287082', now: clock.now(), lastTimeStep: stored.lastTimeStep });
 * if (r.outcome === 'ok') await save({ ...stored, lastTimeStep: r.timeStep });
 * ```
 */
export function verifyTotpCode(input: VerifyTotpInput): TotpOutcome {
  const policy = input.policy ?? defaultTotpPolicy;
  const { lastTimeStep } = input;
  if (lastTimeStep !== undefined && !(Number.isSafeInteger(lastTimeStep) && lastTimeStep >= 0)) {
    throw new KabinetError('ERR_INVALID_ARGUMENT', 'lastTimeStep must be a non-negative integer');
  }
  if (!Number.isFinite(input.now))
    throw new KabinetError('ERR_INVALID_ARGUMENT', 'now must be epoch milliseconds');
  const token = normalizeCode(input.code, '0123456789', policy.digits);
  if (token === undefined) return { outcome: 'wrong' };
  const period = policy.periodSeconds;
  const epoch = Math.floor(input.now / 1000);
  const options = {
    secret: input.secret,
    token,
    epoch,
    period,
    digits: policy.digits,
    algorithm: policy.algorithm,
    epochTolerance: [policy.driftPastSteps * period, policy.driftFutureSteps * period] as [
      number,
      number,
    ],
  };
  const newestStep = Math.floor((epoch + policy.driftFutureSteps * period) / period);
  try {
    if (lastTimeStep === undefined || lastTimeStep < newestStep) {
      const fresh = verifySync(
        lastTimeStep === undefined ? options : { ...options, afterTimeStep: lastTimeStep },
      );
      if (fresh.valid && 'timeStep' in fresh)
        return { outcome: 'ok', timeStep: fresh.timeStep, delta: fresh.delta };
    }
    if (lastTimeStep === undefined) return { outcome: 'wrong' };
    const any = verifySync(options);
    return any.valid && 'timeStep' in any
      ? { outcome: 'replayed', timeStep: any.timeStep }
      : { outcome: 'wrong' };
  } catch (error) {
    throw new KabinetError(
      'ERR_INVALID_ARGUMENT',
      `TOTP verification failed: ${error instanceof Error ? error.name : 'error'}`,
      { cause: error },
    );
  }
}
