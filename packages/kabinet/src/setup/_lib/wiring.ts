// What every part of createKabinet is built from once the configuration is checked.
import type { Clock, Random } from '@kabinet/core';
import type { Journal } from '@kabinet/audit';
import type { JournaledUnits } from '@kabinet/audit/units';
import type { KeyProvider } from '@kabinet/ports';
import type { KabinetConfig, KabinetPolicy } from '../kabinet-config.js';

/** The checked configuration with the parts the services share. */
export interface Wiring {
  readonly config: KabinetConfig;
  /** `preset: 'strict'`. */
  readonly strict: boolean;
  /** The per-package policy overrides (empty when none). */
  readonly policy: KabinetPolicy;
  readonly keys: KeyProvider;
  readonly clock: Clock;
  readonly random: Random;
  readonly journal: Journal;
  /** The atomic units over the backend's unit of work, when it has one. */
  readonly units: JournaledUnits | undefined;
}

/** The preset's value of a policy: the strict one under `preset: 'strict'`, else the default. */
export function presetOf<P>(wiring: Wiring, strict: P, portal: P): P {
  return wiring.strict ? strict : portal;
}
