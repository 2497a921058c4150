import { cryptoRandom, systemClock, type Clock, type Random } from '@kabinet/core';
import { createSimulatedMethodCheck, createSimulatedProvider, type SimulatedDialect, type SimulatedMethodCheck, type SimulatedProvider } from '@kabinet/payments';

/** Options of {@link simulatedPayments}. */
export interface SimulatedPaymentsOptions {
  /** The same clock as `createKabinet`'s (default: the system clock). */
  readonly clock?: Clock;
  /** The same random source as `createKabinet`'s (default: the CSPRNG). */
  readonly random?: Random;
  /** The callback signing secret, at least 16 characters (default: 32 random bytes for this process). */
  readonly secret?: string;
  /** The provider vocabulary (default `acquirer`). */
  readonly dialect?: SimulatedDialect;
}

/** The simulated provider and first-use check, chosen explicitly. */
export interface SimulatedPayments {
  /** The simulated provider (also `kabinet.dev.provider`). */
  readonly provider: SimulatedProvider;
  /** The simulated first-use check (also `kabinet.dev.methodCheck`). */
  readonly methodCheck: SimulatedMethodCheck;
}

/**
 * Opts in to the simulated payment provider and first-use check, for tests and demos. Never
 * a default: `createKabinet` refuses a production config (one with a `backend`) without a
 * provider, and without one payments fail with `ERR_CONFIG`. The callback secret is random
 * per process unless given, so nobody can sign a callback from a constant in the source.
 * Money never moves: do not run it where people pay.
 *
 * @param options - clock, random, secret and dialect
 * @returns `{ provider, methodCheck }` for `createKabinet({ payments })`
 * @throws `KabinetError` `ERR_INVALID_ARGUMENT` for a secret shorter than 16 characters
 * @example
 * ```ts
 * import { createKabinet, generateDevelopmentKeys, simulatedPayments } from 'kabinet';
 * const kabinet = createKabinet({ keys: generateDevelopmentKeys(), payments: simulatedPayments() });
 * kabinet.dev.provider?.settle('700001');
 * ```
 */
export function simulatedPayments(options: SimulatedPaymentsOptions = {}): SimulatedPayments {
  const clock = options.clock ?? systemClock;
  const random = options.random ?? cryptoRandom;
  return {
    provider: createSimulatedProvider({
      clock,
      random,
      ...(options.secret === undefined ? {} : { secret: options.secret }),
      ...(options.dialect === undefined ? {} : { dialect: options.dialect }),
    }),
    methodCheck: createSimulatedMethodCheck({ clock, random }),
  };
}
