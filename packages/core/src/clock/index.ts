/**
 * `Clock`: injected time (the fake clock for tests is in `@kabinet/core/testing`).
 *
 * @module @kabinet/core/clock
 */
export { systemClock, type Clock } from './clock.js';
