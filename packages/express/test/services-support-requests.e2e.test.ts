// Support requests through the Express adapter (SVC-3, ACC-9): a signed-in user opens a request
// as JSON or as multipart with a file, lists and reads it (another account's is 404), replies;
// an operator (the operator token, as the payments support routes use) sees the queue, finds a
// request by its number, takes it, asks the user, unblocks the account on the request's trail
// and resolves; users are 403 on the operator routes and anonymous callers 401.
import { describe, expect, it } from 'vitest';
import { client, createTestApp, login, OPERATOR_TOKEN, registerActive } from './_kit.js';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const operator = bearer(OPERATOR_TOKEN);
const PDF = Buffer.from(
  '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n',
);

describe('support requests over HTTP (SVC-3)', () => {
  it('SVC-3: a ticket number and «Получено»; multipart with a file; bad input 422 with the fields; list and read; another account 404; the user replies', async () => {
    const t = createTestApp();
    const me = await login(t, await registerActive(t));
    const h = bearer(me.accessToken);
    const c = client(t);
    expect(
      (await c.json('post', '/v1/support-requests', { topic: 'access', text: 'x' })).status,
    ).toBe(401);
    const opened = await c.json(
      'post',
      '/v1/support-requests',
      { topic: 'access', text: 'Не приходит код по СМС' },
      { ...h, 'accept-language': 'ru' },
    );
    expect(opened).toMatchObject({
      status: 201,
      body: {
        number: expect.stringMatching(/^20260302-\d{4}$/),
        status: 'received',
        statusText: 'Получено',
        topicText: 'Проблемы с доступом',
        deadlineAt: expect.any(Number),
      },
    });
    const withFile = await c.agent
      .post('/api/v1/support-requests')
      .set('authorization', h.authorization)
      .field('topic', 'documents')
      .field('text', 'Скан паспорта')
      .attach('file', PDF, { filename: 'passport.pdf', contentType: 'application/pdf' });
    expect(withFile.status).toBe(201);
    expect(withFile.body.messages[0].attachments).toEqual([
      expect.objectContaining({ mediaType: 'application/pdf', name: 'passport.pdf' }),
    ]);
    const bad = await c.json('post', '/v1/support-requests', { topic: 'weather', text: 42 }, h);
    expect(bad.status).toBe(422);
    expect(
      bad.body.error.issues.map((i: { code: string; path: string[] }) => [
        i.code,
        i.path.join('.'),
      ]),
    ).toEqual([
      ['input.not_one_of', 'topic'],
      ['input.not_a_string', 'text'],
    ]);

    const list = await c.json('get', '/v1/support-requests?limit=5', undefined, {
      ...h,
      'accept-language': 'en',
    });
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { id: string }) => i.id).sort()).toEqual(
      [opened.body.id, withFile.body.id].sort(),
    );
    expect(list.body.items.find((i: { id: string }) => i.id === opened.body.id)).toMatchObject({
      messageCount: 1,
      statusText: 'Received',
    });
    expect((await c.json('get', '/v1/support-requests?limit=x', undefined, h)).status).toBe(422);
    expect((await c.json('get', '/v1/support-requests')).status).toBe(401);
    const read = await c.json('get', `/v1/support-requests/${opened.body.id}`, undefined, h);
    expect(read).toMatchObject({
      status: 200,
      body: { id: opened.body.id, messages: [{ text: 'Не приходит код по СМС' }] },
    });

    const other = await login(t, await registerActive(t));
    expect(
      await c.json(
        'get',
        `/v1/support-requests/${opened.body.id}`,
        undefined,
        bearer(other.accessToken),
      ),
    ).toMatchObject({ status: 404, body: { error: { code: 'support_request.not_found' } } });
    expect(
      await c.json(
        'post',
        `/v1/support-requests/${opened.body.id}/replies`,
        { text: 'чужой' },
        bearer(other.accessToken),
      ),
    ).toMatchObject({ status: 404, body: { error: { code: 'support_request.not_found' } } });
    const replied = await c.json(
      'post',
      `/v1/support-requests/${opened.body.id}/replies`,
      { text: 'Телефон +998901234567' },
      h,
    );
    expect(replied.status).toBe(200);
    expect(replied.body.messages.map((m: { text?: string }) => m.text)).toEqual([
      'Не приходит код по СМС',
      'Телефон +998901234567',
    ]);
    expect(
      (await c.json('post', `/v1/support-requests/${opened.body.id}/replies`, { text: 42 }, h))
        .status,
    ).toBe(422);
  });

  it('SVC-3, ACC-9: the operator queue (401/403 for others), by number, take, ask the user (the clock stops), the answer, unblock on the trail, resolve in Russian; resolving twice is 409', async () => {
    const t = createTestApp();
    const account = await registerActive(t);
    const me = await login(t, account);
    const h = bearer(me.accessToken);
    const c = client(t);
    const opened = await c.json(
      'post',
      '/v1/support-requests',
      { topic: 'access', text: 'Учётная запись заблокирована' },
      h,
    );
    const id = opened.body.id as string;

    for (const path of [
      '/v1/operator/support-requests',
      `/v1/operator/support-requests/${id}`,
      `/v1/operator/support-requests/by-number/${opened.body.number}`,
    ]) {
      expect((await c.json('get', path)).status).toBe(401);
      expect((await c.json('get', path, undefined, h)).status).toBe(403);
    }
    for (const [path, body] of [
      [`/v1/operator/support-requests/${id}/take`, undefined],
      [`/v1/operator/support-requests/${id}/replies`, { text: 'x' }],
      [`/v1/operator/support-requests/${id}/resolve`, { resolution: 'x' }],
      [`/v1/operator/support-requests/${id}/account-actions`, { action: 'unblock', reason: 'x' }],
    ] as const) {
      expect((await c.json('post', path, body)).status).toBe(401);
      expect((await c.json('post', path, body, h)).status).toBe(403);
    }

    const queue = await c.json('get', '/v1/operator/support-requests', undefined, operator);
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((i: { id: string }) => i.id)).toEqual([id]);
    expect(
      await c.json(
        'get',
        `/v1/operator/support-requests/by-number/${encodeURIComponent(opened.body.number)}`,
        undefined,
        operator,
      ),
    ).toMatchObject({ status: 200, body: { id, accountId: account.accountId } });
    expect(
      await c.json(
        'get',
        `/v1/operator/support-requests/by-number/${opened.body.number.slice(0, 9)}9999`,
        undefined,
        operator,
      ),
    ).toMatchObject({ status: 404, body: { error: { code: 'support_request.not_found' } } });
    expect(
      await c.json('get', '/v1/operator/support-requests?cursor=not-a-cursor', undefined, operator),
    ).toMatchObject({ status: 422, body: { error: { code: 'input.wrong_format' } } });
    expect(
      await c.json('post', `/v1/operator/support-requests/${id}/take`, undefined, operator),
    ).toMatchObject({ status: 200, body: { status: 'in_progress', assignee: 'op_7' } });
    const asked = await c.json(
      'post',
      `/v1/operator/support-requests/${id}/replies`,
      { text: 'Укажите номер паспорта', awaitUser: true },
      operator,
    );
    expect(asked).toMatchObject({
      status: 200,
      body: { status: 'waiting_for_user', answerPaused: true },
    });
    expect(
      (await c.json('get', `/v1/support-requests/${id}`, undefined, h)).body.messages.at(-1),
    ).toMatchObject({ text: 'Укажите номер паспорта' });
    expect(
      await c.json('post', `/v1/support-requests/${id}/replies`, { text: 'AC1000003' }, h),
    ).toMatchObject({ status: 200, body: { status: 'in_progress', answerPaused: false } });

    expect(
      (
        await c.json(
          'post',
          `/v1/operator/support-requests/${id}/account-actions`,
          { action: 'delete_everything', reason: 'x' },
          operator,
        )
      ).status,
    ).toBe(422);
    const unblocked = await c.json(
      'post',
      `/v1/operator/support-requests/${id}/account-actions`,
      { action: 'unblock', reason: 'identity checked' },
      { ...operator, 'accept-language': 'en' },
    );
    expect(unblocked).toMatchObject({
      status: 200,
      body: { accountActions: [{ action: 'unblock', operatorId: 'op_7' }] },
    });
    expect(unblocked.body.messages.at(-1)).toMatchObject({
      author: 'system',
      code: 'support_request.system.account_unblocked',
      message: 'The account was unblocked',
    });
    const history = await t.kabinet.journal.history({ type: 'account', id: account.accountId });
    expect(
      history.find((e) => e.entry.action === 'support.account_unblocked')?.payload,
    ).toMatchObject({
      status: 'present',
      data: { reason: `support request ${opened.body.number}: identity checked` },
    });

    const resolved = await c.json(
      'post',
      `/v1/operator/support-requests/${id}/resolve`,
      { resolution: 'Блокировка снята' },
      { ...operator, 'accept-language': 'ru' },
    );
    expect(resolved).toMatchObject({
      status: 200,
      body: { status: 'resolved', statusText: 'Решено', resolution: 'Блокировка снята' },
    });
    expect(
      await c.json(
        'post',
        `/v1/operator/support-requests/${id}/resolve`,
        { resolution: 'again' },
        operator,
      ),
    ).toMatchObject({ status: 409, body: { error: { code: 'support_request.not_allowed' } } });
    expect(
      await c.json('get', `/v1/operator/support-requests/${id}`, undefined, operator),
    ).toMatchObject({
      status: 200,
      body: { id, status: 'resolved', accountId: account.accountId },
    });
    expect(
      (
        await c.json('get', `/v1/support-requests/${id}`, undefined, {
          ...h,
          'accept-language': 'en',
        })
      ).body,
    ).toMatchObject({ status: 'resolved', statusText: 'Resolved' });
  });
});
