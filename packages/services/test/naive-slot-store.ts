// A slot store that reads the seats, yields, then writes: the double-booking bug the SlotStore
// port exists to prevent (Easy!Appointments' check-then-save). Only for negative controls.
import type { SlotSeat, SlotStore } from '@kabinet/ports';

export function naiveSlotStore(pauseMs = 0): SlotStore {
  const seats = new Map<string, Map<string, SlotSeat>>();
  const pause = (): Promise<void> =>
    new Promise((resolve) =>
      pauseMs === 0 ? setImmediate(resolve) : setTimeout(resolve, pauseMs),
    );
  return {
    async hold(request) {
      const taken = new Map(seats.get(request.slotKey) ?? []);
      await pause();
      const own = taken.get(request.holderId);
      if (own !== undefined) return own;
      if (taken.size >= request.capacity) return undefined;
      const seat: SlotSeat = { seat: taken.size, state: 'held', holdUntil: request.holdUntil };
      seats.set(
        request.slotKey,
        new Map([...(seats.get(request.slotKey) ?? []), [request.holderId, seat]]),
      );
      return seat;
    },
    async book(slotKey, holderId) {
      const seat = seats.get(slotKey)?.get(holderId);
      if (seat === undefined) return false;
      seats.get(slotKey)!.set(holderId, { seat: seat.seat, state: 'booked' });
      return true;
    },
    release: async (slotKey, holderId) => seats.get(slotKey)?.delete(holderId) ?? false,
    seatOf: async (slotKey, holderId) => seats.get(slotKey)?.get(holderId),
    taken: async (keys) =>
      new Map(keys.flatMap((k) => (seats.get(k)?.size ? [[k, seats.get(k)!.size] as const] : []))),
  };
}
