/**
 * Test doubles: the fake clock every test and scripted demo moves by hand. Never loaded by the
 * main entry.
 *
 * @example
 * ```ts
 * import { createFakeClock } from '@kabinet/core/testing';
 * const clock = createFakeClock(Date.UTC(2026, 0, 1));
 * clock.advance(5 * 60_000);
 * ```
 *
 * @module @kabinet/core/testing
 */
export { createFakeClock, type FakeClock } from './create-fake-clock.js';
