import type { Clock } from '@kabinet/core';
import { checkSlotHoldRequest, checkSlotKey, type SlotSeat, type SlotStore } from '@kabinet/ports';

/** Options of {@link createMemorySlotStore}. */
export interface MemorySlotStoreOptions {
  /** The clock whose `now` decides whether a hold has lapsed. */
  readonly clock: Clock;
}

interface Seat {
  holderId: string;
  state: 'held' | 'booked';
  holdUntil: number;
}

/**
 * A {@link SlotStore} in process memory: each slot is an array of seats, and every call runs
 * to completion without awaiting, so one process never over-books. For one instance only
 * (tests, demos); several instances need `@kabinet/postgres`.
 *
 * @param options - the clock
 * @returns the store
 * @example
 * ```ts
 * import { createFakeClock } from '@kabinet/core/testing';
 * import { createMemorySlotStore } from '@kabinet/memory';
 * const slots = createMemorySlotStore({ clock: createFakeClock(Date.UTC(2027, 0, 10)) });
 * await slots.hold({ slotKey: 's1', holderId: 'apt_1', capacity: 1, holdUntil: Date.UTC(2027, 0, 10, 0, 10) }); // { seat: 0, state: 'held', … }
 * await slots.hold({ slotKey: 's1', holderId: 'apt_2', capacity: 1, holdUntil: Date.UTC(2027, 0, 10, 0, 10) }); // undefined
 * ```
 */
export function createMemorySlotStore(options: MemorySlotStoreOptions): SlotStore {
  const { clock } = options;
  const slots = new Map<string, (Seat | undefined)[]>();

  const live = (seat: Seat | undefined, now: number): seat is Seat =>
    seat !== undefined && (seat.state === 'booked' || seat.holdUntil > now);
  const view = (index: number, seat: Seat): SlotSeat =>
    seat.state === 'booked'
      ? { seat: index, state: 'booked' }
      : { seat: index, state: 'held', holdUntil: seat.holdUntil };
  const find = (slotKey: string, holderId: string, now: number): number =>
    (slots.get(slotKey) ?? []).findIndex((seat) => live(seat, now) && seat.holderId === holderId);

  return {
    async hold(request) {
      checkSlotHoldRequest(request);
      const now = clock.now();
      const seats = slots.get(request.slotKey) ?? [];
      slots.set(request.slotKey, seats);
      const own = find(request.slotKey, request.holderId, now);
      if (own >= 0) {
        const seat = seats[own]!;
        if (seat.state === 'held') seat.holdUntil = request.holdUntil;
        return view(own, seat);
      }
      for (let index = 0; index < request.capacity; index++) {
        if (live(seats[index], now)) continue;
        const seat: Seat = {
          holderId: request.holderId,
          state: 'held',
          holdUntil: request.holdUntil,
        };
        seats[index] = seat;
        return view(index, seat);
      }
      return undefined;
    },

    async book(slotKey, holderId) {
      checkSlotKey(slotKey, holderId);
      const index = find(slotKey, holderId, clock.now());
      if (index < 0) return false;
      slots.get(slotKey)![index]!.state = 'booked';
      return true;
    },

    async release(slotKey, holderId) {
      checkSlotKey(slotKey, holderId);
      const index = find(slotKey, holderId, clock.now());
      if (index < 0) return false;
      slots.get(slotKey)![index] = undefined;
      return true;
    },

    async seatOf(slotKey, holderId) {
      checkSlotKey(slotKey, holderId);
      const index = find(slotKey, holderId, clock.now());
      return index < 0 ? undefined : view(index, slots.get(slotKey)![index]!);
    },

    async taken(slotKeys) {
      const now = clock.now();
      const counts = new Map<string, number>();
      for (const slotKey of slotKeys) {
        checkSlotKey(slotKey);
        const count = (slots.get(slotKey) ?? []).filter((seat) => live(seat, now)).length;
        if (count > 0) counts.set(slotKey, count);
      }
      return counts;
    },
  };
}
