// The races of the contract are real on PostgreSQL: the same race run through deliberately
// broken adapters over separate pools must lose updates, or the contract could not fail.
import { type Clock } from '@kabinet/core';
import type { CounterState, CounterStore } from '@kabinet/ports';
import { raceCounterIncrements } from '@kabinet/ports/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlPool } from '../src/pool/sql-pool.js';
import { createPostgresCounterStore } from '../src/counters/index.js';
import { openTestSchema, type TestDatabase } from './_lib/test-database.js';
import { createFakeClock } from '@kabinet/core/testing';

let db: TestDatabase;
beforeAll(async () => {
  db = await openTestSchema('negative');
});
afterAll(async () => {
  await db.close();
});

/** A counter that reads, then writes: the bug the S-9 statement shape rules out. */
function readThenWriteCounter(pool: SqlPool, schema: string, clock: Clock): CounterStore {
  const table = `"${schema}".kabinet_counters`;
  const get = async (key: string): Promise<CounterState | undefined> => {
    const row = (
      await pool.query<{ value: number; expires_at: number }>(
        `SELECT value, expires_at FROM ${table} WHERE key = $1 AND expires_at > $2`,
        [key, clock.now()],
      )
    ).rows[0];
    return row === undefined ? undefined : { value: row.value, expiresAt: row.expires_at };
  };
  return {
    get,
    async increment(key, options) {
      const current = await get(key);
      const next = {
        value: (current?.value ?? 0) + (options.by ?? 1),
        expiresAt: current?.expiresAt ?? clock.now() + options.ttlMs,
      };
      await pool.query(
        `INSERT INTO ${table} (key, value, expires_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`,
        [key, next.value, next.expiresAt],
      );
      return next;
    },
    async raiseTo() {
      throw new Error('not used');
    },
    async reset(key) {
      await pool.query(`DELETE FROM ${table} WHERE key = $1`, [key]);
    },
  };
}

describe('negative controls on PostgreSQL', () => {
  it('S-9 negative control: a read-then-write counter on two pools loses increments in the race the contract runs', async () => {
    const clock = createFakeClock();
    const race = await raceCounterIncrements(
      readThenWriteCounter(db.openPool(), db.schema, clock),
      readThenWriteCounter(db.openPool(), db.schema, clock),
      'naive',
      200,
    );
    expect(race.exact).toBe(false);
    expect(race.lost).toBeGreaterThan(0);
  });

  it('S-9: the real counter on the same two pools counts every increment', async () => {
    const clock = createFakeClock();
    const a = createPostgresCounterStore({ pool: db.openPool(), clock, schema: db.schema });
    const b = createPostgresCounterStore({ pool: db.openPool(), clock, schema: db.schema });
    expect(await raceCounterIncrements(a, b, 'atomic', 200)).toMatchObject({
      exact: true,
      lost: 0,
      final: 200,
    });
  });
});
