// The notification centre over HTTP (NOTE-1, NOTE-2): a signed-in user pages through the
// official messages with the unread count, marks one and then all read, never sees another
// account's notice, and chooses channels — turning off every security channel is refused with a
// 422 in the asked language; notices reach the e-mail/SMS/push only as a pointer to the centre.
import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '@kabinet/core';
import { createMemoryStores } from '@kabinet/memory';
import type { PasswordHasher } from '@kabinet/ports';
import { createNoticeBoard, type NoticeDraft, type ServicesDeps } from '@kabinet/services';
import { createKabinet, generateDevelopmentKeys, type Kabinet } from 'kabinet';
import { inMemoryPorts, simulatedPayments } from 'kabinet/testing';
import { createKabinetHttp } from '../src/index.js';
import { registerAccount } from './_lib/register-account.js';
import { createFakeClock } from '@kabinet/core/testing';

const START = Date.UTC(2026, 2, 2, 9, 0, 0);
const PASSWORD = 'Samarqand-2026!';
const keys = generateDevelopmentKeys('notifications');
const plainHasher: PasswordHasher = {
  hash: async (s) => `plain$${s}`,
  verify: async (h, s) => h === `plain$${s}`,
  needsRehash: () => false,
};

function api() {
  const clock = createFakeClock(START);
  const backend = createMemoryStores({ clock });
  const kabinet: Kabinet = createKabinet({
    keys,
    clock,
    ...inMemoryPorts({ clock }),
    backend,
    payments: simulatedPayments({ clock }),
    hasher: plainHasher,
    scanFile: async () => 'clean',
  });
  const { handler } = createKabinetHttp(kabinet);
  const outbox = kabinet.dev.outbox!;
  const board = createNoticeBoard({ clock, random: createSeededRandom(5) });
  const units: ServicesDeps['units'] = {
    atomic: false,
    run: (work) =>
      work({
        versioned: backend.versioned,
        slots: backend.slots,
        payments: backend.payments,
        append: async () => {},
      } as never),
  };
  const post = (draft: NoticeDraft) => units.run((unit) => board.post(unit, draft));
  async function call(method: string, path: string, token?: string, body?: unknown, lang = 'en') {
    const response = await handler(
      new Request(`http://localhost${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          'accept-language': lang,
          ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
      { ip: '203.0.113.7' },
    );
    const text = await response.text();
    return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
  }
  return { clock, kabinet, outbox, post, call };
}

type Api = ReturnType<typeof api>;
let counter = 0;

/** An active account registered through the service, and an access token from the HTTP login. */
async function signedIn(
  t: Api,
): Promise<{ accountId: string; phone: string; email: string; token: string }> {
  counter += 1;
  const phone = `+99891${String(2000000 + counter).slice(-7)}`;
  const email = `notes${counter}@example.uz`;
  const created = await registerAccount(t.kabinet, {
    phone,
    email,
    password: PASSWORD,
    passport: `AB${String(1000000 + counter).slice(-7)}`,
    migrationCard: {
      number: `4013 ${String(3000000 + counter).slice(-7)}`,
      entryDate: '15.02.2026',
      stayUntil: '14.05.2026',
    },
  });
  t.clock.advance(120_000);
  const first = await t.call('POST', '/v1/auth/login', undefined, {
    login: phone,
    password: PASSWORD,
  });
  const done = await t.call('POST', '/v1/auth/login/complete', undefined, {
    loginToken: first.body.loginToken,
    method: 'sms',
    code: t.outbox.lastCode(phone),
  });
  return {
    accountId: created.accountId,
    phone,
    email,
    token: done.body.tokens.accessToken as string,
  };
}

describe('notification routes', () => {
  it("NOTE-2: GET /v1/notifications pages newest first with the unread count; read and read-all; another account's notice is 404", async () => {
    const t = api();
    const me = await signedIn(t);
    const other = await signedIn(t);
    for (let i = 0; i < 3; i++) {
      await t.post({ accountId: me.accountId, kind: 'support', code: 'notice.generic' });
      t.clock.advance(1_000);
    }
    await t.post({ accountId: other.accountId, kind: 'support', code: 'notice.generic' });
    const first = await t.call('GET', '/v1/notifications?limit=2', me.token);
    expect(first).toMatchObject({
      status: 200,
      body: { unread: 3, nextCursor: expect.any(String) },
    });
    expect(first.body.items).toHaveLength(2);
    expect(first.body.items[0]).toMatchObject({
      kind: 'support',
      title: 'Support requests',
      text: 'New message',
      read: false,
    });
    const second = await t.call(
      'GET',
      `/v1/notifications?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`,
      me.token,
    );
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeUndefined();
    expect(first.body.items[0].createdAt).toBeGreaterThan(second.body.items[0].createdAt);

    const id = first.body.items[0].id;
    expect(await t.call('POST', `/v1/notifications/${id}/read`, me.token)).toMatchObject({
      status: 200,
      body: { id, read: true },
    });
    expect(await t.call('POST', `/v1/notifications/${id}/read`, other.token)).toMatchObject({
      status: 404,
      body: { error: { code: 'notifications.not_found' } },
    });
    expect((await t.call('GET', '/v1/notifications', me.token)).body.unread).toBe(2);
    expect(await t.call('POST', '/v1/notifications/read-all', me.token)).toMatchObject({
      status: 200,
      body: { marked: 2 },
    });
    expect((await t.call('GET', '/v1/notifications', me.token)).body.unread).toBe(0);
    expect((await t.call('GET', '/v1/notifications', other.token)).body.unread).toBe(1);
    expect(await t.call('GET', '/v1/notifications?limit=x', me.token)).toMatchObject({
      status: 422,
    });
    expect((await t.call('GET', '/v1/notifications')).status).toBe(401);
  });

  it('NOTE-1: GET/PUT /v1/notifications/preferences; turning off every security channel is a 422 in the asked language; the e-mail only points to the centre', async () => {
    const t = api();
    const me = await signedIn(t);
    expect(await t.call('GET', '/v1/notifications/preferences', me.token)).toMatchObject({
      status: 200,
      body: {
        chosen: false,
        requiredKinds: ['security'],
        channels: { security: ['sms', 'email'] },
      },
    });
    const refused = await t.call(
      'PUT',
      '/v1/notifications/preferences',
      me.token,
      { channels: { security: [] } },
      'ru',
    );
    expect(refused).toMatchObject({
      status: 422,
      body: { error: { code: 'notifications.preferences.channel_required' } },
    });
    expect(JSON.stringify(refused.body)).toContain('нужен хотя бы один канал');
    expect(
      await t.call('PUT', '/v1/notifications/preferences', me.token, {
        channels: { security: ['fax'] },
      }),
    ).toMatchObject({ status: 422 });
    const set = await t.call('PUT', '/v1/notifications/preferences', me.token, {
      channels: { payment: ['email'] },
      locale: 'en',
    });
    expect(set).toMatchObject({
      status: 200,
      body: { chosen: true, locale: 'en', channels: { payment: ['email'] } },
    });

    t.outbox.clear();
    await t.post({
      accountId: me.accountId,
      kind: 'payment',
      code: 'notice.generic',
      params: { amount: '3500.00' },
    });
    expect(await t.kabinet.notifications.deliverDue()).toMatchObject({
      success: true,
      data: { sent: 1 },
    });
    const mail = t.outbox.messages.filter((m) => m.to === me.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({
      channel: 'email',
      purpose: 'notice',
      subject: 'New message in your personal account',
    });
    expect(JSON.stringify(mail[0])).not.toContain('3500');
  });

  it("NOTE-2: the account's security notices (a password change) are kept in the centre too, critical, with no second SMS/e-mail", async () => {
    const t = api();
    const me = await signedIn(t);
    t.outbox.clear();
    const changed = await t.call('POST', '/v1/auth/password', me.token, {
      currentPassword: PASSWORD,
      newPassword: 'Bukhara-2027!x',
    });
    expect(changed.status).toBe(200);
    const sentDirectly = t.outbox.messages.length;
    expect(sentDirectly).toBeGreaterThan(0);
    const page = await t.call('GET', '/v1/notifications', me.token);
    expect(page.body.items).toMatchObject([
      {
        kind: 'security',
        critical: true,
        read: false,
        text: expect.stringContaining('your password was changed'),
      },
    ]);
    expect(await t.kabinet.notifications.deliverDue()).toMatchObject({
      success: true,
      data: { claimed: 0 },
    });
    expect(t.outbox.messages.length).toBe(sentDirectly);
  });
});
