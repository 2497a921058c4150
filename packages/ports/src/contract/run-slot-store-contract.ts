import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SlotStore } from '../slots/index.js';
import { expectKabinetError } from './_lib/expect-conflict.js';
import { moveClockTo } from './_lib/move-clock.js';
import { raceSlotHolds } from './_lib/race-slot-holds.js';
import { uniqueName } from './_lib/unique-name.js';
import { required, useHandles } from './_lib/use-handles.js';
import type { StoreContractOptions } from './store-contract-types.js';

const MINUTE = 60_000;

/**
 * Registers the vitest cases every {@link SlotStore} adapter must pass (SVC-2): seats up to
 * the capacity and no further, one seat per holder, holds that lapse on their own and are
 * taken by the next claim, bookings that outlive the hold, release, counts, misuse, a model
 * property over random operation sequences, and races: 50 contenders for one seat get exactly
 * one (on a peer client too when the backend has one). Uses `handles.slots` (required).
 *
 * @param options - the backend, its factory and its capabilities
 * @returns nothing; the cases are registered in the calling test file
 * @example
 * ```ts
 * import { runSlotStoreContract } from '@kabinet/ports/contract';
 * runSlotStoreContract({
 *   name: 'memory',
 *   create: async () => { const clock = createFakeClock(); return { clock, slots: createMemorySlotStore({ clock }) }; },
 *   capabilities: { realConcurrency: false, ttlPrecisionMs: 0, durable: false },
 * });
 * ```
 */
