/**
 * `KabinetError`, the base of every thrown Kabinet error, with stable codes.
 *
 * @module @kabinet/core/errors
 */
export { KabinetError, ConflictError, type KabinetErrorOptions } from './kabinet-error.js';
export { KABINET_ERROR_CODES, type KabinetErrorCode } from './kabinet-error-codes.js';
export { UnavailableError } from './unavailable-error.js';
export { JournalTamperedError } from './journal-tampered-error.js';
export { SendError } from './send-error.js';
export { ProviderUnavailableError } from './provider-unavailable-error.js';
export { ProviderIdempotencyError } from './provider-idempotency-error.js';
export { StoreFullError } from './store-full-error.js';
export { TooLargeError } from './too-large-error.js';
export { LockedError } from './locked-error.js';
export { isConflict } from './is-conflict.js';
export { retryOnConflict } from './retry-on-conflict.js';
export { checkedPolicy } from './checked-policy.js';
