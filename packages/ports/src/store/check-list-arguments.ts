import { invalidArgument } from '../misuse/invalid-argument.js';

/**
 * Checks the owner given to {@link VersionedStore.listByOwner}: a non-empty string. Every
 * versioned-store adapter calls it first.
 *
 * @param ownerId - the owner the caller passed
 * @param entity - what the store holds, named in the message
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for an empty or non-string owner
 * @example
 * ```ts
 * import { checkOwnerId } from '@kabinet/ports/store';
 * checkOwnerId('acc_1', 'applications'); // fine
 * checkOwnerId('', 'applications'); // throws ERR_INVALID_ARGUMENT
 * ```
 */
export function checkOwnerId(ownerId: string, entity: string): void {
  if (typeof ownerId !== 'string' || ownerId === '')
    invalidArgument(`${entity}: an owner is a non-empty string`);
}

/**
 * Checks the time given to {@link VersionedStore.listDue}: a finite epoch ms.
 *
 * @param before - the time the caller passed
 * @param entity - what the store holds, named in the message
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for a non-finite time
 * @example
 * ```ts
 * import { checkDueBefore } from '@kabinet/ports/store';
 * checkDueBefore(Number.NaN, 'tickets'); // throws ERR_INVALID_ARGUMENT
 * ```
 */
export function checkDueBefore(before: number, entity: string): void {
  if (typeof before !== 'number' || !Number.isFinite(before))
    invalidArgument(`${entity}: the due time is a finite epoch ms`);
}
