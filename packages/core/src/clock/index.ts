/**
 * `Clock`: injected time, and a fake clock for tests.
 *
 * @module @kabinet/core/clock
 */
export { systemClock, createFakeClock, type Clock, type FakeClock } from './clock.js';
