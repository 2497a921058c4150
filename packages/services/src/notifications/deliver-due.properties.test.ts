import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { DeliveryResult } from '@kabinet/ports';
import { makeNotificationsKit } from '../../test/notifications-kit.js';
import { NOTICE_COLLECTIONS, type DeliveryRecord, type NoticeRecord } from './notice-records.js';
import { defaultNotificationsPolicy } from './notifications-policy.js';

type Outcome = 'sent' | 'retryable' | 'permanent' | 'crash';
type Step =
  | { readonly do: 'post'; readonly account: 0 | 1; readonly reminderIn: number }
  | { readonly do: 'tick'; readonly by: 0 | 1 }
  | { readonly do: 'advance'; readonly ms: number }
  | { readonly do: 'read'; readonly account: 0 | 1 };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    do: fc.constant('post' as const),
    account: fc.constantFrom(0 as const, 1 as const),
    reminderIn: fc.constantFrom(0, 0, 60_000, 3_600_000),
  }),
  fc.record({ do: fc.constant('tick' as const), by: fc.constantFrom(0 as const, 1 as const) }),
  fc.record({
    do: fc.constant('advance' as const),
    ms: fc.constantFrom(1_000, 30_000, 120_000, 3_600_000),
  }),
  fc.record({ do: fc.constant('read' as const), account: fc.constantFrom(0 as const, 1 as const) }),
);
const policy = { ...defaultNotificationsPolicy, maxAttempts: 3 };

describe('deliverDue (model property)', () => {
  test.prop(
    [
      fc.array(step, { minLength: 1, maxLength: 40 }),
      fc.array(fc.constantFrom<Outcome>('sent', 'sent', 'retryable', 'permanent', 'crash'), {
        minLength: 1,
        maxLength: 30,
      }),
    ],
    { numRuns: 60 },
  )(
    'NOTE-1, NOTE-2: under any posts, reminders, ticks on two instances, reads, time and gateway outcomes (incl. crashes after sending), every notice is in the centre once, every delivery ends sent or failed, and nothing is sent more often than claimed',
    async (steps, outcomes) => {
      const k = makeNotificationsKit({ policy });
      const accounts = ['acc_1', 'acc_2'] as const;
      const instances = [k.centre, k.another()];
      let next = 0;
      const sendsByKey = new Map<string, number>();
      k.senders.behave = (m) => {
        sendsByKey.set(m.idempotencyKey ?? '', (sendsByKey.get(m.idempotencyKey ?? '') ?? 0) + 1);
        const outcome = outcomes[next++ % outcomes.length]!;
        if (outcome === 'crash') {
          k.senders.sent.push(m);
          throw new Error('killed after the gateway accepted');
        }
        const result: DeliveryResult =
          outcome === 'sent'
            ? { status: 'sent' }
            : { status: 'failed', reason: outcome, retryable: outcome === 'retryable' };
        return result;
      };
      let posted = 0;
      for (const s of steps) {
        if (s.do === 'post') {
          posted += 1;
          await k.post({
            accountId: accounts[s.account],
            kind: 'support',
            code: `c${posted}`,
            ...(s.reminderIn > 0 ? { notBefore: k.clock.now() + s.reminderIn } : {}),
          });
        } else if (s.do === 'tick') await instances[s.by]!.deliverDue();
        else if (s.do === 'advance') k.clock.advance(s.ms);
        else await instances[0]!.list({ accountId: accounts[s.account] });
      }
      // Then the gateway recovers and time runs until nothing is due.
      k.senders.behave = (m) => {
        sendsByKey.set(m.idempotencyKey ?? '', (sendsByKey.get(m.idempotencyKey ?? '') ?? 0) + 1);
        return { status: 'sent' };
      };
      for (let i = 0; i < 20; i++) {
        k.clock.advance(policy.maxBackoffMs);
        await Promise.all(instances.map((c) => c.deliverDue({ limit: 1_000 })));
      }
      const notices: NoticeRecord[] = [];
      const deliveries: DeliveryRecord[] = [];
      for (const a of accounts) {
        notices.push(
          ...(
            await k.deps
              .versioned<NoticeRecord>(NOTICE_COLLECTIONS.notices)
              .listByOwner(a, { limit: 1_000 })
          ).items,
        );
        deliveries.push(
          ...(
            await k.deps
              .versioned<DeliveryRecord>(NOTICE_COLLECTIONS.deliveries)
              .listByOwner(a, { limit: 1_000 })
          ).items,
        );
      }
      expect(notices.length).toBe(posted);
      expect(new Set(notices.map((n) => n.code)).size).toBe(posted);
      expect(deliveries.length).toBe(2 * posted);
      for (const d of deliveries) {
        expect(['sent', 'failed']).toContain(d.state);
        expect(d.dueAt).toBeUndefined();
        expect(sendsByKey.get(d.id) ?? 0).toBeLessThanOrEqual(d.attempts);
        if (d.state === 'sent') expect(sendsByKey.get(d.id) ?? 0).toBeGreaterThanOrEqual(1);
        if (d.state === 'failed')
          expect(['permanent', 'retryable', 'attempts_exhausted']).toContain(d.lastError);
      }
    },
  );
});
