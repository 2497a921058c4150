import { describe, expect, it } from 'vitest';
import { fc } from '@fast-check/vitest';
import { KabinetError } from '@kabinet/core';
import { makeServicesKit } from '../../test/kit.js';
import { createNoticeBoard } from './create-notice-board.js';
import type { NoticeDraft } from './notice-board.js';
import {
  NOTICE_COLLECTIONS,
  type DeliveryRecord,
  type NoticeRecord,
  type PreferencesRecord,
  type ReminderRecord,
} from './notice-records.js';

const HOUR = 3_600_000;

function setup() {
  const kit = makeServicesKit({ notices: (base) => createNoticeBoard(base) });
  const notices = kit.deps.versioned<NoticeRecord>(NOTICE_COLLECTIONS.notices);
  const deliveries = kit.deps.versioned<DeliveryRecord>(NOTICE_COLLECTIONS.deliveries);
  const reminders = kit.deps.versioned<ReminderRecord>(NOTICE_COLLECTIONS.reminders);
  const post = (draft: NoticeDraft) =>
    kit.deps.units.run((unit) => kit.deps.notices.post(unit, draft));
  const cancel = (accountId: string, key: string) =>
    kit.deps.units.run((unit) => kit.deps.notices.cancel(unit, accountId, key));
  const inbox = async (accountId: string) =>
    (await notices.listByOwner(accountId, { limit: 100 })).items;
  const outbox = async (accountId: string) =>
    (await deliveries.listByOwner(accountId, { limit: 100 })).items;
  return { kit, notices, deliveries, reminders, post, cancel, inbox, outbox };
}

