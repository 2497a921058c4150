// The notice board and the notification centre's delivery on the machine's PostgreSQL
// (NOTE-1, NOTE-2): a notice commits with the caller's change or not at all; two deliverers on
// separate pools send each delivery once; a crash between send and mark re-sends that one
// delivery with the same key and never duplicates the centre; a due reminder materialised by two
// instances at once appears once.
import { createJournalEnqueuer } from '@kabinet/audit';
import { createJournaledUnits } from '@kabinet/audit/units';
import { cryptoRandom } from '@kabinet/core';
import { createMemoryKeyProvider } from '@kabinet/memory';
import type { DeliveryResult, Senders } from '@kabinet/ports';
import {
  createNoticeBoard,
  createNotificationCentre,
  NOTICE_COLLECTIONS,
  type DeliveryRecord,
  type NoticeBoard,
  type NoticeDraft,
  type NoticeRecord,
  type ServicesDeps,
} from '@kabinet/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresStores } from '../../postgres/src/index.js';
import { openTestSchema, type TestDatabase } from '../../postgres/test/_lib/test-database.js';
import { createFakeClock, type FakeClock } from '@kabinet/core/testing';

let db: TestDatabase;
let clock: FakeClock;
const keys = createMemoryKeyProvider();

interface Sent {
  readonly key: string | undefined;
  readonly to: string;
}

/** Senders shared by every instance (one gateway), recording what was accepted. */
function gateway() {
  const sent: Sent[] = [];
  let behave: (m: Sent) => DeliveryResult = () => ({ status: 'sent' });
  const record = async (m: Sent): Promise<DeliveryResult> => {
    // a small pause so two deliverers really interleave
    await new Promise((r) => setTimeout(r, 1));
    const result = behave(m);
    if (result.status === 'sent') sent.push(m);
    return result;
  };
  const senders: Senders = {
    sms: { send: (m) => record({ key: m.idempotencyKey, to: m.to }) },
    email: { send: (m) => record({ key: m.idempotencyKey, to: m.to }) },
    push: { send: (m) => record({ key: m.idempotencyKey, to: m.accountId }) },
  };
  return { senders, sent, set: (b: typeof behave) => void (behave = b) };
}

/** One application instance: its own pool, stores, atomic units, board and centre. */
function instance(senders: Senders, onError: (e: unknown) => void = () => {}) {
  const backend = createPostgresStores({ pool: db.openPool(4), clock, schema: db.schema });
  const units = createJournaledUnits({
    unitOfWork: backend.unitOfWork!,
    enqueuer: createJournalEnqueuer({ keys, clock }),
  });
  const base: Omit<ServicesDeps, 'notices'> = {
    versioned: backend.versioned,
    slots: backend.slots,
    blobs: backend.blobs,
    units,
    clock,
    random: cryptoRandom,
  };
  const board: NoticeBoard = createNoticeBoard(base);
  const centre = createNotificationCentre(base, {
    senders,
    contacts: async (id) => ({
      phone: `+7916${id.slice(-7).padStart(7, '0')}`,
      email: `${id}@example.com`,
    }),
    onError,
  });
  const post = (draft: NoticeDraft) => units.run((unit) => board.post(unit, draft));
  return { backend, units, board, centre, post };
}

beforeAll(async () => {
  db = await openTestSchema('notifications');
  clock = createFakeClock(Date.UTC(2027, 0, 11, 6));
});
afterAll(async () => {
  await db.close();
});

