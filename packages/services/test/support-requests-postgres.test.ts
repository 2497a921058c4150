// Support requests on the machine's PostgreSQL (SVC-3): two instances (separate pools, stores,
// units and services) open requests at once and no ticket number is handed out twice; two
// escalation ticks at once escalate each overdue request exactly once; a request, its queue
// entry, journal entry and notice commit in one transaction.
import { createJournalEnqueuer } from '@kabinet/audit';
import { createJournaledUnits } from '@kabinet/audit/units';
import { cryptoRandom, type Result } from '@kabinet/core';
import { createMemoryKeyProvider } from '@kabinet/memory';
import {
  createSupportRequests,
  type NoticeBoard,
  type NoticeDraft,
  type ServicesDeps,
  type SupportRequestRecord,
} from '@kabinet/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresStores } from '../../postgres/src/index.js';
import { openTestSchema, type TestDatabase } from '../../postgres/test/_lib/test-database.js';
import { createFakeClock, type FakeClock } from '@kabinet/core/testing';

let db: TestDatabase;
let clock: FakeClock;
const keys = createMemoryKeyProvider();
const H = 3_600_000;

function data<T>(r: Result<T>): T {
  if (!r.success) throw new Error(`expected success, got ${JSON.stringify(r.issues)}`);
  return r.data;
}

/** One application instance: its own pool, stores, atomic units and service; notices go to rows in the unit. */
function instance() {
  const backend = createPostgresStores({ pool: db.openPool(6), clock, schema: db.schema });
  const units = createJournaledUnits({
    unitOfWork: backend.unitOfWork!,
    enqueuer: createJournalEnqueuer({ keys, clock }),
  });
  const notices: NoticeBoard = {
    post: async (unit, draft: NoticeDraft) =>
      void (await unit
        .versioned<{ id: string; ownerId: string; code: string }>('test_support_notices')
        .create({
          id: `n_${cryptoRandom.int(2 ** 30)}_${cryptoRandom.int(2 ** 30)}`,
          ownerId: draft.accountId,
          code: draft.code,
        })),
    cancel: async () => false,
  };
  const deps: ServicesDeps = {
    versioned: backend.versioned,
    slots: backend.slots,
    blobs: backend.blobs,
    units,
    notices,
    clock,
    random: cryptoRandom,
  };
  return {
    backend,
    support: createSupportRequests(deps, {
      scanFile: async () => 'clean',
      policy: { conflictRetries: 20, numberRetries: 500 },
    }),
  };
}

beforeAll(async () => {
  db = await openTestSchema('support_requests');
  clock = createFakeClock(Date.UTC(2027, 0, 11, 6));
});
afterAll(async () => {
  await db.close();
});

describe('support requests on PostgreSQL', () => {
  it("SVC-3: two instances open 60 requests at once; every ticket number is unique and the day's counter has no duplicates", async () => {
    const a = instance();
    const b = instance();
    const opened = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        (i % 2 === 0 ? a : b).support.create({
          accountId: `acc_race_${i}`,
          topic: 'access',
          text: `request ${i}`,
        }),
      ),
    );
    const numbers = opened.map((r) => data(r).number);
    expect(new Set(numbers).size).toBe(60);
    for (const n of numbers) expect(n).toMatch(/^20270111-\d{4}$/);
    // Each number is held by exactly one stored request (the unique key `number:<n>`).
    for (const n of numbers.slice(0, 5))
      expect(
        (
          await a.backend
            .versioned<SupportRequestRecord>('support_requests')
            .findByKey(`number:${n}`)
        )?.number,
      ).toBe(n);
    // No request failed, so the counter handed out exactly 1…60: no gap and no repeat.
    expect([...numbers].sort()).toEqual(
      Array.from({ length: 60 }, (_, i) => `20270111-${String(i + 1).padStart(4, '0')}`),
    );
    expect(
      (
        await a.backend
          .versioned<{ id: string; last: number }>('support_request_counters')
          .get('day:20270111')
      )?.last,
    ).toBe(60);
  });

  it('SVC-3: two escalation ticks on two instances at once escalate each overdue request once', async () => {
    const a = instance();
    const b = instance();
    const ids: string[] = [];
    for (let i = 0; i < 20; i++)
      ids.push(
        data(await a.support.create({ accountId: `acc_tick_${i}`, topic: 'other', text: 'x' })).id,
      );
    clock.advance(48 * H - 1);
    expect(data(await b.support.escalateOverdue({ limit: 200 })).escalated).toBe(0);
    clock.advance(1);
    const [ra, rb] = await Promise.all([
      a.support.escalateOverdue({ limit: 200 }),
      b.support.escalateOverdue({ limit: 200 }),
    ]);
    // Both backlogs also hold the 60 requests of the first test (received at the same time).
    expect(data(ra).escalated + data(rb).escalated).toBe(80);
    const journaled = await db.pool.query(
      `SELECT count(*) AS n FROM "${db.schema}".kabinet_journal_outbox WHERE action = 'support_request.escalated'`,
    );
    expect(Number(journaled.rows[0]?.n)).toBe(80);
    const escalated = data(await a.support.listEscalated({ operatorId: 'op_1' }, { limit: 100 }));
    expect(escalated.items).toHaveLength(80);
    expect(new Set(escalated.items.map((i) => i.id)).size).toBe(80);
    expect(data(await b.support.escalateOverdue({ limit: 200 })).escalated).toBe(0);
  });
});
