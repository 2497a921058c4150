import { ConflictError } from './kabinet-error.js';

/**
 * Whether a thrown value is a store conflict — a stale version or a taken unique key (S-15) —
 * from any copy of `@kabinet/core`: the one test every retry loop uses before it re-reads and
 * tries again. The same as {@link ConflictError.isInstance}, as a plain function to pass around.
 *
 * @param error - anything caught
 * @returns `true` for a conflict (code `ERR_CONFLICT`)
 * @example
 * ```ts
 * try {
 *   await store.update(next, version);
 * } catch (error) {
 *   if (!isConflict(error)) throw error;
 *   // re-read and decide again
 * }
 * ```
 */
export function isConflict(error: unknown): error is ConflictError {
  return ConflictError.isInstance(error);
}
