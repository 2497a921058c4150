import { fc, test } from '@fast-check/vitest';
import type { Result } from '@kabinet/core';
import { describe, expect, it } from 'vitest';
import { makeServicesKit } from '../../test/kit.js';
import { createSupportRequests } from './create-support-requests.js';

const H = 3_600_000;
const OP = { operatorId: 'op_7' };

function data<T>(r: Result<T>): T {
  if (!r.success) throw new Error(`expected success, got ${JSON.stringify(r.issues)}`);
  return r.data;
}

function setup(seed?: number) {
  const kit = makeServicesKit(seed === undefined ? {} : { seed });
  return { kit, support: createSupportRequests(kit.deps, { scanFile: async () => 'clean' }) };
}

describe('escalateOverdue', () => {
  it('SVC-3: not escalated at 48 h − 1 ms; escalated at exactly 48 h, journaled, notified, once', async () => {
    const { kit, support } = setup();
    const r = data(await support.create({ accountId: 'acc_1', topic: 'access', text: 'Помогите' }));
    kit.clock.advance(48 * H - 1);
    expect(data(await support.escalateOverdue({ limit: 10 }))).toEqual({
      escalated: 0,
      closed: 0,
      more: false,
    });
    expect(data(await support.get({ accountId: 'acc_1', requestId: r.id })).escalated).toBe(false);
    kit.clock.advance(1);
    expect(data(await support.escalateOverdue({ limit: 10 }))).toEqual({
      escalated: 1,
      closed: 0,
      more: false,
    });
    const after = data(await support.get({ accountId: 'acc_1', requestId: r.id }));
    expect(after).toMatchObject({
      status: 'received',
      escalated: true,
      escalatedAt: kit.clock.now(),
    });
    expect(after.messages.at(-1)).toMatchObject({
      author: 'system',
      code: 'support_request.system.escalated',
    });
    expect(kit.journal.at(-1)).toMatchObject({
      actor: { type: 'system', id: 'support_requests' },
      action: 'support_request.escalated',
      payload: { overdueMs: 0 },
    });
    expect(kit.posted.at(-1)).toMatchObject({
      code: 'notice.support_request.escalated',
      accountId: 'acc_1',
    });
    kit.clock.advance(H);
    expect(data(await support.escalateOverdue({ limit: 10 }))).toEqual({
      escalated: 0,
      closed: 0,
      more: false,
    });
    expect(kit.journal.filter((e) => e.action === 'support_request.escalated')).toHaveLength(1);
  });

  it('SVC-3: time spent waiting for the user does not count: 10 h, then 100 h waiting, then escalated only 38 h after the reply', async () => {
    const { kit, support } = setup();
    const r = data(
      await support.create({ accountId: 'acc_1', topic: 'documents', text: 'Вопрос' }),
    );
    kit.clock.advance(10 * H);
    data(await support.operatorReply(OP, { requestId: r.id, text: 'Уточните', awaitUser: true }));
    kit.clock.advance(100 * H);
    expect(data(await support.escalateOverdue({ limit: 10 })).escalated).toBe(0);
    data(await support.reply({ accountId: 'acc_1', requestId: r.id, text: 'Уточняю' }));
    kit.clock.advance(38 * H - 1);
    expect(data(await support.escalateOverdue({ limit: 10 })).escalated).toBe(0);
    kit.clock.advance(1);
    expect(data(await support.escalateOverdue({ limit: 10 })).escalated).toBe(1);
  });

  it('a resolved request is never escalated; the tick closes it when the reopen window ends', async () => {
    const { kit, support } = setup();
    const r = data(await support.create({ accountId: 'acc_1', topic: 'other', text: 'x' }));
    data(await support.resolve(OP, { requestId: r.id, resolution: 'Готово' }));
    kit.clock.advance(7 * 24 * H - 1);
    expect(data(await support.escalateOverdue({ limit: 10 }))).toEqual({
      escalated: 0,
      closed: 0,
      more: false,
    });
    kit.clock.advance(1);
    expect(data(await support.escalateOverdue({ limit: 10 }))).toEqual({
      escalated: 0,
      closed: 1,
      more: false,
    });
    expect(data(await support.get({ accountId: 'acc_1', requestId: r.id }))).toMatchObject({
      status: 'closed',
      closedAt: kit.clock.now(),
    });
    expect(kit.posted.at(-1)).toMatchObject({ code: 'notice.support_request.closed' });
  });

  it('works through a backlog a page at a time and says when more is left', async () => {
    const { kit, support } = setup();
    for (let i = 0; i < 5; i++)
      data(await support.create({ accountId: `acc_${i}`, topic: 'other', text: 'x' }));
    kit.clock.advance(48 * H);
    expect(data(await support.escalateOverdue({ limit: 2 }))).toEqual({
      escalated: 2,
      closed: 0,
      more: true,
    });
    expect(data(await support.escalateOverdue({ limit: 2 }))).toEqual({
      escalated: 2,
      closed: 0,
      more: true,
    });
    expect(data(await support.escalateOverdue({ limit: 2 }))).toEqual({
      escalated: 1,
      closed: 0,
      more: false,
    });
    expect(await support.escalateOverdue({ limit: 0 })).toMatchObject({
      success: false,
      issues: [{ code: 'input.too_small', path: ['limit'] }],
    });
  });

  it('SVC-3: two ticks at once escalate each request once', async () => {
    const { kit, support } = setup();
    for (let i = 0; i < 6; i++)
      data(await support.create({ accountId: `acc_${i}`, topic: 'other', text: 'x' }));
    kit.clock.advance(48 * H);
    const [a, b] = await Promise.all([
      support.escalateOverdue({ limit: 10 }),
      support.escalateOverdue({ limit: 10 }),
    ]);
    expect(data(a).escalated + data(b).escalated).toBe(6);
    expect(kit.journal.filter((e) => e.action === 'support_request.escalated')).toHaveLength(6);
  });
});

