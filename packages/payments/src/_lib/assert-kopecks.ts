import { KabinetError } from '@kabinet/core';

/** Throws when a programmer passes an amount that is not an integer number of kopecks ≥ `min`. */
export function assertKopecks(value: number, what: string, min = 0): void {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new KabinetError(
      'ERR_INVALID_ARGUMENT',
      `${what} must be an integer number of kopecks >= ${min} (got ${String(value)})`,
    );
  }
}
