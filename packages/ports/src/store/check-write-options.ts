import { invalidArgument } from '../misuse/invalid-argument.js';
import type { WriteOptions } from './versioned-store.js';

/**
 * Checks the {@link WriteOptions} of a versioned write and returns its unique keys without
 * repeats (first occurrence order), or `undefined` when the option is absent (on `update`:
 * keep the keys the record owns).
 *
 * @param options - the options the caller passed, if any
 * @param entity - what the store holds, named in the message
 * @returns the distinct unique keys, or `undefined` when none were given
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when a unique key is not a string
 * @example
 * ```ts
 * import { checkWriteOptions } from '@kabinet/ports/store';
 * checkWriteOptions({ uniqueKeys: ['phone:a', 'phone:a', 'email:b'] }, 'account'); // ['phone:a', 'email:b']
 * checkWriteOptions(undefined, 'account'); // undefined
 * ```
 */
export function checkWriteOptions(
  options: WriteOptions | undefined,
  entity: string,
): string[] | undefined {
  if (options?.uniqueKeys === undefined) return undefined;
  for (const key of options.uniqueKeys)
    if (typeof key !== 'string') invalidArgument(`${entity}: unique keys are strings`);
  return [...new Set(options.uniqueKeys)];
}
