import { randomString } from '@kabinet/core';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * A new correlation id for a 5xx answer: 20 random Crockford base-32 characters (100 bits from
 * the CSPRNG). The client gets it (`X-Correlation-Id`, `error.correlationId`) to quote to
 * support; the log line carries the same id.
 *
 * @returns the id
 * @example
 * ```ts
 * createCorrelationId(); // e.g. '8k2m0v7t4q9c1x5z3b6n'
 * ```
 */
export function createCorrelationId(): string {
  return randomString(20, ALPHABET);
}
