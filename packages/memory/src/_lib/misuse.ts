import { KabinetError } from '@kabinet/core';

/** Throws `ERR_INVALID_ARGUMENT` for a call that breaks the port's contract. */
export function invalidArgument(message: string, details: Readonly<Record<string, string | number | boolean>> = {}): never {
  throw new KabinetError('ERR_INVALID_ARGUMENT', message, { details });
}

/** The sweep interval option, checked: a positive integer. */
export function checkSweepEvery(value: number | undefined, fallback: number): number {
  const every = value ?? fallback;
  if (!Number.isInteger(every) || every < 1) invalidArgument('sweepEvery must be a positive integer', { sweepEvery: String(value) });
  return every;
}
