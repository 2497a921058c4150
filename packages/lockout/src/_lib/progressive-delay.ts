import type { LockoutPolicy } from '../policy/lockout-policy.js';

/** `baseDelayMs · delayFactor^(failures − free)` from the `free`-th failure on, at most `maxDelayMs`; 0 before. */
export function progressiveDelayMs(failures: number, free: number, policy: LockoutPolicy): number {
  const { baseDelayMs, delayFactor, maxDelayMs } = policy.password;
  if (!(failures >= free)) return 0;
  const delay = baseDelayMs * delayFactor ** (failures - free);
  return Number.isFinite(delay) ? Math.min(Math.round(delay), maxDelayMs) : maxDelayMs;
}
