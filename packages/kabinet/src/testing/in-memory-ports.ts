import { cryptoRandom, systemClock, type Clock, type Random } from '@kabinet/core';
import { createMemoryStores } from '@kabinet/memory/backend';
import { createMemoryIdentityRegistry } from '@kabinet/memory/registry';
import { createOutbox } from '@kabinet/memory/senders';
import type { KabinetConfig } from '../setup/kabinet-config.js';
import { simulatedPayments } from './simulated-payments.js';

/** Options of {@link inMemoryPorts}. */
export interface InMemoryPortsOptions {
  /** The same clock as `createKabinet`'s (default: the system clock). */
  readonly clock?: Clock;
  /** The same random source as `createKabinet`'s (default: the CSPRNG). */
  readonly random?: Random;
}

/**
 * Every port `createKabinet` needs, in memory or simulated, chosen in one call for tests and
 * demos: the memory backend (`createMemoryStores`), the outbox as senders, the simulated
 * identity registry and `simulatedPayments()`. Their handles are on `kabinet.dev`. Nothing
 * survives the process and no money moves: never run it where people apply or pay.
 *
 * @param options - the clock and random source (the same as `createKabinet`'s)
 * @returns `backend`, `senders`, `registry` and `payments` to spread into the config
 * @example
 * ```ts
 * import { createKabinet, generateDevelopmentKeys } from 'kabinet';
 * import { inMemoryPorts } from 'kabinet/testing';
 * const clock = createFakeClock();
 * const kabinet = createKabinet({ keys: generateDevelopmentKeys(), clock, ...inMemoryPorts({ clock }) });
 * kabinet.dev.outbox?.lastCode('+998901234567');
 * ```
 */
export function inMemoryPorts(
  options: InMemoryPortsOptions = {},
): Pick<KabinetConfig, 'backend' | 'senders' | 'registry' | 'payments'> {
  const clock = options.clock ?? systemClock;
  const random = options.random ?? cryptoRandom;
  return {
    backend: createMemoryStores({ clock }),
    senders: createOutbox({ clock }),
    registry: createMemoryIdentityRegistry(),
    payments: simulatedPayments({ clock, random }),
  };
}
