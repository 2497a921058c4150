import { KabinetError, retryOnConflict, type Clock } from '@kabinet/core';
import type { StoreRecord, VersionedStore } from '@kabinet/ports';
import { isIdString } from '../_lib/strings.js';
import { defineTotpPolicy } from './define-totp-policy.js';
import { defaultTotpPolicy, type TotpPolicy } from './totp-policy.js';
import { verifyTotpCode, type TotpOutcome } from './verify-totp-code.js';

/**
 * The last accepted TOTP time step of one account, kept for replay rejection (S-6). It
 * expires once no code of that step could verify any more, so the store holds one small
 * record per recently active account.
 */
export interface TotpStepRecord extends StoreRecord {
  /** The account id. */
  readonly id: string;
  /** The last accepted time step. */
  readonly lastTimeStep: number;
  /** When no code of that step could verify any more. */
  readonly expiresAt: number;
}

/** What {@link createTotpVerifier} needs. */
export interface TotpVerifierDeps {
  /** Where the last accepted steps live. */
  readonly steps: VersionedStore<TotpStepRecord>;
  /** The trusted server clock (ASVS 6.5.8). */
  readonly clock: Clock;
  /** Default {@link defaultTotpPolicy}. */
  readonly policy?: TotpPolicy;
}

/** Input of {@link TotpVerifier.verify}. */
export interface TotpVerifyInput {
  /** The account whose last accepted step is kept. */
  readonly accountId: string;
  /** The account's base32 secret (decrypted by the caller). */
  readonly secret: string;
  /** The code as typed. */
  readonly code: string;
}

/** Verifies authenticator-app codes with replay rejection kept in a store. */
export interface TotpVerifier {
  /** The policy in force. */
  readonly policy: TotpPolicy;
  /** Checks a code; `ok` at most once per code, even under concurrent calls. */
  verify(input: TotpVerifyInput): Promise<TotpOutcome>;
}

/**
 * Creates a TOTP verifier whose replay protection is a versioned record per account
 * (`VersionedStore<TotpStepRecord>`): a code is accepted only by the one versioned write
 * that raises `lastTimeStep`; a concurrent second acceptance of the same step meets a
 * stale version, re-reads and is rejected as `replayed` (S-6, S-9, S-15). A `CounterStore`'s
 * `raiseTo` is not used because two callers raising to the same step both see the same
 * resulting value and cannot tell which one won.
 *
 * @param deps - step store, clock, policy
 * @returns the verifier
 * @throws KabinetError `ERR_CONFIG` for a policy that breaks S-6 (see {@link defineTotpPolicy})
 * @example
 * ```ts
 * const totp = createTotpVerifier({ steps: createMemoryVersionedStore({ clock }), clock });
 * const r = await totp.verify({ accountId: 'acc_1', secret, code: '287082' });
 * if (r.outcome === 'ok') completeLogin();
 * ```
 */
export function createTotpVerifier(deps: TotpVerifierDeps): TotpVerifier {
  const policy = defineTotpPolicy({}, deps.policy ?? defaultTotpPolicy);
  const periodMs = policy.periodSeconds * 1000;
  return {
    policy,
    async verify(input) {
      if (!isIdString(input?.accountId))
        throw new KabinetError('ERR_INVALID_ARGUMENT', 'accountId must be a non-empty id');
      return retryOnConflict(policy.conflictRetries, async () => {
        const stored = await deps.steps.get(input.accountId);
        const outcome = verifyTotpCode({
          secret: input.secret,
          code: input.code,
          now: deps.clock.now(),
          policy,
          ...(stored === undefined ? {} : { lastTimeStep: stored.lastTimeStep }),
        });
        if (outcome.outcome !== 'ok') return outcome;
        const record: TotpStepRecord = {
          id: input.accountId,
          lastTimeStep: outcome.timeStep,
          // Past this instant no code of the accepted step (or earlier) can verify again.
          expiresAt: (outcome.timeStep + policy.driftPastSteps + 2) * periodMs,
        };
        if (stored === undefined) await deps.steps.create(record);
        else await deps.steps.update(record, stored.version);
        return outcome;
      });
    },
  };
}