export function runSlotStoreContract(options: StoreContractOptions): void {
  const numRuns = Math.min(options.numRuns ?? 100, 40);
  describe(`${options.name}: SlotStore contract`, () => {
    const handles = useHandles(options);
    const slots = (): SlotStore => required(handles().slots, 'handles.slots', options.name);
    const later = (minutes: number): number => handles().clock.now() + minutes * MINUTE;

    it('SVC-2: seats go up to the capacity, then a hold is refused', async () => {
      const slotKey = uniqueName('slot');
      const seats = [];
      for (const holderId of ['a', 'b', 'c'])
        seats.push(await slots().hold({ slotKey, holderId, capacity: 2, holdUntil: later(10) }));
      expect(seats.map((s) => s?.seat)).toEqual([0, 1, undefined]);
      expect(seats[0]).toMatchObject({ state: 'held', holdUntil: later(10) });
      expect((await slots().taken([slotKey])).get(slotKey)).toBe(2);
    });

    it('SVC-2: a holder asking again gets its own seat back, with the new hold time', async () => {
      const slotKey = uniqueName('slot');
      const first = await slots().hold({
        slotKey,
        holderId: 'a',
        capacity: 3,
        holdUntil: later(5),
      });
      const again = await slots().hold({
        slotKey,
        holderId: 'a',
        capacity: 3,
        holdUntil: later(8),
      });
      expect(again).toEqual({ seat: first!.seat, state: 'held', holdUntil: later(8) });
      expect((await slots().taken([slotKey])).get(slotKey)).toBe(1);
    });

    it('SVC-2: a lapsed hold is free for the next claim; its holder can no longer book', async () => {
      const h = handles();
      const slotKey = uniqueName('slot');
      const until = later(5);
      await slots().hold({ slotKey, holderId: 'a', capacity: 1, holdUntil: until });
      expect(
        await slots().hold({ slotKey, holderId: 'b', capacity: 1, holdUntil: later(10) }),
      ).toBeUndefined();
      await moveClockTo(h.clock, until);
      expect(await slots().seatOf(slotKey, 'a')).toBeUndefined();
      expect(
        await slots().hold({ slotKey, holderId: 'b', capacity: 1, holdUntil: later(10) }),
      ).toMatchObject({ seat: 0, state: 'held' });
      expect(await slots().book(slotKey, 'a')).toBe(false);
      expect(await slots().book(slotKey, 'b')).toBe(true);
    });

    it('SVC-2: a booking outlives its hold time until released; release frees the seat', async () => {
      const h = handles();
      const slotKey = uniqueName('slot');
      const until = later(5);
      await slots().hold({ slotKey, holderId: 'a', capacity: 1, holdUntil: until });
      expect(await slots().book(slotKey, 'a')).toBe(true);
      expect(await slots().book(slotKey, 'a')).toBe(true);
      await moveClockTo(h.clock, until + MINUTE);
      expect(await slots().seatOf(slotKey, 'a')).toEqual({ seat: 0, state: 'booked' });
      expect(
        await slots().hold({ slotKey, holderId: 'b', capacity: 1, holdUntil: later(10) }),
      ).toBeUndefined();
      expect(
        await slots().hold({ slotKey, holderId: 'a', capacity: 1, holdUntil: later(10) }),
      ).toEqual({ seat: 0, state: 'booked' });
      expect(await slots().release(slotKey, 'a')).toBe(true);
      expect(await slots().release(slotKey, 'a')).toBe(false);
      expect(
        await slots().hold({ slotKey, holderId: 'b', capacity: 1, holdUntil: later(10) }),
      ).toMatchObject({ seat: 0 });
    });

    it('taken counts booked seats and live holds of each slot asked; slots with none are absent', async () => {
      const h = handles();
      const [s1, s2, s3] = [uniqueName('slot'), uniqueName('slot'), uniqueName('slot')];
      await slots().hold({ slotKey: s1, holderId: 'a', capacity: 4, holdUntil: later(5) });
      await slots().hold({ slotKey: s1, holderId: 'b', capacity: 4, holdUntil: later(1) });
      await slots().hold({ slotKey: s2, holderId: 'a', capacity: 4, holdUntil: later(1) });
      await slots().book(s2, 'a');
      await moveClockTo(h.clock, later(2));
      const taken = await slots().taken([s1, s2, s3]);
      expect([...taken.entries()].sort()).toEqual(
        [
          [s1, 1],
          [s2, 1],
        ].sort(),
      );
      expect((await slots().taken([])).size).toBe(0);
    });

    it('misuse is ERR_INVALID_ARGUMENT: empty key or holder, capacity not a positive integer, non-finite time', async () => {
      await expectKabinetError(
        slots().hold({ slotKey: '', holderId: 'a', capacity: 1, holdUntil: later(1) }),
        'ERR_INVALID_ARGUMENT',
      );
      await expectKabinetError(
        slots().hold({ slotKey: 's', holderId: '', capacity: 1, holdUntil: later(1) }),
        'ERR_INVALID_ARGUMENT',
      );
      await expectKabinetError(
        slots().hold({ slotKey: 's', holderId: 'a', capacity: 0, holdUntil: later(1) }),
        'ERR_INVALID_ARGUMENT',
      );
      await expectKabinetError(
        slots().hold({ slotKey: 's', holderId: 'a', capacity: 1.5, holdUntil: later(1) }),
        'ERR_INVALID_ARGUMENT',
      );
      await expectKabinetError(
        slots().hold({ slotKey: 's', holderId: 'a', capacity: 1, holdUntil: Number.NaN }),
        'ERR_INVALID_ARGUMENT',
      );
      await expectKabinetError(slots().book('', 'a'), 'ERR_INVALID_ARGUMENT');
      await expectKabinetError(slots().release('s', ''), 'ERR_INVALID_ARGUMENT');
      await expectKabinetError(slots().taken(['']), 'ERR_INVALID_ARGUMENT');
    });

    it('SVC-2: any sequence of holds, bookings, releases and clock moves agrees with a model of seats (property)', async () => {
      type Op =
        | { kind: 'hold'; holder: number; minutes: number }
        | { kind: 'book' | 'release'; holder: number }
        | { kind: 'wait'; minutes: number };
      const opArb: fc.Arbitrary<Op> = fc.oneof(
        fc.record({
          kind: fc.constant('hold' as const),
          holder: fc.nat(4),
          minutes: fc.integer({ min: 1, max: 6 }),
        }),
        fc.record({
          kind: fc.constantFrom('book' as const, 'release' as const),
          holder: fc.nat(4),
        }),
        fc.record({ kind: fc.constant('wait' as const), minutes: fc.integer({ min: 1, max: 4 }) }),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: 3 }),
          fc.array(opArb, { maxLength: 25 }),
          async (capacity, ops) => {
            const h = handles();
            const slotKey = uniqueName('slot');
            const model = new Map<string, { state: 'held' | 'booked'; until: number }>();
            const live = (now: number) =>
              [...model.entries()].filter(([, s]) => s.state === 'booked' || s.until > now);
            for (const op of ops) {
              const now = h.clock.now();
              if (op.kind === 'wait') {
                await moveClockTo(h.clock, now + op.minutes * MINUTE);
                continue;
              }
              const holderId = `h${op.holder}`;
              const mine = live(now).find(([id]) => id === holderId)?.[1];
              if (op.kind === 'hold') {
                const until = now + op.minutes * MINUTE;
                const got = await slots().hold({ slotKey, holderId, capacity, holdUntil: until });
                if (mine !== undefined) {
                  if (mine.state === 'held') mine.until = until;
                  expect(got?.state).toBe(mine.state);
                } else if (live(now).length < capacity) {
                  expect(got).toMatchObject({ state: 'held', holdUntil: until });
                  model.set(holderId, { state: 'held', until });
                } else {
                  expect(got).toBeUndefined();
                }
              } else if (op.kind === 'book') {
                expect(await slots().book(slotKey, holderId)).toBe(mine !== undefined);
                if (mine !== undefined) mine.state = 'booked';
              } else {
                expect(await slots().release(slotKey, holderId)).toBe(mine !== undefined);
                model.delete(holderId);
              }
              expect((await slots().taken([slotKey])).get(slotKey) ?? 0).toBe(
                live(h.clock.now()).length,
              );
              expect(live(h.clock.now()).length).toBeLessThanOrEqual(capacity);
            }
          },
        ),
        { numRuns },
      );
    });

    it('SVC-2: 50 contenders for a one-seat slot: exactly one gets it, and 50 for a three-seat slot: exactly three', async () => {
      for (const capacity of [1, 3]) {
        const race = await raceSlotHolds([slots()], {
          capacity,
          contenders: 50,
          holdUntil: later(10),
        });
        expect(race.granted).toBe(capacity);
        expect(race.taken).toBe(capacity);
        expect(new Set(race.seats)).toEqual(new Set(Array.from({ length: capacity }, (_, i) => i)));
      }
    });

    it('SVC-2: contenders split between this client and a peer client still get exactly the capacity', async () => {
      const peer = await handles().openPeer?.();
      try {
        const other = peer?.slots;
        if (other === undefined) {
          expect(options.capabilities.realConcurrency).toBe(false);
          return;
        }
        const race = await raceSlotHolds([slots(), other], {
          capacity: 2,
          contenders: 50,
          holdUntil: later(10),
        });
        expect(race.granted).toBe(2);
        expect(race.taken).toBe(2);
      } finally {
        await peer?.dispose?.();
      }
    });
  });
}