describe('createNoticeBoard', () => {
  it("NOTE-2: a post puts one unread row in the account's centre with its code, params and subject, and journals notice.posted", async () => {
    const { kit, post, inbox } = setup();
    await post({
      accountId: 'acc_1',
      kind: 'application',
      code: 'notice.application.submitted',
      params: { number: 'A-1' },
      subject: { type: 'application', id: 'app_1' },
    });
    const [row, ...rest] = await inbox('acc_1');
    expect(rest).toEqual([]);
    expect(row).toMatchObject({
      ownerId: 'acc_1',
      kind: 'application',
      code: 'notice.application.submitted',
      params: { number: 'A-1' },
      subject: { type: 'application', id: 'app_1' },
      critical: false,
      readAt: null,
      createdAt: kit.clock.now(),
    });
    expect(await inbox('acc_2')).toEqual([]);
    expect(kit.journal.map((e) => e.action)).toEqual(['notice.posted']);
    expect(kit.journal[0]!.payload).toMatchObject({
      noticeId: row!.id,
      channels: ['email', 'push'],
    });
  });

  it('NOTE-1: one pending delivery per channel of the default policy, due now, its id derived from the notice', async () => {
    const { kit, post, inbox, outbox } = setup();
    await post({ accountId: 'acc_1', kind: 'security', code: 'notice.security.login' });
    const [notice] = await inbox('acc_1');
    const rows = await outbox('acc_1');
    expect(rows.map((d) => d.channel).sort()).toEqual(['email', 'sms']);
    for (const d of rows) {
      expect(d).toMatchObject({
        noticeId: notice!.id,
        state: 'pending',
        attempts: 0,
        dueAt: kit.clock.now(),
      });
      expect(d.id).toBe(`ndl_${notice!.id.slice(4)}_${d.channel}`);
    }
  });

  it("NOTE-1: the user's preferences choose the channels; an empty choice announces nothing but the centre still has it", async () => {
    const { kit, post, inbox, outbox } = setup();
    const prefs: PreferencesRecord = {
      id: 'acc_1',
      ownerId: 'acc_1',
      channels: {
        application: ['push'],
        appointment: [],
        payment: [],
        support: [],
        security: ['email'],
      },
      locale: 'en',
      updatedAt: 0,
    };
    await kit.deps.versioned<PreferencesRecord>(NOTICE_COLLECTIONS.preferences).create(prefs);
    await post({ accountId: 'acc_1', kind: 'application', code: 'a' });
    await post({ accountId: 'acc_1', kind: 'payment', code: 'b' });
    expect((await inbox('acc_1')).length).toBe(2);
    expect((await outbox('acc_1')).map((d) => d.channel)).toEqual(['push']);
  });

  it('NOTE-1: a critical notice of a kind with no channel goes to the first critical channel', async () => {
    const { kit, post, outbox } = setup();
    await kit.deps.versioned<PreferencesRecord>(NOTICE_COLLECTIONS.preferences).create({
      id: 'acc_1',
      ownerId: 'acc_1',
      channels: {
        application: [],
        appointment: [],
        payment: [],
        support: [],
        security: ['push'],
      },
      locale: 'ru',
      updatedAt: 0,
    });
    await post({ accountId: 'acc_1', kind: 'payment', code: 'c', critical: true });
    expect((await outbox('acc_1')).map((d) => [d.channel, d.critical])).toEqual([['sms', true]]);
  });

  it('NOTE-2: an announced notice (already sent by its poster) is kept in the centre with no delivery', async () => {
    const { post, inbox, outbox } = setup();
    await post({
      accountId: 'acc_1',
      kind: 'security',
      code: 'notice.password_changed',
      critical: true,
      announced: true,
    });
    expect((await inbox('acc_1')).map((n) => [n.code, n.critical])).toEqual([
      ['notice.password_changed', true],
    ]);
    expect(await outbox('acc_1')).toEqual([]);
  });

  it('a reminder (notBefore in the future) is pending: nothing in the centre, no delivery, a reminder due then; notBefore exactly now posts at once', async () => {
    const { kit, post, inbox, outbox, reminders } = setup();
    const due = kit.clock.now() + 24 * HOUR;
    await post({
      accountId: 'acc_1',
      kind: 'appointment',
      code: 'notice.appointment.reminder',
      notBefore: due,
      key: 'apt_1:reminder',
    });
    expect(await inbox('acc_1')).toEqual([]);
    expect(await outbox('acc_1')).toEqual([]);
    const pending = (await reminders.listDue(due, { limit: 5 })).items;
    expect(pending).toMatchObject([{ ownerId: 'acc_1', dueAt: due, key: 'apt_1:reminder' }]);
    expect((await reminders.listDue(due - 1, { limit: 5 })).items).toEqual([]);
    expect(kit.journal.map((e) => e.action)).toEqual(['notice.scheduled']);
    await post({
      accountId: 'acc_1',
      kind: 'appointment',
      code: 'now',
      notBefore: kit.clock.now(),
    });
    expect((await inbox('acc_1')).map((n) => n.code)).toEqual(['now']);
  });

  it('a key replaces the pending reminder, cancel withdraws it once, and keys are per account', async () => {
    const { kit, post, cancel, reminders } = setup();
    const t = kit.clock.now();
    await post({
      accountId: 'acc_1',
      kind: 'appointment',
      code: 'first',
      notBefore: t + HOUR,
      key: 'k',
    });
    await post({
      accountId: 'acc_2',
      kind: 'appointment',
      code: 'other',
      notBefore: t + HOUR,
      key: 'k',
    });
    await post({
      accountId: 'acc_1',
      kind: 'appointment',
      code: 'second',
      notBefore: t + 2 * HOUR,
      key: 'k',
    });
    const all = async () =>
      (await reminders.listDue(t + 10 * HOUR, { limit: 10 })).items
        .map((r) => `${r.ownerId}:${r.code}`)
        .sort();
    expect(await all()).toEqual(['acc_1:second', 'acc_2:other']);
    expect(await cancel('acc_1', 'k')).toBe(true);
    expect(await cancel('acc_1', 'k')).toBe(false);
    expect(await all()).toEqual(['acc_2:other']);
    expect(kit.journal.map((e) => e.action)).toEqual([
      'notice.scheduled',
      'notice.scheduled',
      'notice.cancelled',
      'notice.scheduled',
      'notice.cancelled',
    ]);
  });

  it('a post with the key of a pending reminder posted now replaces it with the immediate notice', async () => {
    const { kit, post, inbox, reminders } = setup();
    await post({
      accountId: 'acc_1',
      kind: 'appointment',
      code: 'later',
      notBefore: kit.clock.now() + HOUR,
      key: 'k',
    });
    await post({ accountId: 'acc_1', kind: 'appointment', code: 'now', key: 'k' });
    expect((await inbox('acc_1')).map((n) => n.code)).toEqual(['now']);
    expect((await reminders.listDue(kit.clock.now() + 2 * HOUR, { limit: 5 })).items).toEqual([]);
  });

  it('a malformed draft is misuse: ERR_INVALID_ARGUMENT, nothing written', async () => {
    const bad = fc.oneof(
      fc.record({
        accountId: fc.constant(''),
        kind: fc.constant('support'),
        code: fc.constant('c'),
      }),
      fc.record({
        accountId: fc.constant('acc_1'),
        kind: fc
          .string()
          .filter(
            (k) => !['application', 'appointment', 'payment', 'support', 'security'].includes(k),
          ),
        code: fc.constant('c'),
      }),
      fc.record({
        accountId: fc.constant('acc_1'),
        kind: fc.constant('support'),
        code: fc.constant(''),
      }),
      fc.record({
        accountId: fc.constant('acc_1'),
        kind: fc.constant('support'),
        code: fc.constant('c'),
        notBefore: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY),
      }),
      fc.record({
        accountId: fc.constant('acc_1'),
        kind: fc.constant('support'),
        code: fc.constant('c'),
        params: fc.constant({ x: {} }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(bad, async (draft) => {
        const { post, inbox, kit } = setup();
        const error = await post(draft as NoticeDraft).catch((e: unknown) => e);
        expect(KabinetError.isInstance(error) && error.code).toBe('ERR_INVALID_ARGUMENT');
        expect(await inbox('acc_1')).toEqual([]);
        expect(kit.journal).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});
