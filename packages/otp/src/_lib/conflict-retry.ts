import { KabinetError } from '@kabinet/core';

/** Whether an error is the optimistic-concurrency conflict of a versioned store (S-15). */
export function isConflict(error: unknown): boolean {
  return KabinetError.isInstance(error) && error.code === 'ERR_CONFLICT';
}
