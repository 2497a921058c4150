import type { CounterStore } from '../counters/index.js';

/**
 * Options of {@link raceCounterIncrements}.
 *
 * @example
 * ```ts
 * const options: CounterRaceOptions = { ttlMs: 60_000 };
 * ```
 */
export interface CounterRaceOptions {
  /** Lifetime of the counter, long enough to outlive the race (default 600 000 ms). */
  readonly ttlMs?: number;
}

/**
 * What a race of parallel increments from two clients left behind. An atomic store ends with
 * `final === calls`, `lost === 0` and `distinct === calls` (every caller saw its own value,
 * 1..calls); a store that reads and then writes (lost updates) ends lower.
 *
 * @example
 * ```ts
 * const race: CounterRace = await raceCounterIncrements(a, b, 'otp-fail:+79161234567', 200);
 * if (!race.exact) console.error(`${race.lost} of ${race.calls} increments were lost`);
 * ```
 */
export interface CounterRace {
  /** How many increments were started (half through each client, alternating). */
  readonly calls: number;
  /** The counter's value read back through the second client afterwards (0 when absent). */
  readonly final: number;
  /** `calls - final`: increments that left no trace. */
  readonly lost: number;
  /** How many distinct values the callers were given. */
  readonly distinct: number;
  /** The values the callers were given, in ascending order. */
  readonly seen: readonly number[];
  /** Whether the race came out as an atomic store must: `final === calls` and every caller saw a distinct value of 1..calls. */
  readonly exact: boolean;
}

/**
 * Starts `calls` increments of one counter at once, alternating between two clients of the
 * same storage (two connections, two server instances), waits for all of them and reports
 * what was observed, without asserting anything. The S-9 case of the counter contract
 * asserts `exact` with it; an adapter's negative control runs a deliberately non-atomic
 * store (read, then write) through it and asserts that updates were lost, proving the race
 * is real.
 *
 * @param a - the first client
 * @param b - the second client (may be `a` itself for a one-client race)
 * @param key - a counter key no one else uses
 * @param calls - how many increments to start (a positive integer)
 * @param options - the counter's lifetime
 * @returns what the race left behind
 * @throws RangeError when `calls` is not a positive integer; rethrows what an increment throws
 * @example
 * ```ts
 * import { raceCounterIncrements } from '@kabinet/ports/contract';
 * const race = await raceCounterIncrements(instanceA, instanceB, 'otp-fail:+79161234567', 200);
 * expect(race).toMatchObject({ final: 200, lost: 0, distinct: 200, exact: true });
 * ```
 */
export async function raceCounterIncrements(
  a: CounterStore,
  b: CounterStore,
  key: string,
  calls: number,
  options: CounterRaceOptions = {},
): Promise<CounterRace> {
  if (!Number.isInteger(calls) || calls < 1)
    throw new RangeError(`calls must be a positive integer (got ${calls})`);
  const ttlMs = options.ttlMs ?? 600_000;
  const results = await Promise.all(
    Array.from({ length: calls }, (_, i) => (i % 2 === 0 ? a : b).increment(key, { ttlMs })),
  );
  const final = (await b.get(key))?.value ?? 0;
  const seen = results.map((r) => r.value).sort((x, y) => x - y);
  const distinct = new Set(seen).size;
  const exact = final === calls && seen.every((value, i) => value === i + 1);
  return { calls, final, lost: calls - final, distinct, seen, exact };
}
