import { describe, expect, it } from 'vitest';
import { defineCatalogue, KabinetError, mergeCatalogues } from '@kabinet/core';
import { makeNotificationsKit } from '../../test/notifications-kit.js';
import { notificationMessages } from './notification-messages.js';
import { defaultNotificationsPolicy } from './notifications-policy.js';

const HOUR = 3_600_000;

const texts = mergeCatalogues(
  notificationMessages,
  defineCatalogue({
    ru: {
      'notice.support.replied': 'Ответ на обращение {number}',
      'notice.support.replied.title': 'Поддержка ответила',
    },
    en: {
      'notice.support.replied': 'Reply to request {number}',
      'notice.support.replied.title': 'Support replied',
    },
  }),
);

describe('createNotificationCentre: the centre', () => {
  it("NOTE-2: lists the account's notices newest first in pages, with the unread count of all pages; never another account's", async () => {
    const k = makeNotificationsKit();
    for (let i = 0; i < 5; i++) {
      await k.post({ accountId: 'acc_1', kind: 'support', code: `c${i}` });
      k.clock.advance(1_000);
    }
    await k.post({ accountId: 'acc_2', kind: 'support', code: 'other' });
    const first = await k.centre.list({ accountId: 'acc_1', limit: 2 });
    expect(first.success && first.data.items.map((n) => n.id.length > 0 && n.read)).toEqual([
      false,
      false,
    ]);
    expect(first.success && first.data.unread).toBe(5);
    const codes: string[] = [];
    let after: string | undefined;
    do {
      const page = await k.centre.list({
        accountId: 'acc_1',
        limit: 2,
        ...(after === undefined ? {} : { after }),
      });
      if (!page.success) throw new Error('list failed');
      codes.push(...page.data.items.map((n) => n.id));
      after = page.data.nextCursor;
    } while (after !== undefined);
    expect(codes.length).toBe(5);
    const created = [];
    for (const id of codes) {
      const one = await k.centre.get({ accountId: 'acc_1', noticeId: id });
      created.push(one.success ? one.data.createdAt : -1);
    }
    expect(created).toEqual([...created].sort((a, b) => b - a));
  });

  it("NOTE-2: texts come from the catalogue in the reader's language; an unknown code reads as a generic new message", async () => {
    const k = makeNotificationsKit({ centre: { messages: texts } });
    await k.post({
      accountId: 'acc_1',
      kind: 'support',
      code: 'notice.support.replied',
      params: { number: 'S-7' },
    });
    await k.post({ accountId: 'acc_1', kind: 'payment', code: 'notice.nobody.knows' });
    const ru = await k.centre.list({ accountId: 'acc_1' });
    expect(ru.success && ru.data.items.map((n) => [n.title, n.text])).toEqual([
      ['Платежи', 'Новое сообщение'],
      ['Поддержка ответила', 'Ответ на обращение S-7'],
    ]);
    const en = await k.centre.list({ accountId: 'acc_1', locale: 'en' });
    expect(en.success && en.data.items[1]).toMatchObject({
      title: 'Support replied',
      text: 'Reply to request S-7',
    });
  });

  it("mark read is idempotent and journaled once; another account's notice is not found; mark all read counts and zeroes unread", async () => {
    const k = makeNotificationsKit();
    await k.post({ accountId: 'acc_1', kind: 'support', code: 'a' });
    await k.post({ accountId: 'acc_1', kind: 'support', code: 'b' });
    await k.post({ accountId: 'acc_1', kind: 'support', code: 'c' });
    const page = await k.centre.list({ accountId: 'acc_1' });
    const id = page.success ? page.data.items[0]!.id : '';
    k.clock.advance(5_000);
    const once = await k.centre.markRead({ accountId: 'acc_1', noticeId: id });
    const twice = await k.centre.markRead({ accountId: 'acc_1', noticeId: id });
    expect(once).toEqual(twice);
    expect(once.success && once.data).toMatchObject({ read: true, readAt: k.clock.now() });
    expect(k.journal.filter((e) => e.action === 'notice.read').length).toBe(1);
    expect(await k.centre.markRead({ accountId: 'acc_2', noticeId: id })).toEqual({
      success: false,
      issues: [{ code: 'notifications.not_found', path: ['noticeId'] }],
    });
    expect((await k.centre.get({ accountId: 'acc_2', noticeId: id })).success).toBe(false);
    expect(await k.centre.markAllRead({ accountId: 'acc_1' })).toEqual({
      success: true,
      data: { marked: 2 },
    });
    expect(await k.centre.markAllRead({ accountId: 'acc_1' })).toEqual({
      success: true,
      data: { marked: 0 },
    });
    const after = await k.centre.list({ accountId: 'acc_1' });
    expect(after.success && after.data.unread).toBe(0);
  });

  it('wrong input is refused with issues, never thrown; a missing account id is misuse', async () => {
    const k = makeNotificationsKit();
    expect(await k.centre.list({ accountId: 'acc_1', limit: 0 })).toMatchObject({
      success: false,
      issues: [{ code: 'input.too_small', path: ['limit'] }],
    });
    expect(await k.centre.list({ accountId: 'acc_1', limit: '5' } as never)).toMatchObject({
      success: false,
      issues: [{ path: ['limit'] }],
    });
    expect(await k.centre.markRead({ accountId: 'acc_1', noticeId: 42 } as never)).toMatchObject({
      success: false,
      issues: [{ code: 'input.not_a_string', path: ['noticeId'] }],
    });
    expect(await k.centre.markRead({ accountId: 'acc_1', noticeId: '' })).toMatchObject({
      success: false,
      issues: [{ code: 'input.required', path: ['noticeId'] }],
    });
    const error = await k.centre.list({ accountId: '' }).catch((e: unknown) => e);
    expect(KabinetError.isInstance(error) && error.code).toBe('ERR_INVALID_ARGUMENT');
  });

  it("a page larger than the policy's maximum is cut to it", async () => {
    const k = makeNotificationsKit();
    for (let i = 0; i < 3; i++)
      await k.post({ accountId: 'acc_1', kind: 'support', code: `c${i}` });
    const page = await k.centre.list({ accountId: 'acc_1', limit: 1000 });
    expect(page.success && page.data.items.length).toBe(3);
    const small = makeNotificationsKit({
      policy: { ...defaultNotificationsPolicy, maxPageSize: 2, defaultPageSize: 2 },
    });
    for (let i = 0; i < 3; i++)
      await small.post({ accountId: 'acc_1', kind: 'support', code: `c${i}` });
    const cut = await small.centre.list({ accountId: 'acc_1', limit: 1000 });
    expect(cut.success && [cut.data.items.length, cut.data.nextCursor !== undefined]).toEqual([
      2,
      true,
    ]);
  });

  it('a due reminder appears when the centre is read, without a tick, once, dated when it was due', async () => {
    const k = makeNotificationsKit();
    const due = k.clock.now() + 24 * HOUR;
    await k.post({
      accountId: 'acc_1',
      kind: 'appointment',
      code: 'notice.appointment.reminder',
      notBefore: due,
      key: 'apt_1',
    });
    k.clock.advance(24 * HOUR - 1);
    const early = await k.centre.list({ accountId: 'acc_1' });
    expect(early.success && early.data.items).toEqual([]);
    k.clock.advance(2);
    const [a, b] = await Promise.all([
      k.centre.list({ accountId: 'acc_1' }),
      k.centre.list({ accountId: 'acc_1' }),
    ]);
    expect(a.success && a.data.items.map((n) => n.createdAt)).toEqual([due]);
    expect(b.success && b.data.items.length).toBe(1);
    expect(k.journal.filter((e) => e.action === 'notice.posted').length).toBe(1);
  });
});

