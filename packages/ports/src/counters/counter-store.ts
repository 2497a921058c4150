/** A counter's value and the epoch ms at which it expires (and reads as absent). */
export interface CounterState {
  /** The current value. */
  readonly value: number;
  /** Epoch ms from which the counter reads as absent (`now >= expiresAt`). */
  readonly expiresAt: number;
}

/** Options of {@link CounterStore.increment}. */
export interface IncrementOptions {
  /** Amount to add (default 1). */
  readonly by?: number;
  /** Lifetime of a counter that does not exist yet (or has expired), in ms (positive). */
  readonly ttlMs: number;
  /**
   * `fixed` (default): the expiry is set when the counter starts and kept by later
   * increments (a fixed window). `sliding`: every increment moves the expiry to now + ttl.
   */
  readonly window?: 'fixed' | 'sliding';
}

/**
 * Atomic counters with expiry, for attempt and send limits (S-9: N parallel increments count
 * N, on one instance or many sharing the store). Keys are identifiers chosen by the caller
 * (`pwd:acc_1:203.0.113.5`), never flows (S-4).
 *
 * @example
 * ```ts
 * const state = await counters.increment('otp-fail:+79161234567', { ttlMs: 5 * 60_000 });
 * if (state.value > 3) block();
 * ```
 */
export interface CounterStore {
  /**
   * Adds to the counter atomically, creating it when absent or expired; returns the new state.
   * A counter started at `t` with `ttlMs` counts increments in `[t, t + ttlMs)`.
   * @throws KabinetError `ERR_INVALID_ARGUMENT` when `ttlMs` is not positive or `by` not finite.
   */
  increment(key: string, options: IncrementOptions): Promise<CounterState>;
  /**
   * Atomically raises the counter to `value` if it is absent, expired or lower, with
   * lifetime `ttlMs` when it changes; returns the resulting state. Used for "blocked until"
   * timestamps that concurrent writers may only extend.
   */
  raiseTo(key: string, value: number, ttlMs: number): Promise<CounterState>;
  /** The live state, or `undefined` when absent or expired. */
  get(key: string): Promise<CounterState | undefined>;
  /** Deletes the counter. */
  reset(key: string): Promise<void>;
}