describe('the operator queue', () => {
  it('SVC-3: escalated requests first, then open ones by deadline, then those waiting for the user; listEscalated is the first band', async () => {
    const { kit, support } = setup();
    const a = data(await support.create({ accountId: 'acc_a', topic: 'other', text: 'a' }));
    kit.clock.advance(H);
    const b = data(await support.create({ accountId: 'acc_b', topic: 'other', text: 'b' }));
    kit.clock.advance(H);
    const c = data(await support.create({ accountId: 'acc_c', topic: 'other', text: 'c' }));
    data(await support.operatorReply(OP, { requestId: a.id, text: '?', awaitUser: true }));
    kit.clock.advance(47 * H); // b is past its deadline (received 1 h after a), c is not
    data(await support.escalateOverdue({ limit: 10 }));
    const d = data(await support.create({ accountId: 'acc_d', topic: 'other', text: 'd' }));
    const queue = data(await support.queue(OP, { limit: 10 }));
    expect(queue.items.map((i) => [i.number, i.escalated])).toEqual([
      [b.number, true],
      [c.number, false],
      [d.number, false],
      [a.number, false],
    ]);
    expect(queue.items[0]).toMatchObject({ accountId: 'acc_b' });
    expect(data(await support.listEscalated(OP, {})).items.map((i) => i.id)).toEqual([b.id]);
    data(await support.resolve(OP, { requestId: b.id, resolution: 'ok' }));
    expect(data(await support.listEscalated(OP)).items).toEqual([]);
    const paged = data(await support.queue(OP, { limit: 2 }));
    expect(paged.items.map((i) => i.id)).toEqual([c.id, d.id]);
    expect(
      data(await support.queue(OP, { limit: 2, after: paged.nextCursor })).items.map((i) => i.id),
    ).toEqual([a.id]);
  });

  test.prop(
    [
      fc.array(
        fc.tuple(
          fc.integer({ min: 0, max: 3 }),
          fc.constantFrom('reply', 'ask', 'answer', 'resolve', 'tick', 'wait'),
          fc.integer({ min: 0, max: 30 * H }),
        ),
        { minLength: 1, maxLength: 25 },
      ),
    ],
    { numRuns: 40 },
  )(
    'the queue holds exactly the open requests, escalated ones before the rest, waiting ones last',
    async (steps) => {
      const { kit, support } = setup(7);
      const ids: string[] = [];
      for (let i = 0; i < 4; i++)
        ids.push(
          data(await support.create({ accountId: `acc_${i}`, topic: 'other', text: 'x' })).id,
        );
      for (const [i, step, gap] of steps) {
        const requestId = ids[i]!;
        kit.clock.advance(gap);
        if (step === 'reply') await support.operatorReply(OP, { requestId, text: 'r' });
        if (step === 'ask')
          await support.operatorReply(OP, { requestId, text: 'q', awaitUser: true });
        if (step === 'answer') await support.reply({ accountId: `acc_${i}`, requestId, text: 'a' });
        if (step === 'resolve') await support.resolve(OP, { requestId, resolution: 'done' });
        if (step === 'tick') await support.escalateOverdue({ limit: 10 });
      }
      const all = await Promise.all(
        ids.map(async (id, i) => data(await support.get({ accountId: `acc_${i}`, requestId: id }))),
      );
      const open = all.filter(
        (r) =>
          r.status === 'received' || r.status === 'in_progress' || r.status === 'waiting_for_user',
      );
      const queue = data(await support.queue(OP, { limit: 10 })).items;
      expect(queue.map((q) => q.id).sort()).toEqual(open.map((r) => r.id).sort());
      const rank = (q: (typeof queue)[number]) =>
        q.status === 'waiting_for_user' ? 2 : q.escalated ? 0 : 1;
      for (let k = 1; k < queue.length; k++)
        expect(rank(queue[k - 1]!)).toBeLessThanOrEqual(rank(queue[k]!));
      // Every open request that is running past its deadline is either escalated or waits for the next tick.
      for (const r of open)
        if (
          r.status !== 'waiting_for_user' &&
          !r.escalated &&
          r.deadlineAt !== undefined &&
          r.deadlineAt <= kit.clock.now()
        ) {
          expect(data(await support.escalateOverdue({ limit: 10 })).escalated).toBeGreaterThan(0);
          break;
        }
    },
  );
});
