/**
 * The source of time. Domain code never reads the system clock; it asks a `Clock`.
 * Times are epoch milliseconds.
 *
 * @example
 * ```ts
 * const clock: Clock = systemClock;
 * const now = clock.now();
 * ```
 */
export interface Clock {
  /** The current time in epoch milliseconds. */
  now(): number;
}

/**
 * The real clock.
 *
 * @example
 * ```ts
 * createKabinet({ clock: systemClock });
 * ```
 */
export const systemClock: Clock = { now: () => Date.now() };
