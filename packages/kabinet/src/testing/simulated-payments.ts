import { cryptoRandom, systemClock, type Clock, type Random } from '@kabinet/core';
import {
  createSimulatedChargeSource,
  createSimulatedMethodCheck,
  createSimulatedProvider,
  type SimulatedChargeBook,
  type SimulatedChargeSource,
  type SimulatedDialect,
  type SimulatedMethodCheck,
  type SimulatedProvider,
} from '@kabinet/payments/testing';
import type { DutyCatalogueEntry, VersionedStore } from '@kabinet/ports';

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
  /** The duties the simulated charge source issues (default `defaultDutyCatalogue`, example amounts). */
  readonly catalogue?: readonly DutyCatalogueEntry[];
  /**
   * Where the simulated charges live, e.g. `backend.versioned('charges')` so they survive a
   * restart on PostgreSQL (default: in memory).
   */
  readonly chargeStore?: VersionedStore<SimulatedChargeBook>;
}

/** The simulated provider, first-use check and charge source, chosen explicitly. */
export interface SimulatedPayments {
  /** The simulated provider (also `kabinet.dev.provider`). */
  readonly provider: SimulatedProvider;
  /** The simulated first-use check (also `kabinet.dev.methodCheck`). */
  readonly methodCheck: SimulatedMethodCheck;
  /** The simulated charge source with its duty catalogue (also `kabinet.dev.charges`). */
  readonly charges: SimulatedChargeSource;
}

/**
 * Opts in to the simulated payment provider, first-use check and charge source (a catalogue of
 * duties with example amounts), for tests and demos. Never
 * a default: `createKabinet` refuses a production config (one with a `backend`) without a
 * provider, and without one payments fail with `ERR_CONFIG`. The callback secret is random
 * per process unless given, so nobody can sign a callback from a constant in the source.
 * Money never moves: do not run it where people pay.
 *
 * @param options - clock, random, secret, dialect, duty catalogue and charge store
 * @returns `{ provider, methodCheck, charges }` for `createKabinet({ payments })`
 * @throws `KabinetError` `ERR_INVALID_ARGUMENT` for a secret shorter than 16 characters; `ERR_CONFIG` for a catalogue with a repeated code or an amount that is not positive kopecks
 * @example
 * ```ts
 * import { createKabinet, generateDevelopmentKeys } from 'kabinet';
 * import { inMemoryPorts, simulatedPayments } from 'kabinet/testing';
 * const kabinet = createKabinet({ keys: generateDevelopmentKeys(), ...inMemoryPorts(), payments: simulatedPayments() });
 * const charge = await kabinet.payments.issueCharge({ accountId, dutyCode: 'work_patent' });
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
    charges: createSimulatedChargeSource({
      clock,
      random,
      ...(options.catalogue === undefined ? {} : { catalogue: options.catalogue }),
      ...(options.chargeStore === undefined ? {} : { store: options.chargeStore }),
    }),
  };
}
