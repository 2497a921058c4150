import { fc } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresCounterStore } from '../src/counters/index.js';
import { createPostgresPaymentStore } from '../src/payments/index.js';
import { createPostgresSlotStore } from '../src/slots/index.js';
import { createPostgresVersionedStore } from '../src/store/index.js';
import { sweepExpired } from '../src/sweep/index.js';
import { openTestSchema, type TestDatabase } from './_lib/test-database.js';
import { createFakeClock } from '@kabinet/core/testing';

let db: TestDatabase;
beforeAll(async () => {
  db = await openTestSchema('sweep');
});
afterAll(async () => {
  await db.close();
});

const countRows = async (table: string): Promise<number> =>
  Number(
    (await db.pool.query<{ n: string }>(`SELECT count(*) AS n FROM "${db.schema}".${table}`))
      .rows[0]!.n,
  );

describe('sweepExpired', () => {
  it('deletes exactly the rows expired at now, in batches, with their keys; live rows and their keys stay (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 7 }),
        async (ttls, batchSize) => {
          await db.pool.query(
            `TRUNCATE "${db.schema}".kabinet_records CASCADE; TRUNCATE "${db.schema}".kabinet_counters`,
          );
          const clock = createFakeClock();
          const records = createPostgresVersionedStore<{ id: string; expiresAt?: number }>({
            pool: db.pool,
            collection: 'drafts',
            clock,
            schema: db.schema,
          });
          const counters = createPostgresCounterStore({ pool: db.pool, clock, schema: db.schema });
          for (const [i, ttl] of ttls.entries()) {
            await records.create(
              ttl === undefined ? { id: `r${i}` } : { id: `r${i}`, expiresAt: clock.now() + ttl },
              { uniqueKeys: [`k${i}`] },
            );
            await counters.increment(`c${i}`, { ttlMs: ttl ?? 1_000 });
          }
          const now = clock.now() + 25;
          const deadRecords = ttls.filter((t) => t !== undefined && t <= 25).length;
          const deadCounters = ttls.filter((t) => (t ?? 1_000) <= 25).length;
          const report = await sweepExpired(db.pool, now, { schema: db.schema, batchSize });
          expect(report).toEqual({
            records: deadRecords,
            counters: deadCounters,
            idempotencyKeys: 0,
            callbacks: 0,
            slotHolds: 0,
          });
          expect(await countRows('kabinet_records')).toBe(ttls.length - deadRecords);
          expect(await countRows('kabinet_record_keys')).toBe(ttls.length - deadRecords);
          expect(await countRows('kabinet_counters')).toBe(ttls.length - deadCounters);
          expect(await sweepExpired(db.pool, now, { schema: db.schema, batchSize })).toEqual({
            records: 0,
            counters: 0,
            idempotencyKeys: 0,
            callbacks: 0,
            slotHolds: 0,
          });
        },
      ),
      { numRuns: 15 },
    );
  });

  it('maxBatches bounds the work of one call', async () => {
    await db.pool.query(`TRUNCATE "${db.schema}".kabinet_counters`);
    const clock = createFakeClock();
    const counters = createPostgresCounterStore({ pool: db.pool, clock, schema: db.schema });
    for (let i = 0; i < 10; i++) await counters.increment(`m${i}`, { ttlMs: 1 });
    expect(
      await sweepExpired(db.pool, clock.now() + 1, {
        schema: db.schema,
        batchSize: 3,
        maxBatches: 2,
      }),
    ).toEqual({ records: 0, counters: 6, idempotencyKeys: 0, callbacks: 0, slotHolds: 0 });
  });

  it('sweeps expired idempotency keys and processed callbacks, and keeps the live ones', async () => {
    const clock = createFakeClock();
    const payments = createPostgresPaymentStore({ pool: db.pool, clock, schema: db.schema });
    const now = clock.now();
    for (const [i, ttl] of [10, 20, 1_000].entries()) {
      await payments.idempotency.claim({
        key: `idem_${i}`,
        fingerprint: 'f',
        resourceId: `pay_${i}`,
        createdAt: now,
        expiresAt: now + ttl,
      });
      await payments.callbacks.markProcessed({
        provider: 'sim',
        eventKey: `evt_${i}`,
        processedAt: now,
        expiresAt: now + ttl,
      });
    }
    const report = await sweepExpired(db.pool, now + 20, { schema: db.schema });
    expect(report).toMatchObject({ idempotencyKeys: 2, callbacks: 2 });
    expect(await countRows('kabinet_idempotency_keys')).toBe(1);
    expect(await countRows('kabinet_processed_callbacks')).toBe(1);
  });

  it('sweeps lapsed slot holds and keeps live holds and bookings', async () => {
    const clock = createFakeClock();
    const slots = createPostgresSlotStore({ pool: db.pool, clock, schema: db.schema });
    const now = clock.now();
    await slots.hold({ slotKey: 'sweep-1', holderId: 'a', capacity: 3, holdUntil: now + 10 });
    await slots.hold({ slotKey: 'sweep-1', holderId: 'b', capacity: 3, holdUntil: now + 1_000 });
    await slots.hold({ slotKey: 'sweep-1', holderId: 'c', capacity: 3, holdUntil: now + 10 });
    await slots.book('sweep-1', 'c');
    expect(await sweepExpired(db.pool, now + 20, { schema: db.schema })).toMatchObject({
      slotHolds: 1,
    });
    expect((await slots.taken(['sweep-1'])).get('sweep-1')).toBe(2);
    expect(await countRows('kabinet_slot_seats')).toBe(2);
  });

  it('refuses a batch size that is not a positive integer', async () => {
    await expect(
      sweepExpired(db.pool, 0, { schema: db.schema, batchSize: 0 }),
    ).rejects.toMatchObject({ code: 'ERR_INVALID_ARGUMENT' });
  });
});
