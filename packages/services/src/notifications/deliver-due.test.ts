import { describe, expect, it } from 'vitest';
import type { Stored, StoreRecord, VersionedStore } from '@kabinet/ports';
import { makeNotificationsKit } from '../../test/notifications-kit.js';
import type { ServicesDeps } from '../context/services-deps.js';
import { NOTICE_COLLECTIONS, type DeliveryRecord, type NoticeRecord } from './notice-records.js';
import { defaultNotificationsPolicy } from './notifications-policy.js';

const MINUTE = 60_000;

async function deliveries(
  k: ReturnType<typeof makeNotificationsKit>,
  accountId = 'acc_1',
): Promise<Stored<DeliveryRecord>[]> {
  return [
    ...(
      await k.deps
        .versioned<DeliveryRecord>(NOTICE_COLLECTIONS.deliveries)
        .listByOwner(accountId, { limit: 100 })
    ).items,
  ];
}

async function centreSize(
  k: ReturnType<typeof makeNotificationsKit>,
  accountId = 'acc_1',
): Promise<number> {
  return (
    await k.deps
      .versioned<NoticeRecord>(NOTICE_COLLECTIONS.notices)
      .listByOwner(accountId, { limit: 100 })
  ).items.length;
}

describe('deliverDue', () => {
  it("NOTE-2: sends each due delivery once to the account's contact, purpose notice, keyed by the delivery id, with a text that only points to the centre", async () => {
    const k = makeNotificationsKit();
    await k.post({
      accountId: 'acc_1',
      kind: 'application',
      code: 'notice.application.approved',
      params: { number: 'A-2026-000123' },
    });
    const report = await k.centre.deliverDue();
    expect(report).toEqual({
      success: true,
      data: { materialised: 0, claimed: 2, sent: 2, retried: 0, failed: 0, errors: 0 },
    });
    const rows = await deliveries(k);
    expect(k.senders.sent.map((m) => [m.channel, m.to, m.purpose]).sort()).toEqual([
      ['email', 'one@example.com', 'notice'],
      ['push', 'acc_1', 'notice'],
    ]);
    expect(k.senders.sent.map((m) => m.idempotencyKey).sort()).toEqual(
      rows.map((d) => d.id).sort(),
    );
    for (const m of k.senders.sent) {
      expect(m.text).toContain('новое сообщение в личном кабинете');
      expect(m.text).not.toContain('A-2026-000123');
      expect(m.text).not.toContain('approved');
    }
    expect(
      rows.every(
        (d) =>
          d.state === 'sent' &&
          d.dueAt === undefined &&
          d.sentAt === k.clock.now() &&
          d.attempts === 1,
      ),
    ).toBe(true);
    expect(await k.centre.deliverDue()).toMatchObject({ data: { claimed: 0, sent: 0 } });
    expect(k.senders.sent.length).toBe(2);
    expect(k.journal.filter((e) => e.action === 'notice.delivery.sent').length).toBe(2);
    expect(JSON.stringify(k.journal)).not.toContain('one@example.com');
  });

  it("NOTE-2: the channel texts follow the user's language", async () => {
    const k = makeNotificationsKit();
    await k.centre.setPreferences({
      accountId: 'acc_1',
      locale: 'en',
      channels: { payment: ['sms'] },
    });
    await k.post({ accountId: 'acc_1', kind: 'payment', code: 'x' });
    await k.centre.deliverDue();
    expect(k.senders.sent).toMatchObject([
      {
        channel: 'sms',
        to: '+79161234567',
        text: 'You have a new message in your personal account. Read it under "Notifications".',
      },
    ]);
  });

  it('a retryable failure is rescheduled after the backoff (not a millisecond before), then sent; the last allowed try that fails marks it failed', async () => {
    const k = makeNotificationsKit({ policy: { ...defaultNotificationsPolicy, maxAttempts: 3 } });
    await k.centre.setPreferences({ accountId: 'acc_1', channels: { payment: ['sms'] } });
    await k.post({ accountId: 'acc_1', kind: 'payment', code: 'x' });
    k.senders.behave = () => ({ status: 'failed', reason: 'gateway_timeout', retryable: true });
    expect(await k.centre.deliverDue()).toMatchObject({ data: { claimed: 1, retried: 1 } });
    const [first] = await deliveries(k);
    expect(first).toMatchObject({
      state: 'pending',
      attempts: 1,
      lastError: 'gateway_timeout',
      dueAt: k.clock.now() + 30_000,
    });
    k.clock.advance(29_999);
    expect(await k.centre.deliverDue()).toMatchObject({ data: { claimed: 0 } });
    k.clock.advance(1);
    expect(await k.centre.deliverDue()).toMatchObject({ data: { claimed: 1, retried: 1 } });
    expect((await deliveries(k))[0]).toMatchObject({ attempts: 2, dueAt: k.clock.now() + 60_000 });
    k.clock.advance(60_000);
    expect(await k.centre.deliverDue()).toMatchObject({ data: { claimed: 1, failed: 1 } });
    expect((await deliveries(k))[0]).toMatchObject({ state: 'failed', attempts: 3 });
    expect((await deliveries(k))[0]!.dueAt).toBeUndefined();
    expect(
      k.journal.filter((e) => e.action.startsWith('notice.delivery.')).map((e) => e.action),
    ).toEqual([
      'notice.delivery.retry_scheduled',
      'notice.delivery.retry_scheduled',
      'notice.delivery.failed',
    ]);
  });

  it('a permanent failure is failed at once; a retry that then succeeds is sent', async () => {
    const k = makeNotificationsKit();
    await k.centre.setPreferences({ accountId: 'acc_1', channels: { payment: ['sms', 'email'] } });
    await k.post({ accountId: 'acc_1', kind: 'payment', code: 'x' });
    k.senders.behave = (m) =>
      m.channel === 'sms'
        ? { status: 'failed', reason: 'number_blocked', retryable: false }
        : { status: 'failed', reason: 'busy', retryable: true };
    expect(await k.centre.deliverDue()).toMatchObject({ data: { failed: 1, retried: 1 } });
    k.senders.behave = () => ({ status: 'sent' });
    k.clock.advance(30_000);
    expect(await k.centre.deliverDue()).toMatchObject({ data: { sent: 1 } });
    expect((await deliveries(k)).map((d) => [d.channel, d.state]).sort()).toEqual([
      ['email', 'sent'],
      ['sms', 'failed'],
    ]);
  });

  it('NOTE-1: without the contact a delivery fails (no_contact); a critical one goes out on the next critical channel that has one', async () => {
    const k = makeNotificationsKit();
    k.contacts.set('acc_1', { email: 'one@example.com' });
    await k.centre.setPreferences({
      accountId: 'acc_1',
      channels: { payment: ['sms'], security: ['sms'] },
    });
    await k.post({ accountId: 'acc_1', kind: 'payment', code: 'x' });
    await k.post({
      accountId: 'acc_1',
      kind: 'security',
      code: 'notice.security.password_changed',
      critical: true,
    });
    await k.centre.deliverDue();
    const rows = await deliveries(k);
    expect(
      rows.map((d) => [d.critical, d.state, d.sentOn ?? null, d.lastError ?? null]).sort(),
    ).toEqual([
      [false, 'failed', null, 'no_contact'],
      [true, 'sent', 'email', null],
    ]);
    expect(k.senders.sent.map((m) => [m.channel, m.to])).toEqual([['email', 'one@example.com']]);
  });

  it('a tick materialises due reminders into the centre and sends their deliveries in the same tick', async () => {
    const k = makeNotificationsKit();
    await k.post({
      accountId: 'acc_1',
      kind: 'appointment',
      code: 'notice.appointment.reminder',
      notBefore: k.clock.now() + 10 * MINUTE,
      key: 'apt_1',
    });
    expect(await k.centre.deliverDue()).toMatchObject({ data: { materialised: 0, claimed: 0 } });
    k.clock.advance(10 * MINUTE);
    expect(await k.centre.deliverDue()).toMatchObject({
      data: { materialised: 1, claimed: 2, sent: 2 },
    });
    expect(await centreSize(k)).toBe(1);
    expect(await k.centre.deliverDue()).toMatchObject({ data: { materialised: 0, claimed: 0 } });
  });

  it('NOTE-2 crash: the process dies after the gateway accepted (the sender throws after sending): nothing lost, re-sent once with the same key after the claim lapses, one notice in the centre', async () => {
    const k = makeNotificationsKit();
    await k.centre.setPreferences({ accountId: 'acc_1', channels: { support: ['sms'] } });
    await k.post({ accountId: 'acc_1', kind: 'support', code: 'x' });
    let crash = true;
    k.senders.behave = (m) => {
      if (crash) {
        crash = false;
        k.senders.sent.push(m);
        throw new Error('process killed');
      }
      return { status: 'sent' };
    };
    expect(await k.centre.deliverDue()).toMatchObject({ data: { claimed: 1, errors: 1 } });
    expect((await deliveries(k))[0]).toMatchObject({ state: 'sending', attempts: 1 });
    k.clock.advance(defaultNotificationsPolicy.claimLeaseMs - 1);
    expect(await k.centre.deliverDue()).toMatchObject({ data: { claimed: 0 } });
    k.clock.advance(1);
    expect(await k.centre.deliverDue()).toMatchObject({ data: { claimed: 1, sent: 1 } });
    const [row] = await deliveries(k);
    expect(row).toMatchObject({ state: 'sent', attempts: 2 });
    expect(k.senders.sent.map((m) => m.idempotencyKey)).toEqual([row!.id, row!.id]);
    expect(await centreSize(k)).toBe(1);
    expect(k.errors.length).toBe(1);
  });

  it('NOTE-2 crash: the mark after a send fails (killed between send and mark): re-sent with the same key once, then sent; the centre never duplicates', async () => {
    const k = makeNotificationsKit();
    await k.centre.setPreferences({ accountId: 'acc_1', channels: { support: ['email'] } });
    await k.post({ accountId: 'acc_1', kind: 'support', code: 'x' });
    let failMark = true;
    const units: ServicesDeps['units'] = {
      atomic: false,
      run: async (work) => {
        if (failMark) {
          failMark = false;
          throw new Error('killed before the mark');
        }
        return k.deps.units.run(work);
      },
    };
    const crashy = k.another({ ...k.deps, units });
    expect(await crashy.deliverDue()).toMatchObject({ data: { claimed: 1, errors: 1 } });
    k.clock.advance(defaultNotificationsPolicy.claimLeaseMs);
    expect(await k.centre.deliverDue()).toMatchObject({ data: { claimed: 1, sent: 1 } });
    const [row] = await deliveries(k);
    expect(k.senders.sent.map((m) => m.idempotencyKey)).toEqual([row!.id, row!.id]);
    expect(await centreSize(k)).toBe(1);
    expect(await k.centre.deliverDue()).toMatchObject({ data: { claimed: 0 } });
  });

  it('a sender that always throws stops at maxAttempts claims: the delivery is failed (attempts_exhausted)', async () => {
    const k = makeNotificationsKit({ policy: { ...defaultNotificationsPolicy, maxAttempts: 2 } });
    await k.centre.setPreferences({ accountId: 'acc_1', channels: { support: ['sms'] } });
    await k.post({ accountId: 'acc_1', kind: 'support', code: 'x' });
    k.senders.behave = () => {
      throw new Error('hangs up');
    };
    for (let i = 0; i < 3; i++) {
      await k.centre.deliverDue();
      k.clock.advance(defaultNotificationsPolicy.claimLeaseMs);
    }
    expect((await deliveries(k))[0]).toMatchObject({
      state: 'failed',
      lastError: 'attempts_exhausted',
      attempts: 3,
    });
    expect(await k.centre.deliverDue()).toMatchObject({ data: { claimed: 0 } });
  });

  it('two deliverers over one store send each delivery once (the claim is a version update)', async () => {
    const k = makeNotificationsKit();
    for (let i = 0; i < 20; i++)
      await k.post({ accountId: i % 2 === 0 ? 'acc_1' : 'acc_2', kind: 'support', code: `c${i}` });
    const other = k.another();
    const [a, b] = await Promise.all([
      k.centre.deliverDue({ limit: 100 }),
      other.deliverDue({ limit: 100 }),
    ]);
    const claimed = (a.success ? a.data.claimed : 0) + (b.success ? b.data.claimed : 0);
    expect(claimed).toBe(40);
    expect(a.success && b.success && a.data.claimed > 0 && b.data.claimed > 0).toBe(true);
    const keys = k.senders.sent.map((m) => m.idempotencyKey);
    expect(keys.length).toBe(40);
    expect(new Set(keys).size).toBe(40);
  });

  it('negative control: without the version check on the claim, two deliverers double-send', async () => {
    const k = makeNotificationsKit();
    for (let i = 0; i < 20; i++)
      await k.post({ accountId: 'acc_1', kind: 'support', code: `c${i}` });
    const blind = <T extends StoreRecord>(collection: string): VersionedStore<T> => {
      const store = k.deps.versioned<T>(collection);
      if (collection !== NOTICE_COLLECTIONS.deliveries) return store;
      // read-then-write: the version is whatever is there now, so a stale claim wins too
      return {
        ...store,
        update: async (record, _expected, options) =>
          store.update(record, (await store.get(record.id))!.version, options),
      };
    };
    const one = k.another({ ...k.deps, versioned: blind });
    const two = k.another({ ...k.deps, versioned: blind });
    await Promise.all([one.deliverDue({ limit: 100 }), two.deliverDue({ limit: 100 })]);
    expect(k.senders.sent.length).toBeGreaterThan(40);
  });

  it('startDelivery runs the tick on an interval until stopDelivery', async () => {
    const k = makeNotificationsKit();
    await k.post({ accountId: 'acc_1', kind: 'support', code: 'x' });
    k.centre.startDelivery({ intervalMs: 5 });
    for (let i = 0; i < 200 && k.senders.sent.length < 2; i++)
      await new Promise((r) => setTimeout(r, 5));
    await k.centre.stopDelivery();
    expect(k.senders.sent.length).toBe(2);
    await k.post({ accountId: 'acc_1', kind: 'support', code: 'y' });
    await new Promise((r) => setTimeout(r, 30));
    expect(k.senders.sent.length).toBe(2);
  });
});
