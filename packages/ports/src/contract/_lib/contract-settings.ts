// The numbers every store contract's cases run with.
import type { StoreContractOptions } from '../store-contract-types.js';

/** Property runs, the backend's expiry precision, and a lifetime it can measure. */
export interface ContractSettings {
  /** Runs of each property (`options.numRuns`, default 100). */
  readonly numRuns: number;
  /** How precisely the backend expires entries, in ms (0: exactly). */
  readonly precision: number;
  /** A lifetime long enough to be measured at that precision (at least 1 s). */
  readonly ttl: number;
}

/** The settings of a contract run from its options. */
export function contractSettings(options: StoreContractOptions): ContractSettings {
  const precision = options.capabilities.ttlPrecisionMs;
  return { numRuns: options.numRuns ?? 100, precision, ttl: Math.max(1_000, precision * 20) };
}
