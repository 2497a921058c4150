import { invalidArgument } from '../misuse/invalid-argument.js';

/**
 * Checks the key of a {@link CounterStore} call: any string (the empty one included) is a key;
 * anything else is misuse. Every counter adapter calls it first, before any other check.
 *
 * @param key - the key the caller passed
 * @returns the key
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when `key` is not a string
 * @example
 * ```ts
 * import { checkCounterKey } from '@kabinet/ports/counters';
 * checkCounterKey('otp-fail:+79161234567'); // 'otp-fail:+79161234567'
 * checkCounterKey(42 as unknown as string); // throws ERR_INVALID_ARGUMENT
 * ```
 */
export function checkCounterKey(key: string): string {
  if (typeof key !== 'string') invalidArgument('a counter key is a string');
  return key;
}
