/**
 * The batched sweeper of expired rows.
 *
 * @example
 * ```ts
 * import { sweepExpired } from '@kabinet/postgres/sweep';
 * ```
 *
 * @module @kabinet/postgres/sweep
 */
export { sweepExpired, type SweepOptions, type SweepReport } from './sweep-expired.js';
