import { invalidArgument } from '../misuse/invalid-argument.js';

/**
 * Checks the `expectedVersion` of {@link VersionedStore.update} or `delete`: an integer. Any
 * integer is accepted (a version the store never wrote is a `ConflictError` later, not misuse).
 *
 * @param expectedVersion - the version the caller read
 * @param entity - what the store holds, named in the message
 * @returns the version
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when `expectedVersion` is not an integer
 * @example
 * ```ts
 * import { checkExpectedVersion } from '@kabinet/ports/store';
 * checkExpectedVersion(3, 'account'); // 3
 * checkExpectedVersion(1.5, 'account'); // throws ERR_INVALID_ARGUMENT
 * ```
 */
export function checkExpectedVersion(expectedVersion: number, entity: string): number {
  if (!Number.isInteger(expectedVersion))
    invalidArgument(`${entity}: expectedVersion must be an integer`);
  return expectedVersion;
}
