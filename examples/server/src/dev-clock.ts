// The demo server's clock with the dev outbox on: the real time plus an offset that only grows,
// so a tester can jump past a rule's wait (24 hours before an appointment, a resend limit, the
// progressive delays of a lockout) over HTTP instead of waiting it out.
import { systemClock, type Clock } from '@kabinet/core';

/** A clock that runs with the real one and can be moved forward. */
export interface DevClock extends Clock {
  /** How far ahead of the real clock it runs, in milliseconds (0 until advanced). */
  offsetMs(): number;
  /** Moves it `ms` milliseconds forward; it never moves back. */
  advance(ms: number): void;
}

/**
 * Creates the adjustable clock the demo server runs on when `KABINET_DEV_OUTBOX=1` (never
 * otherwise): `base.now()` plus everything advanced so far.
 *
 * @param base - the clock it runs with (default the system clock)
 * @returns the dev clock
 * @throws RangeError from `advance` for a step that is not a positive safe integer
 * @example
 * ```ts
 * const clock = createDevClock();
 * clock.advance(23 * 3_600_000); // the server now lives 23 hours ahead
 * ```
 */
export function createDevClock(base: Clock = systemClock): DevClock {
  let offset = 0;
  return {
    now: () => base.now() + offset,
    offsetMs: () => offset,
    advance(ms) {
      if (!Number.isSafeInteger(ms) || ms <= 0)
        throw new RangeError(
          `a dev clock moves forward by a positive whole number of ms (got ${ms})`,
        );
      offset += ms;
    },
  };
}
