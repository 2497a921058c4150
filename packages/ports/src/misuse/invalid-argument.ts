import { KabinetError } from '@kabinet/core';

/**
 * Throws `KabinetError` `ERR_INVALID_ARGUMENT` for a call that breaks a port's contract (a
 * programming fault, not user input: user input is returned as issues). Every adapter and
 * every checker of `@kabinet/ports` throws through it, so the code and the shape of the error
 * are the same whichever store refused the call.
 *
 * @param message - a developer-facing message (never shown to end users, never a personal value)
 * @param details - non-personal details for logs (default none)
 * @returns never
 * @throws KabinetError `ERR_INVALID_ARGUMENT`, always
 * @example
 * ```ts
 * import { invalidArgument } from '@kabinet/ports/misuse';
 * if (!Number.isInteger(sweepEvery) || sweepEvery < 1) invalidArgument('sweepEvery must be a positive integer', { sweepEvery: String(sweepEvery) });
 * ```
 */
export function invalidArgument(
  message: string,
  details: Readonly<Record<string, string | number | boolean>> = {},
): never {
  throw new KabinetError('ERR_INVALID_ARGUMENT', message, { details });
}
