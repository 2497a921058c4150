// Support requests over HTTP (SVC-3, ACC-9): a signed-in user opens a request as JSON or as a
// multipart form with an attachment, lists and reads it (another account's is 404), replies;
// an operator sees the queue, takes, asks the user (the clock stops), resolves, and unblocks on
// the request's trail; an overdue request is escalated by the tick and listed first.
import { describe, expect, it } from 'vitest';
import type { PasswordHasher } from '@kabinet/ports';
import { createKabinet, generateDevelopmentKeys, type Kabinet } from 'kabinet';
import { createKabinetHttp } from '../src/index.js';
import { registerAccount } from './_lib/register-account.js';
import { inMemoryPorts, simulatedPayments } from 'kabinet/testing';
import { createFakeClock } from '@kabinet/core/testing';

const START = Date.UTC(2027, 0, 11, 6, 0, 0);
const PASSWORD = 'Samarqand-2026!';
const H = 3_600_000;
const keys = generateDevelopmentKeys('support-requests');
const plainHasher: PasswordHasher = {
  hash: async (s) => `plain$${s}`,
  verify: async (h, s) => h === `plain$${s}`,
  needsRehash: () => false,
};
const PDF = new TextEncoder().encode(
  '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n',
);

function api() {
  const clock = createFakeClock(START);
  const kabinet: Kabinet = createKabinet({
    ...inMemoryPorts({ clock }),
    keys,
    clock,
    payments: simulatedPayments({ clock }),
    hasher: plainHasher,
    scanFile: async () => 'clean',
  });
  const { handler } = createKabinetHttp(kabinet, {
    operators: async (request) =>
      request.headers.get('x-test-operator') === 'op_7' ? { operatorId: 'op_7' } : undefined,
  });
  const outbox = kabinet.dev.outbox!;
  async function send(
    method: string,
    path: string,
    init: {
      token?: string;
      operator?: boolean;
      body?: unknown;
      form?: FormData;
      lang?: string;
    } = {},
  ) {
    const headers: Record<string, string> = { 'accept-language': init.lang ?? 'en' };
    if (init.token !== undefined) headers.authorization = `Bearer ${init.token}`;
    if (init.operator === true) headers['x-test-operator'] = 'op_7';
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const body = init.form ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
    const response = await handler(
      new Request(`http://localhost${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body }),
      }),
      { ip: '203.0.113.9' },
    );
    const text = await response.text();
    return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
  }
  return { clock, kabinet, outbox, send };
}

type Api = ReturnType<typeof api>;
let counter = 0;

async function signedIn(t: Api): Promise<{ accountId: string; token: string }> {
  counter += 1;
  const phone = `+99891${String(3000000 + counter).slice(-7)}`;
  const email = `help${counter}@example.uz`;
  const created = await registerAccount(t.kabinet, {
    phone,
    email,
    password: PASSWORD,
    passport: `AC${String(1000000 + counter).slice(-7)}`,
    migrationCard: {
      number: `4014 ${String(3000000 + counter).slice(-7)}`,
      entryDate: '15.12.2026',
      stayUntil: '14.03.2027',
    },
  });
  t.clock.advance(120_000);
  const first = await t.send('POST', '/v1/auth/login', {
    body: { login: phone, password: PASSWORD },
  });
  const done = await t.send('POST', '/v1/auth/login/complete', {
    body: { loginToken: first.body.loginToken, method: 'sms', code: t.outbox.lastCode(phone) },
  });
  return { accountId: created.accountId, token: done.body.tokens.accessToken as string };
}

describe('support request routes', () => {
  it('SVC-3: POST /v1/support-requests gives a ticket number and «Получено»; multipart carries an attachment; bad input is a 422 with the field', async () => {
    const t = api();
    const me = await signedIn(t);
    const opened = await t.send('POST', '/v1/support-requests', {
      token: me.token,
      body: { topic: 'access', text: 'Не приходит код по СМС' },
      lang: 'ru',
    });
    expect(opened).toMatchObject({
      status: 201,
      body: {
        number: '20270111-0001',
        status: 'received',
        statusText: 'Получено',
        topicText: 'Проблемы с доступом',
        deadlineAt: expect.any(Number),
      },
    });
    const form = new FormData();
    form.set('topic', 'documents');
    form.set('text', 'Скан паспорта');
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'passport.pdf');
    const withFile = await t.send('POST', '/v1/support-requests', { token: me.token, form });
    expect(withFile.status).toBe(201);
    expect(withFile.body.messages[0].attachments).toEqual([
      expect.objectContaining({ mediaType: 'application/pdf', name: 'passport.pdf' }),
    ]);
    const bad = await t.send('POST', '/v1/support-requests', {
      token: me.token,
      body: { topic: 'weather', text: 42 },
    });
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
    expect(
      (await t.send('POST', '/v1/support-requests', { body: { topic: 'access', text: 'x' } }))
        .status,
    ).toBe(401);
  });

  it("SVC-3: the user lists and reads their requests; another account's request is 404", async () => {
    const t = api();
    const me = await signedIn(t);
    const other = await signedIn(t);
    const opened = await t.send('POST', '/v1/support-requests', {
      token: me.token,
      body: { topic: 'payments', text: 'Платёж завис' },
    });
    const list = await t.send('GET', '/v1/support-requests?limit=5', { token: me.token });
    expect(list).toMatchObject({
      status: 200,
      body: { items: [{ id: opened.body.id, messageCount: 1, statusText: 'Received' }] },
    });
    expect(
      (await t.send('GET', `/v1/support-requests/${opened.body.id}`, { token: me.token })).body
        .messages[0].text,
    ).toBe('Платёж завис');
    expect(
      await t.send('GET', `/v1/support-requests/${opened.body.id}`, { token: other.token }),
    ).toMatchObject({ status: 404, body: { error: { code: 'support_request.not_found' } } });
    expect((await t.send('GET', '/v1/support-requests?limit=x', { token: me.token })).status).toBe(
      422,
    );
  });

  it('SVC-3, ACC-9: an operator takes, asks the user (the clock stops), the user answers, the operator unblocks on the trail and resolves; resolving twice is a 409', async () => {
    const t = api();
    const me = await signedIn(t);
    const opened = await t.send('POST', '/v1/support-requests', {
      token: me.token,
      body: { topic: 'access', text: 'Учётная запись заблокирована' },
    });
    const id = opened.body.id as string;
    expect((await t.send('GET', '/v1/operator/support-requests')).status).toBe(401);
    expect((await t.send('GET', '/v1/operator/support-requests', { token: me.token })).status).toBe(
      403,
    );
    expect(
      (await t.send('GET', '/v1/operator/support-requests', { operator: true })).body.items.map(
        (i: { id: string }) => i.id,
      ),
    ).toEqual([id]);
    expect(
      await t.send('POST', `/v1/operator/support-requests/${id}/take`, { operator: true }),
    ).toMatchObject({ status: 200, body: { status: 'in_progress', assignee: 'op_7' } });
    const asked = await t.send('POST', `/v1/operator/support-requests/${id}/replies`, {
      operator: true,
      body: { text: 'Укажите номер паспорта', awaitUser: true },
    });
    expect(asked).toMatchObject({
      status: 200,
      body: { status: 'waiting_for_user', answerPaused: true },
    });
    const answered = await t.send('POST', `/v1/support-requests/${id}/replies`, {
      token: me.token,
      body: { text: 'AC1000003' },
    });
    expect(answered).toMatchObject({
      status: 200,
      body: { status: 'in_progress', answerPaused: false },
    });
    const unblocked = await t.send('POST', `/v1/operator/support-requests/${id}/account-actions`, {
      operator: true,
      body: { action: 'unblock', reason: 'identity checked' },
    });
    expect(unblocked).toMatchObject({
      status: 200,
      body: { accountActions: [{ action: 'unblock', operatorId: 'op_7' }] },
    });
    expect(unblocked.body.messages.at(-1)).toMatchObject({
      author: 'system',
      code: 'support_request.system.account_unblocked',
      message: 'The account was unblocked',
    });
    // The account's own journal names the ticket; the ticket's entry sits beside it.
    const history = await t.kabinet.journal.history({ type: 'account', id: me.accountId });
    expect(
      history.find((e) => e.entry.action === 'support.account_unblocked')?.payload,
    ).toMatchObject({
      status: 'present',
      data: { reason: `support request ${opened.body.number}: identity checked` },
    });
    expect(history.filter((e) => e.entry.action === 'support_request.account_action')).toHaveLength(
      1,
    );
    const resolved = await t.send('POST', `/v1/operator/support-requests/${id}/resolve`, {
      operator: true,
      body: { resolution: 'Блокировка снята' },
      lang: 'ru',
    });
    expect(resolved).toMatchObject({
      status: 200,
      body: { status: 'resolved', statusText: 'Решено', resolution: 'Блокировка снята' },
    });
    expect(
      await t.send('POST', `/v1/operator/support-requests/${id}/resolve`, {
        operator: true,
        body: { resolution: 'again' },
      }),
    ).toMatchObject({ status: 409, body: { error: { code: 'support_request.not_allowed' } } });
    expect(
      (
        await t.send(
          'GET',
          `/v1/operator/support-requests/by-number/${encodeURIComponent(opened.body.number)}`,
          { operator: true },
        )
      ).body.id,
    ).toBe(id);
  });

  it('SVC-3: past 48 hours the tick escalates a request and the operator queue lists it first; ?escalated=true lists only those', async () => {
    const t = api();
    const me = await signedIn(t);
    const late = await t.send('POST', '/v1/support-requests', {
      token: me.token,
      body: { topic: 'other', text: 'first' },
    });
    t.clock.advance(2 * H);
    // (the access token has expired by now: the second request goes through the service)
    const second = await t.kabinet.supportRequests.create({
      accountId: me.accountId,
      topic: 'other',
      text: 'second',
    });
    const fresh = { body: second.success ? second.data : { id: 'failed' } };
    t.clock.advance(46 * H);
    const tick = await t.kabinet.supportRequests.escalateOverdue({ limit: 10 });
    expect(tick).toEqual({ success: true, data: { escalated: 1, closed: 0, more: false } });
    const queue = await t.send('GET', '/v1/operator/support-requests', { operator: true });
    expect(
      queue.body.items.map((i: { id: string; escalated: boolean }) => [i.id, i.escalated]),
    ).toEqual([
      [late.body.id, true],
      [fresh.body.id, false],
    ]);
    // S-17: a cursor the store cannot read is the client's input (422), never a 500.
    expect(
      await t.send('GET', '/v1/operator/support-requests?cursor=not-a-cursor', { operator: true }),
    ).toMatchObject({ status: 422, body: { error: { code: 'input.wrong_format' } } });
    expect(
      (
        await t.send('GET', '/v1/operator/support-requests?escalated=true', { operator: true })
      ).body.items.map((i: { id: string }) => i.id),
    ).toEqual([late.body.id]);
    expect(
      (await t.send('GET', `/v1/operator/support-requests/${late.body.id}`, { operator: true }))
        .body,
    ).toMatchObject({ escalated: true, status: 'received', accountId: me.accountId });
  });
});
