// Memory and speed of the in-memory counter store (report `memory-counters`): bytes per tracked
// identifier for 1,000,000 identifiers, and increments per second, against simpler layouts and
// rate-limiter-flexible's RateLimiterMemory measured in the same run.
// Run with `pnpm bench memory` (the runner passes --expose-gc).
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { opsPerSecond, writeReport, type Metric } from '../../../bench/_lib/report.js';
import { createMemoryCounterStore } from '../src/counters/create-memory-counter-store.js';
import { createFakeClock } from '@kabinet/core/testing';

const N = 1_000_000;
const TTL_MS = 24 * 60 * 60_000;
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with --expose-gc (pnpm bench memory does)');

/** A realistic identifier: an attempt counter keyed by phone number. */
const keyOf = (i: number): string => `otp-fail:+7916${String(i).padStart(7, '0')}`;

/** Heap plus ArrayBuffer memory (typed arrays live outside the JS heap), after full GCs. */
function usedBytes(): number {
  gc!();
  gc!();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

/** Bytes per identifier of whatever `build` keeps alive for N identifiers (keys included). */
async function bytesPerIdentifier(build: () => Promise<unknown>): Promise<number> {
  const before = usedBytes();
  const kept = await build();
  const after = usedBytes();
  // Keep the structure reachable until measured.
  if (kept === undefined) throw new Error('nothing built');
  return (after - before) / N;
}

/** A counter layout to compare: increment of an existing or new key. */
interface Layout {
  increment(key: string): Promise<void>;
}

/** One object per key in a Map (the obvious layout). */
function objectPerKey(now: () => number): Layout {
  const map = new Map<string, { value: number; expiresAt: number }>();
  return {
    async increment(key) {
      const t = now();
      const entry = map.get(key);
      if (entry !== undefined && t < entry.expiresAt) entry.value += 1;
      else map.set(key, { value: 1, expiresAt: t + TTL_MS });
    },
  };
}

/** Two Maps: values and expiries. */
function twoMaps(now: () => number): Layout {
  const values = new Map<string, number>();
  const expiries = new Map<string, number>();
  return {
    async increment(key) {
      const t = now();
      const expiresAt = expiries.get(key);
      if (expiresAt !== undefined && t < expiresAt) values.set(key, values.get(key)! + 1);
      else {
        values.set(key, 1);
        expiries.set(key, t + TTL_MS);
      }
    },
  };
}

async function fill(layout: Layout): Promise<Layout> {
  for (let i = 0; i < N; i++) await layout.increment(keyOf(i));
  return layout;
}

const clock = createFakeClock();
const now = (): number => clock.now();

// Key strings alone (held by an exactly sized array: 8 B of pointer each, subtracted), so the
// table can say what the layout itself costs.
const keyBytes =
  (await bytesPerIdentifier(async () => {
    const held = new Array<string>(N);
    for (let i = 0; i < N; i++) held[i] = keyOf(i);
    return held;
  })) - 8;
const kabinetBytes = await bytesPerIdentifier(async () => {
  const store = createMemoryCounterStore({ clock, sweepEvery: 10 * N });
  for (let i = 0; i < N; i++) await store.increment(keyOf(i), { ttlMs: TTL_MS });
  if (store.size !== N) throw new Error(`expected ${N} counters, got ${store.size}`);
  return store;
});
const objectBytes = await bytesPerIdentifier(() => fill(objectPerKey(now)));
const twoMapBytes = await bytesPerIdentifier(() => fill(twoMaps(now)));
const rlfBytes = await bytesPerIdentifier(async () => {
  const limiter = new RateLimiterMemory({ points: 1_000_000_000, duration: TTL_MS / 1000 });
  for (let i = 0; i < N; i++) await limiter.consume(keyOf(i));
  return limiter;
});

// Increments of existing identifiers, spread over the 1,000,000 tracked ones.
const store = createMemoryCounterStore({ clock, sweepEvery: 10 * N });
const keys = Array.from({ length: N }, (_, i) => keyOf(i));
for (const key of keys) await store.increment(key, { ttlMs: TTL_MS });
let i = 0;
const kabinetOps = await opsPerSecond('memory-counters.increment', () =>
  store.increment(keys[i++ % N]!, { ttlMs: TTL_MS }),
);
const naive = await fill(objectPerKey(now));
let j = 0;
const objectOps = await opsPerSecond('object-per-key.increment', () =>
  naive.increment(keys[j++ % N]!),
);
const limiter = new RateLimiterMemory({ points: 1_000_000_000, duration: TTL_MS / 1000 });
for (const key of keys) await limiter.consume(key);
let k = 0;
const rlfOps = await opsPerSecond('rate-limiter-flexible.consume', () =>
  limiter.consume(keys[k++ % N]!),
);

const metrics: Metric[] = [
  {
    name: 'bytes per tracked identifier (1,000,000 ids, key string included)',
    value: kabinetBytes,
    unit: 'B',
    better: 'lower',
    peers: {
      'Map of {value, expiresAt} objects': objectBytes,
      'two Maps (values, expiries)': twoMapBytes,
      'rate-limiter-flexible 11.4.0 RateLimiterMemory': rlfBytes,
    },
    note: `the ${keyOf(0).length}-character key string alone costs ${keyBytes.toFixed(1)} B of each figure`,
  },
  {
    name: 'bytes per tracked identifier, layout only (key string excluded)',
    value: kabinetBytes - keyBytes,
    unit: 'B',
    better: 'lower',
    peers: {
      'Map of {value, expiresAt} objects': objectBytes - keyBytes,
      'two Maps (values, expiries)': twoMapBytes - keyBytes,
      'rate-limiter-flexible 11.4.0 RateLimiterMemory': rlfBytes - keyBytes,
    },
  },
  {
    name: 'increments/s over 1,000,000 tracked identifiers',
    value: kabinetOps,
    unit: 'ops/s',
    better: 'higher',
    peers: {
      'Map of {value, expiresAt} objects': objectOps,
      'rate-limiter-flexible 11.4.0 RateLimiterMemory': rlfOps,
    },
  },
];

writeReport(
  'memory-counters',
  'Memory: counter store footprint and speed',
  metrics,
  [
    'Bytes are `heapUsed + arrayBuffers` from `process.memoryUsage()` after two forced GCs, before and after building the',
    'structure; typed-array storage lives outside the JS heap, so `heapUsed` alone would hide it. Kabinet keeps one `Map` from',
    'key to slot and one packed `Float64Array` of `[value, expiresAt]` pairs: no object and no boxed expiry per identifier,',
    'and no timer per identifier (rate-limiter-flexible arms an unref’d `setTimeout` per key). Increments are awaited one by',
    'one, as callers do.',
  ].join('\n'),
);