describe('notifications on PostgreSQL', () => {
  it("NOTE-2: a notice commits with the caller's change or not at all (a unit that fails after posting leaves no row and no delivery)", async () => {
    const { senders } = gateway();
    const a = instance(senders);
    await expect(
      a.units.run(async (unit) => {
        await a.board.post(unit, {
          accountId: 'acc_rollback',
          kind: 'application',
          code: 'notice.application.submitted',
        });
        throw new Error('the step failed after posting');
      }),
    ).rejects.toThrow('the step failed');
    expect(
      (
        await a.backend
          .versioned<NoticeRecord>(NOTICE_COLLECTIONS.notices)
          .listByOwner('acc_rollback', { limit: 5 })
      ).items,
    ).toEqual([]);
    expect(
      (
        await a.backend
          .versioned<DeliveryRecord>(NOTICE_COLLECTIONS.deliveries)
          .listByOwner('acc_rollback', { limit: 5 })
      ).items,
    ).toEqual([]);
    await a.post({
      accountId: 'acc_rollback',
      kind: 'application',
      code: 'notice.application.submitted',
    });
    expect(
      (
        await a.backend
          .versioned<NoticeRecord>(NOTICE_COLLECTIONS.notices)
          .listByOwner('acc_rollback', { limit: 5 })
      ).items.length,
    ).toBe(1);
  });

  it('NOTE-1: two deliverers on separate pools send each of 60 deliveries exactly once', async () => {
    const g = gateway();
    const a = instance(g.senders);
    const b = instance(g.senders);
    await a.centre.deliverDue({ limit: 200 }); // what earlier tests left pending
    g.sent.length = 0;
    for (let i = 0; i < 30; i++)
      await a.post({ accountId: `acc_race_${i % 3}`, kind: 'application', code: `c${i}` });
    const [ra, rb] = await Promise.all([
      a.centre.deliverDue({ limit: 200 }),
      b.centre.deliverDue({ limit: 200 }),
    ]);
    const claimed = (ra.success ? ra.data.claimed : 0) + (rb.success ? rb.data.claimed : 0);
    const mine = g.sent;
    expect(claimed).toBe(60);
    expect(mine.length).toBe(60);
    expect(new Set(mine.map((m) => m.key)).size).toBe(60);
    for (let i = 0; i < 3; i++) {
      const rows = (
        await a.backend
          .versioned<DeliveryRecord>(NOTICE_COLLECTIONS.deliveries)
          .listByOwner(`acc_race_${i}`, { limit: 100 })
      ).items;
      expect(rows.length).toBe(20);
      expect(rows.every((d) => d.state === 'sent' && d.attempts === 1)).toBe(true);
    }
  });

  it("NOTE-2: killed between the gateway's acceptance and the mark: the other instance re-sends that one delivery with the same key after the claim lapses; one notice in the centre", async () => {
    const g = gateway();
    const errors: unknown[] = [];
    const a = instance(g.senders, (e) => errors.push(e));
    const b = instance(g.senders);
    await a.post({ accountId: 'acc_crash', kind: 'support', code: 'notice.support.replied' });
    let crash = 2;
    g.set((m) => {
      if (crash > 0) {
        crash -= 1;
        g.sent.push(m);
        throw new Error('process killed after the gateway accepted');
      }
      return { status: 'sent' };
    });
    expect(await a.centre.deliverDue()).toMatchObject({
      success: true,
      data: { claimed: 2, errors: 2 },
    });
    expect(await b.centre.deliverDue()).toMatchObject({ success: true, data: { claimed: 0 } });
    clock.advance(120_000);
    expect(await b.centre.deliverDue()).toMatchObject({
      success: true,
      data: { claimed: 2, sent: 2 },
    });
    const rows = (
      await b.backend
        .versioned<DeliveryRecord>(NOTICE_COLLECTIONS.deliveries)
        .listByOwner('acc_crash', { limit: 5 })
    ).items;
    expect(rows.map((d) => [d.state, d.attempts])).toEqual([
      ['sent', 2],
      ['sent', 2],
    ]);
    const keysSent = g.sent.map((m) => m.key).sort();
    expect(keysSent).toEqual([...rows.map((d) => d.id), ...rows.map((d) => d.id)].sort());
    const page = await b.centre.list({ accountId: 'acc_crash' });
    expect(page.success && page.data.items.length).toBe(1);
    expect(errors.length).toBe(2);
  });

  it('a due reminder materialised by two instances at once (tick and centre) appears once, and a key replaces a pending one', async () => {
    const g = gateway();
    const a = instance(g.senders);
    const b = instance(g.senders);
    const due = clock.now() + 86_400_000;
    await a.post({
      accountId: 'acc_remind',
      kind: 'appointment',
      code: 'first',
      notBefore: due,
      key: 'apt_1',
    });
    await b.post({
      accountId: 'acc_remind',
      kind: 'appointment',
      code: 'second',
      notBefore: due,
      key: 'apt_1',
    });
    clock.advance(86_400_000);
    await Promise.all([
      a.centre.deliverDue(),
      b.centre.deliverDue(),
      a.centre.list({ accountId: 'acc_remind' }),
      b.centre.list({ accountId: 'acc_remind' }),
    ]);
    const page = await a.centre.list({ accountId: 'acc_remind' });
    expect(page.success && page.data.items.map((n) => n.text)).toEqual(['Новое сообщение']);
    const rows = (
      await a.backend
        .versioned<NoticeRecord>(NOTICE_COLLECTIONS.notices)
        .listByOwner('acc_remind', { limit: 5 })
    ).items;
    expect(rows.map((n) => n.code)).toEqual(['second']);
  });

  it('preferences and reads are durable: another instance sees them', async () => {
    const g = gateway();
    const a = instance(g.senders);
    const b = instance(g.senders);
    expect(
      (
        await a.centre.setPreferences({
          accountId: 'acc_prefs',
          channels: { payment: ['push'] },
          locale: 'en',
        })
      ).success,
    ).toBe(true);
    await a.post({ accountId: 'acc_prefs', kind: 'payment', code: 'x' });
    const listed = await b.centre.list({ accountId: 'acc_prefs' });
    expect(listed.success && listed.data.unread).toBe(1);
    const id = listed.success ? listed.data.items[0]!.id : '';
    await b.centre.markRead({ accountId: 'acc_prefs', noticeId: id });
    const again = await a.centre.list({ accountId: 'acc_prefs' });
    expect(again.success && [again.data.unread, again.data.items[0]!.text]).toEqual([
      0,
      'New message',
    ]);
    const rows = (
      await a.backend
        .versioned<DeliveryRecord>(NOTICE_COLLECTIONS.deliveries)
        .listByOwner('acc_prefs', { limit: 5 })
    ).items;
    expect(rows.map((d) => d.channel)).toEqual(['push']);
  });
});
