// The negative control of the slot contract's race cases: a store that reads the taken seats,
// awaits (as a remote call would), then writes, must over-book under the same race, so the
// race cases can fail.
import { describe, expect, it } from 'vitest';
import type { SlotSeat, SlotStore } from '../slots/index.js';
import { raceSlotHolds } from './_lib/race-slot-holds.js';

function naiveSlotStore(): SlotStore {
  const seats = new Map<string, string[]>();
  const pause = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  return {
    async hold(request) {
      const taken = [...(seats.get(request.slotKey) ?? [])];
      await pause();
      if (taken.length >= request.capacity) return undefined;
      seats.set(request.slotKey, [...taken, request.holderId]);
      return { seat: taken.length, state: 'held', holdUntil: request.holdUntil } satisfies SlotSeat;
    },
    book: async () => true,
    release: async () => true,
    seatOf: async () => undefined,
    taken: async (keys) => new Map(keys.map((key) => [key, seats.get(key)?.length ?? 0])),
  };
}

describe('slot race negative control', () => {
  it('SVC-2: a read-then-write slot store hands out more seats than the capacity under the contract race', async () => {
    const race = await raceSlotHolds([naiveSlotStore()], {
      capacity: 1,
      contenders: 50,
      holdUntil: Date.now() + 60_000,
    });
    expect(race.granted).toBeGreaterThan(1);
  });
});
