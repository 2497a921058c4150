import { KabinetError } from '@kabinet/core';

/** Throws `ERR_INVALID_ARGUMENT` for a call that breaks the port's contract. */
export function invalidArgument(message: string, details: Readonly<Record<string, string | number | boolean>> = {}): never {
  throw new KabinetError('ERR_INVALID_ARGUMENT', message, { details });
}
