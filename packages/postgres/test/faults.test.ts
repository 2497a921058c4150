// Infrastructure faults end as KabinetError ERR_UNAVAILABLE (HTTP 503 with Retry-After), never
// as a hang or a generic error, and the store recovers once the fault is gone.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresCounterStore } from '../src/counters/index.js';
import { createPostgresVersionedStore } from '../src/store/index.js';
import { openTestSchema, TEST_DATABASE_URL, type TestDatabase } from './_lib/test-database.js';
import { createFakeClock } from '@kabinet/core/testing';

let db: TestDatabase;
const extraPools: pg.Pool[] = [];
beforeAll(async () => {
  db = await openTestSchema('faults');
});
afterAll(async () => {
  await Promise.all(extraPools.map((p) => p.end().catch(() => {})));
  await db.close();
});

function poolWith(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool({ connectionString: TEST_DATABASE_URL, ...config });
  pool.on('error', () => {});
  extraPools.push(pool);
  return pool;
}

describe('faults', () => {
  it('fail closed: an exhausted pool answers ERR_UNAVAILABLE with retryAfterSeconds after the connect timeout, not a hang', async () => {
    const pool = poolWith({ max: 1, connectionTimeoutMillis: 300 });
    const held = await pool.connect();
    try {
      const counters = createPostgresCounterStore({
        pool,
        clock: createFakeClock(),
        schema: db.schema,
      });
      const started = Date.now();
      const error = await counters.increment('busy', { ttlMs: 1_000 }).catch((e: unknown) => e);
      expect(error).toMatchObject({
        code: 'ERR_UNAVAILABLE',
        details: { retryAfterSeconds: expect.any(Number) },
      });
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      held.release();
    }
  });

  it('fail closed: a statement over statement_timeout (a row held by another transaction) is ERR_UNAVAILABLE and changes nothing', async () => {
    const clock = createFakeClock();
    const store = createPostgresVersionedStore<{ id: string; n: number }>({
      pool: db.pool,
      collection: 'held',
      clock,
      schema: db.schema,
    });
    const created = await store.create({ id: 'r1', n: 1 });
    const blocker = await db.pool.connect();
    await blocker.query('BEGIN');
    await blocker.query(
      `SELECT 1 FROM "${db.schema}".kabinet_records WHERE collection = 'held' AND id = 'r1' FOR UPDATE`,
    );
    try {
      const slowPool = poolWith({ max: 2, statement_timeout: 300 });
      const slow = createPostgresVersionedStore<{ id: string; n: number }>({
        pool: slowPool,
        collection: 'held',
        clock,
        schema: db.schema,
      });
      await expect(slow.update({ id: 'r1', n: 2 }, created.version)).rejects.toMatchObject({
        code: 'ERR_UNAVAILABLE',
        details: { sqlState: '57014' },
      });
    } finally {
      await blocker.query('ROLLBACK');
      blocker.release();
    }
    expect(await store.get('r1')).toEqual({ id: 'r1', n: 1, version: 1 });
  });

  it('fail closed: connections killed by the server (a restart, as the client sees it) fail with ERR_UNAVAILABLE, and the pool recovers with no acknowledged write lost', async () => {
    const name = `kabinet-fault-${randomBytes(4).toString('hex')}`;
    const pool = poolWith({ max: 4, application_name: name });
    const clock = createFakeClock();
    const counters = createPostgresCounterStore({ pool, clock, schema: db.schema });
    const admin = db.openPool(1);
    let acknowledged = 0;
    let unavailable = 0;
    const writers = Array.from({ length: 4 }, async () => {
      for (let i = 0; i < 60; i++) {
        try {
          await counters.increment('restart', { ttlMs: 60_000 });
          acknowledged += 1;
        } catch (error) {
          expect(error).toMatchObject({ code: 'ERR_UNAVAILABLE' });
          unavailable += 1;
        }
      }
    });
    const killer = (async () => {
      for (let round = 0; round < 3; round++) {
        await new Promise((resolve) => setTimeout(resolve, 15));
        await admin.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1',
          [name],
        );
      }
    })();
    await Promise.all([...writers, killer]);
    expect(unavailable).toBeGreaterThan(0);
    // Every acknowledged increment is in the counter; an unacknowledged one may or may not be.
    const state = await counters.get('restart');
    expect(state!.value).toBeGreaterThanOrEqual(acknowledged);
    expect(state!.value).toBeLessThanOrEqual(acknowledged + unavailable);
    // Recovered: the next call succeeds.
    await expect(counters.increment('restart', { ttlMs: 60_000 })).resolves.toMatchObject({
      value: state!.value + 1,
    });
  });

  it('fail closed: an unreachable server is ERR_UNAVAILABLE quickly', async () => {
    const pool = poolWith({
      connectionString: 'postgresql://postgres@127.0.0.1:1/test',
      connectionTimeoutMillis: 1_000,
    });
    const store = createPostgresVersionedStore({
      pool,
      collection: 'x',
      clock: createFakeClock(),
      schema: db.schema,
    });
    await expect(store.get('a')).rejects.toMatchObject({ code: 'ERR_UNAVAILABLE' });
  });
});
