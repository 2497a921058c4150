/**
 * `KabinetError`, the base of every thrown Kabinet error, with stable codes.
 *
 * @module @kabinet/core/errors
 */
export {
  KabinetError,
  ConflictError,
  type KabinetErrorCode,
  type KabinetErrorOptions,
} from './kabinet-error.js';
export { isConflict } from './is-conflict.js';
export { retryOnConflict } from './retry-on-conflict.js';
