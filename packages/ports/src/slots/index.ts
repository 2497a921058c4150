/**
 * Seats of bookable slots (SVC-2): the port that decides who gets the last seat, with holds
 * that lapse on their own, and the checks every adapter runs on its arguments.
 *
 * @example
 * ```ts
 * import type { SlotStore } from '@kabinet/ports/slots';
 * ```
 *
 * @module @kabinet/ports/slots
 */
export type { SlotStore, SlotHoldRequest, SlotSeat } from './slot-store.js';
export { checkSlotKey, checkSlotHoldRequest } from './check-slot-arguments.js';
