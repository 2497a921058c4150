import { cryptoRandom, systemClock, type Clock, type Random } from '@kabinet/core';
import { createSimulatedAgency, type SimulatedAgency } from '@kabinet/services/applications';

/** Options of {@link simulatedAgency}. */
export interface SimulatedAgencyChoice {
  /** The same clock as `createKabinet`'s (default: the system clock). */
  readonly clock?: Clock;
  /** Draws each case's script (default: the CSPRNG). */
  readonly random?: Random;
  /** The callback signing secret, at least 16 characters (default: 32 random bytes for this process). */
  readonly secret?: string;
}

/**
 * Opts in to the simulated authority for applications (SVC-1), for tests and demos: cases
 * follow scripts, reports come as signed callbacks (`next`, `drain`). Never a default —
 * without `applications.agency` the hand-over throws `ERR_CONFIG`. The secret is random per
 * process unless given. No real authority sees anything: do not run it where people apply.
 *
 * @param options - clock, random, secret
 * @returns the gateway for `createKabinet({ applications: { agency } })`, with its handles
 * @example
 * ```ts
 * import { createKabinet, generateDevelopmentKeys } from 'kabinet';
 * import { inMemoryPorts, simulatedAgency } from 'kabinet/testing';
 * const agency = simulatedAgency();
 * const kabinet = createKabinet({ keys: generateDevelopmentKeys(), ...inMemoryPorts(), applications: { agency } });
 * await kabinet.applications.passDue();
 * for (const report of agency.drain(applicationId)) await kabinet.applications.handleAgencyCallback(report);
 * ```
 */
export function simulatedAgency(options: SimulatedAgencyChoice = {}): SimulatedAgency {
  const random = options.random ?? cryptoRandom;
  const secret = options.secret ?? Buffer.from(random.bytes(32)).toString('hex');
  return createSimulatedAgency({ clock: options.clock ?? systemClock, random, secret });
}