describe('createNotificationCentre: preferences', () => {
  it("NOTE-1: the policy's defaults until chosen; a change of some kinds keeps the others; journaled", async () => {
    const k = makeNotificationsKit();
    const before = await k.centre.preferences({ accountId: 'acc_1' });
    expect(before.success && before.data).toMatchObject({
      chosen: false,
      locale: 'ru',
      requiredKinds: ['security'],
    });
    const set = await k.centre.setPreferences({
      accountId: 'acc_1',
      channels: { payment: ['push', 'sms'], application: [] },
      locale: 'en',
    });
    expect(set.success && set.data.channels).toMatchObject({
      payment: ['push', 'sms'],
      application: [],
      security: ['sms', 'email'],
    });
    const after = await k.centre.preferences({ accountId: 'acc_1' });
    expect(after.success && after.data).toMatchObject({ chosen: true, locale: 'en' });
    expect(k.journal.map((e) => e.action)).toEqual(['notice.preferences.changed']);
  });

  it('NOTE-1: turning off every security channel is refused with an issue and changes nothing', async () => {
    const k = makeNotificationsKit();
    const refused = await k.centre.setPreferences({
      accountId: 'acc_1',
      channels: { security: [], payment: ['push'] },
    });
    expect(refused).toEqual({
      success: false,
      issues: [
        {
          code: 'notifications.preferences.channel_required',
          path: ['channels', 'security'],
          params: { kind: 'security' },
        },
      ],
    });
    const now = await k.centre.preferences({ accountId: 'acc_1' });
    expect(now.success && now.data.chosen).toBe(false);
    expect(k.journal).toEqual([]);
  });

  it('an unknown channel, kind or locale is an input issue', async () => {
    const k = makeNotificationsKit();
    expect(
      await k.centre.setPreferences({
        accountId: 'acc_1',
        channels: { security: ['fax'] },
      } as never),
    ).toMatchObject({
      success: false,
      issues: [{ code: 'input.not_one_of', path: ['channels', 'security', 0] }],
    });
    expect(
      await k.centre.setPreferences({
        accountId: 'acc_1',
        channels: { newsletter: ['sms'] },
      } as never),
    ).toMatchObject({ success: false, issues: [{ code: 'input.unknown' }] });
    expect(
      await k.centre.setPreferences({ accountId: 'acc_1', locale: 'de' } as never),
    ).toMatchObject({
      success: false,
      issues: [{ code: 'input.not_one_of', path: ['locale'] }],
    });
    expect(
      await k.centre.setPreferences({ accountId: 'acc_1', channels: { sms: 'yes' } } as never),
    ).toMatchObject({ success: false });
  });
});
