// The notification centre through the Express adapter (NOTE-1, NOTE-2): what the account did
// (a password change, a submitted application) lands in the centre; the user pages through it
// with the unread count, marks one and then all read, never reaches another account's notice,
// and chooses channels — turning off every security channel is a 422 in the asked language.
import { describe, expect, it } from 'vitest';
import {
  client,
  confirmedUser,
  createTestApp,
  login,
  PASSWORD,
  registerActive,
  scanPng,
} from './_kit.js';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('notifications over HTTP (NOTE-1, NOTE-2)', () => {
  it('NOTE-2: a password change and a submitted application land in the centre; paging with the unread count; read one, read all; another account 404; bad input 422; no session 401', async () => {
    const t = createTestApp();
    const { tokens } = await confirmedUser(t);
    const c = client(t);
    const h = bearer(tokens.accessToken);
    expect((await c.json('get', '/v1/notifications')).status).toBe(401);

    expect(
      (
        await c.json(
          'post',
          '/v1/auth/password',
          { currentPassword: PASSWORD, newPassword: 'Bukhara-2027!x' },
          h,
        )
      ).status,
    ).toBe(200);
    t.clock.advance(1_000);
    const draft = await c.json(
      'post',
      '/v1/applications',
      {
        serviceCode: 'arrival_notification',
        fields: {
          arrivalDate: '01.03.2026',
          migrationCard: '4012 3057841',
          address: { postalIndex: '101000', street: 'ул. Тверская', house: '7' },
        },
      },
      h,
    );
    await c.agent
      .post(`/api/v1/applications/${draft.body.id}/attachments`)
      .set('authorization', h.authorization)
      .field('kind', 'passport_scan')
      .attach('file', scanPng(), 'p.png');
    expect(
      (await c.json('post', `/v1/applications/${draft.body.id}/submit`, undefined, h)).status,
    ).toBe(200);

    const all = await c.json('get', '/v1/notifications', undefined, {
      ...h,
      'accept-language': 'en',
    });
    expect(all.status).toBe(200);
    expect(all.body.unread).toBe(all.body.items.length);
    expect(all.body.items.length).toBeGreaterThanOrEqual(2);
    expect(all.body.items.at(-1)).toMatchObject({
      kind: 'security',
      critical: true,
      read: false,
      text: expect.stringContaining('your password was changed'),
    });
    const ru = await c.json('get', '/v1/notifications', undefined, {
      ...h,
      'accept-language': 'ru',
    });
    expect(ru.body.items.at(-1).text).not.toBe(all.body.items.at(-1).text);
    expect(ru.body.items.at(-1).text).toMatch(/[а-яё]/i);

    const first = await c.json('get', '/v1/notifications?limit=1', undefined, h);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await c.json(
      'get',
      `/v1/notifications?limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`,
      undefined,
      h,
    );
    expect(second.body.items).toHaveLength(1);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    expect(first.body.items[0].createdAt).toBeGreaterThan(second.body.items[0].createdAt);
    expect((await c.json('get', '/v1/notifications?limit=x', undefined, h)).status).toBe(422);

    const id = first.body.items[0].id as string;
    const other = await login(t, await registerActive(t));
    expect(
      await c.json('post', `/v1/notifications/${id}/read`, undefined, bearer(other.accessToken)),
    ).toMatchObject({ status: 404, body: { error: { code: 'notifications.not_found' } } });
    expect((await c.json('post', `/v1/notifications/${id}/read`)).status).toBe(401);
    expect(await c.json('post', `/v1/notifications/${id}/read`, undefined, h)).toMatchObject({
      status: 200,
      body: { id, read: true },
    });
    expect((await c.json('get', '/v1/notifications', undefined, h)).body.unread).toBe(
      all.body.unread - 1,
    );
    expect(await c.json('post', '/v1/notifications/read-all', undefined, h)).toMatchObject({
      status: 200,
      body: { marked: all.body.unread - 1 },
    });
    expect((await c.json('get', '/v1/notifications', undefined, h)).body.unread).toBe(0);
    expect(await c.json('post', '/v1/notifications/read-all', undefined, h)).toMatchObject({
      status: 200,
      body: { marked: 0 },
    });
  });

  it('NOTE-1: preferences are read and chosen; no security channel at all is a 422 with its message in Russian and English; an unknown channel 422', async () => {
    const t = createTestApp();
    const tokens = await login(t, await registerActive(t));
    const c = client(t);
    const h = bearer(tokens.accessToken);
    expect((await c.json('get', '/v1/notifications/preferences')).status).toBe(401);
    expect(await c.json('get', '/v1/notifications/preferences', undefined, h)).toMatchObject({
      status: 200,
      body: {
        chosen: false,
        requiredKinds: ['security'],
        channels: { security: ['sms', 'email'] },
      },
    });
    const ru = await c.json(
      'put',
      '/v1/notifications/preferences',
      { channels: { security: [] } },
      { ...h, 'accept-language': 'ru' },
    );
    expect(ru).toMatchObject({
      status: 422,
      body: { error: { code: 'notifications.preferences.channel_required' } },
    });
    expect(JSON.stringify(ru.body)).toContain('нужен хотя бы один канал');
    const en = await c.json(
      'put',
      '/v1/notifications/preferences',
      { channels: { security: [] } },
      { ...h, 'accept-language': 'en' },
    );
    expect(en.body.error.code).toBe('notifications.preferences.channel_required');
    expect(JSON.stringify(en.body)).not.toMatch(/[а-яё]/i);
    expect(
      (await c.json('put', '/v1/notifications/preferences', { channels: { security: ['fax'] } }, h))
        .status,
    ).toBe(422);
    expect(
      (await c.json('put', '/v1/notifications/preferences', { channels: { payment: ['email'] } }))
        .status,
    ).toBe(401);
    const set = await c.json(
      'put',
      '/v1/notifications/preferences',
      { channels: { payment: ['email'] }, locale: 'en' },
      h,
    );
    expect(set).toMatchObject({
      status: 200,
      body: { chosen: true, locale: 'en', channels: { payment: ['email'] } },
    });
    expect(await c.json('get', '/v1/notifications/preferences', undefined, h)).toMatchObject({
      status: 200,
      body: {
        chosen: true,
        locale: 'en',
        channels: { payment: ['email'], security: ['sms', 'email'] },
      },
    });
  });
});
