import type { SlotStore } from '../../slots/index.js';
import { uniqueName } from './unique-name.js';

/** What {@link raceSlotHolds} found. */
export interface SlotRace {
  /** Holds that returned a seat. */
  readonly granted: number;
  /** Seats the store reports taken afterwards. */
  readonly taken: number;
  /** The seat numbers handed out. */
  readonly seats: readonly number[];
}

/**
 * Starts `contenders` holds on one fresh slot at once, spread round-robin over the given
 * clients, and reports how many got a seat. The contract's race cases and the negative
 * control in `@kabinet/ports`' own tests share it.
 */
export async function raceSlotHolds(
  clients: readonly SlotStore[],
  options: { capacity: number; contenders: number; holdUntil: number },
): Promise<SlotRace> {
  const slotKey = uniqueName('race');
  const results = await Promise.all(
    Array.from({ length: options.contenders }, (_, i) =>
      clients[i % clients.length]!.hold({
        slotKey,
        holderId: `holder_${i}`,
        capacity: options.capacity,
        holdUntil: options.holdUntil,
      }),
    ),
  );
  const seats = results.flatMap((seat) => (seat === undefined ? [] : [seat.seat]));
  const taken = (await clients[0]!.taken([slotKey])).get(slotKey) ?? 0;
  return { granted: seats.length, taken, seats };
}
