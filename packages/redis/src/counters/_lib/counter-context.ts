import type { Clock } from '@kabinet/core';
import type { Cluster, Redis } from 'ioredis';
import type { SCRIPT_NAMES } from '../../_lib/counter-scripts.js';

/** The scripts as `defineCommand` adds them to the client. */
export type ScriptCommands = Readonly<
  Record<
    Exclude<(typeof SCRIPT_NAMES)[keyof typeof SCRIPT_NAMES], typeof SCRIPT_NAMES.incrementMany>,
    (key: string, ...args: string[]) => Promise<unknown>
  >
> & {
  /** `numberOfKeys, ...keys, ...args` (defined without a fixed number of keys). */
  readonly [SCRIPT_NAMES.incrementMany]: (
    numberOfKeys: number,
    ...keysAndArgs: string[]
  ) => Promise<unknown>;
};

/** What the counter store's operations work with, its options checked. */
export interface CounterContext {
  /** The ioredis client. */
  readonly client: Redis<'legacy' | 'resp3'> | Cluster<'legacy' | 'resp3'>;
  /** The same client, seen through the scripts it was given. */
  readonly scripts: ScriptCommands;
  /** The clock whose `now` goes with every call. */
  readonly clock: Clock;
  /** Prepended to every counter key. */
  readonly prefix: string;
  /** `expiryMarginMs` as the scripts take it. */
  readonly marginArg: string;
  /** The longest a call may wait for Redis. */
  readonly timeoutMs: number;
  /** `retryAfterSeconds` of `ERR_UNAVAILABLE`. */
  readonly retryAfterSeconds: number;
}
