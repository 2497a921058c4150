import type { Clock } from '@kabinet/core';
import type { CounterStore } from '@kabinet/ports';
import type { lockoutKeys } from '../_lib/keys.js';
import type { LockoutPolicy } from '../policy/lockout-policy.js';

/** What every lockout use case and step works on: the checked policy, the counters, the clock and the keys. */
export interface LockoutContext {
  /** The policy in force (checked). */
  readonly policy: LockoutPolicy;
  /** Atomic counters shared by every instance. */
  readonly counters: CounterStore;
  /** The source of time. */
  readonly clock: Clock;
  /** The counter keys under the service's prefix. */
  readonly keys: ReturnType<typeof lockoutKeys>;
}
