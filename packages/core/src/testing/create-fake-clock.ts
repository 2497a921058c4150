import type { Clock } from '../clock/clock.js';

/** A clock tests can set and move. */
export interface FakeClock extends Clock {
  /** Moves time forward by `ms` (never backwards). */
  advance(ms: number): void;
  /** Sets the time; throws when it would go backwards. */
  set(epochMs: number): void;
}

/**
 * Creates a clock frozen at `start` that moves only when told.
 *
 * @param start - epoch ms or a `Date` (default 2026-01-01T00:00:00Z)
 * @returns the fake clock
 * @throws RangeError when moved backwards
 * @example
 * ```ts
 * const clock = createFakeClock(Date.UTC(2026, 0, 1));
 * clock.advance(5 * 60_000);
 * ```
 */
export function createFakeClock(start: number | Date = Date.UTC(2026, 0, 1)): FakeClock {
  let now = typeof start === 'number' ? start : start.getTime();
  return {
    now: () => now,
    advance(ms) {
      if (!(ms >= 0)) throw new RangeError(`a fake clock only moves forward (got ${ms} ms)`);
      now += ms;
    },
    set(epochMs) {
      if (!(epochMs >= now)) throw new RangeError('a fake clock only moves forward');
      now = epochMs;
    },
  };
}
