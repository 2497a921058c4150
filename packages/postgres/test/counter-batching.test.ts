// Increments that wait for a statement share one (createPostgresCounterStore): each caller must
// get exactly what a statement of its own would have given — its own `now`, ttl, window and
// `by` — and one caller's fault must not fail the others of its batch.
import type { CounterState, CounterStore, IncrementOptions } from '@kabinet/ports';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresCounterStore } from '../src/counters/index.js';
import type { SqlPool } from '../src/pool/sql-pool.js';
import { TEST_DATABASE_URL, openTestSchema, type TestDatabase } from './_lib/test-database.js';
import { createFakeClock } from '@kabinet/core/testing';

let db: TestDatabase;
const pools: pg.Pool[] = [];
beforeAll(async () => {
  db = await openTestSchema('counter_batching');
});
afterAll(async () => {
  await Promise.all(pools.map((p) => p.end()));
  await db.close();
});

/** A pool of one connection that counts the statements sent through it. */
function countingPool(): { pool: SqlPool; statements: () => number } {
  const pool = new pg.Pool({ connectionString: TEST_DATABASE_URL, max: 1 });
  pool.on('error', () => {});
  pools.push(pool);
  let sent = 0;
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  (pool as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    sent += 1;
    return query(...args);
  };
  return { pool, statements: () => sent };
}

type Op = readonly [key: string, options: IncrementOptions, advanceMs: number];

describe('createPostgresCounterStore under load', () => {
  it('S-9: increments waiting for the one connection go out together, and every caller gets its own exact state', async () => {
    const clock = createFakeClock();
    const { pool, statements } = countingPool();
    const batched = createPostgresCounterStore({ pool, clock, schema: db.schema });
    const single = createPostgresCounterStore({ pool: db.pool, clock, schema: db.schema });
    const start = clock.now();
    const before = statements();
    const together = await history(batched, clock, 'b:', false);
    expect(statements() - before).toBeLessThan(HISTORY_STATEMENTS);
    clock.set(start + 3_600_000);
    const alone = await history(single, clock, 'r:', true);
    const relative = (states: readonly CounterState[], t0: number) =>
      states.map((s) => ({ value: s.value, expiresIn: s.expiresAt - t0 }));
    expect(relative(together, start)).toEqual(relative(alone, start + 3_600_000));
  });

  it('increments of one key in one burst all count (each key at most once per statement)', async () => {
    const { pool } = countingPool();
    const counters = createPostgresCounterStore({
      pool,
      clock: createFakeClock(),
      schema: db.schema,
    });
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) => counters.increment(`burst:${i % 3}`, { ttlMs: 60_000 })),
    );
    for (let k = 0; k < 3; k++) {
      const values = answers.filter((_, i) => i % 3 === k).map((s) => s.value);
      expect(values.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    }
  });

  it('one increment the database refuses (a value overflowing) fails alone; the rest of its batch counts', async () => {
    const { pool } = countingPool();
    const counters = createPostgresCounterStore({
      pool,
      clock: createFakeClock(),
      schema: db.schema,
    });
    await counters.raiseTo('o:big', 1.7e308, 60_000);
    const blocker = counters.increment('o:first', { ttlMs: 60_000 });
    const answers = await Promise.allSettled([
      counters.increment('o:a', { ttlMs: 60_000 }),
      counters.increment('o:big', { ttlMs: 60_000, by: 1e308 }),
      counters.increment('o:b', { ttlMs: 60_000, by: 2 }),
    ]);
    await blocker;
    expect(answers[0]).toMatchObject({ status: 'fulfilled', value: { value: 1 } });
    expect(answers[1]).toMatchObject({ status: 'rejected', reason: { code: 'ERR_STORE' } });
    expect(answers[2]).toMatchObject({ status: 'fulfilled', value: { value: 2 } });
    expect(await counters.get('o:big')).toMatchObject({ value: 1.7e308 });
  });
});

/** Statements the history would take with one statement per call. */
const HISTORY_STATEMENTS = 9;

/**
 * Live, expired and absent counters, fixed and sliding windows, fractions and several calls per
 * key, the clock moving between calls. The last six calls are made at once (`awaitEach` false:
 * each takes the clock's now when made, then they wait for the connection together) or one at
 * a time; returns the answers to those six.
 */
async function history(
  store: CounterStore,
  clock: ReturnType<typeof createFakeClock>,
  prefix: string,
  awaitEach: boolean,
): Promise<CounterState[]> {
  await store.increment(`${prefix}live`, { ttlMs: 10_000, by: 2 });
  await store.increment(`${prefix}slide`, { ttlMs: 10_000 });
  await store.increment(`${prefix}expired`, { ttlMs: 1_000, by: 7 });
  clock.advance(5_000);
  const ops: Op[] = [
    [`${prefix}live`, { ttlMs: 10_000 }, 0],
    [`${prefix}slide`, { ttlMs: 3_000, window: 'sliding' }, 1],
    [`${prefix}expired`, { ttlMs: 4_000, by: 0.5 }, 2],
    [`${prefix}new`, { ttlMs: 2_000, by: -3 }, 3],
    [`${prefix}live`, { ttlMs: 10_000, by: 1.25 }, 5],
    [`${prefix}new`, { ttlMs: 2_000, window: 'sliding' }, 8],
  ];
  const answers: Promise<CounterState>[] = [];
  for (const [key, options, advanceMs] of ops) {
    clock.advance(advanceMs);
    const answer = store.increment(key, options);
    answers.push(awaitEach ? Promise.resolve(await answer) : answer);
  }
  return Promise.all(answers);
}
