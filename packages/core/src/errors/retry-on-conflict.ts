import { isConflict } from './is-conflict.js';
import { KabinetError } from './kabinet-error.js';

/**
 * Runs an optimistic read-modify-write and runs it again, from its read, each time it loses a
 * race to a store conflict (S-15: a stale version or a taken unique key), up to `retries` more
 * times. The first result is returned; any other error goes to the caller at once, and so does
 * the conflict of the last try, so a lost update is never silently dropped.
 *
 * @param retries - how many times to run `body` again after a conflict (`0`: once only)
 * @param body - the read-modify-write; it gets the number of the try, `0` for the first
 * @returns what the first try that does not conflict returns
 * @throws {@link KabinetError} `ERR_INVALID_ARGUMENT` when `retries` is not a whole number ≥ 0
 * @throws {@link ConflictError} (or any `ERR_CONFLICT`) when every try conflicted; any other
 * error of `body` as it was thrown
 * @example
 * ```ts
 * const saved = await retryOnConflict(policy.conflictRetries, async () => {
 *   const current = await store.get(id);
 *   return store.update({ ...current, seenAt: now }, current.version);
 * });
 * ```
 */
export async function retryOnConflict<T>(
  retries: number,
  body: (attempt: number) => Promise<T>,
): Promise<T> {
  if (!Number.isSafeInteger(retries) || retries < 0)
    throw new KabinetError(
      'ERR_INVALID_ARGUMENT',
      `retries must be a whole number ≥ 0, got ${String(retries)}`,
    );
  for (let attempt = 0; ; attempt++) {
    try {
      return await body(attempt);
    } catch (error) {
      if (!isConflict(error) || attempt >= retries) throw error;
    }
  }
}
