import { invalidArgument } from '../misuse/invalid-argument.js';
import type { SlotHoldRequest } from './slot-store.js';

/**
 * Checks a slot key and holder given to a {@link SlotStore} call: non-empty strings of at most
 * 200 characters. Every slot-store adapter calls it first.
 *
 * @param slotKey - the slot
 * @param holderId - the holder (omit for calls without one)
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for an empty or over-long key or holder
 * @example
 * ```ts
 * import { checkSlotKey } from '@kabinet/ports/slots';
 * checkSlotKey('mow-1:rvp:2027-01-15T09:00', 'apt_1'); // fine
 * checkSlotKey('', 'apt_1'); // throws ERR_INVALID_ARGUMENT
 * ```
 */
export function checkSlotKey(slotKey: string, holderId?: string): void {
  if (typeof slotKey !== 'string' || slotKey === '' || slotKey.length > 200)
    invalidArgument('slots: a slot key is a non-empty string of at most 200 characters');
  if (
    holderId !== undefined &&
    (typeof holderId !== 'string' || holderId === '' || holderId.length > 200)
  ) {
    invalidArgument('slots: a holder is a non-empty string of at most 200 characters', { slotKey });
  }
}

/**
 * Checks a {@link SlotHoldRequest}: key and holder as {@link checkSlotKey}, a capacity that is
 * a positive integer (at most 10,000) and a finite `holdUntil`.
 *
 * @param request - the request the caller passed
 * @returns the request
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for any field out of its range
 * @example
 * ```ts
 * import { checkSlotHoldRequest } from '@kabinet/ports/slots';
 * checkSlotHoldRequest({ slotKey: 's1', holderId: 'apt_1', capacity: 0, holdUntil: 1 }); // throws ERR_INVALID_ARGUMENT
 * ```
 */
export function checkSlotHoldRequest(request: SlotHoldRequest): SlotHoldRequest {
  if (typeof request !== 'object' || request === null)
    invalidArgument('slots: a hold request is an object');
  checkSlotKey(request.slotKey, request.holderId ?? '');
  if (!Number.isInteger(request.capacity) || request.capacity < 1 || request.capacity > 10_000) {
    invalidArgument('slots: capacity must be an integer from 1 to 10000', {
      slotKey: request.slotKey,
    });
  }
  if (!Number.isFinite(request.holdUntil))
    invalidArgument('slots: holdUntil must be a finite epoch ms', { slotKey: request.slotKey });
  return request;
}
