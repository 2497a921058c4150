// Reads a `YYYY-MM-DD` value handed to a date function by code (an option, an already parsed
// date). A wrong one is a programming error, so it throws KabinetError ERR_INVALID_ARGUMENT.
import { KabinetError } from '@kabinet/core/errors';
import { isoToParts, type PlainDateParts } from './parse-strict-date.js';

/** Parts of a `YYYY-MM-DD` string, or throws `ERR_INVALID_ARGUMENT` naming the argument. */
export function isoDateArgument(value: unknown, name: string): PlainDateParts {
  const parts = typeof value === 'string' ? isoToParts(value) : undefined;
  if (parts === undefined) {
    throw new KabinetError('ERR_INVALID_ARGUMENT', `${name} must be a YYYY-MM-DD date string`, {
      details: { argument: name },
    });
  }
  return parts;
}
