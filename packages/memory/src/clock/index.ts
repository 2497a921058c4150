/**
 * The fake clock every in-memory adapter takes in tests and scripted demos (re-exported from
 * `@kabinet/core`).
 *
 * @example
 * ```ts
 * import { createFakeClock } from '@kabinet/memory/clock';
 * const clock = createFakeClock(Date.UTC(2026, 0, 1));
 * clock.advance(5 * 60_000);
 * ```
 *
 * @module @kabinet/memory/clock
 */
export { createFakeClock, type FakeClock } from '@kabinet/core';
