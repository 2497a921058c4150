import { describe, expect, it } from 'vitest';
import {
  client,
  createTestApp,
  login,
  nextIp,
  OPERATOR_TOKEN,
  PASSWORD,
  registerActive,
  type TestApp,
} from './_kit.js';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const op = bearer(OPERATOR_TOKEN);

/** Charges a catalogue duty to the signed-in account through the API; returns its УИН. */
async function charge(
  c: ReturnType<typeof client>,
  h: Record<string, string>,
  dutyCode = 'work_patent',
): Promise<string> {
  const issued = await c.json('post', '/v1/charges', { dutyCode }, h);
  expect(issued.status).toBe(201);
  return issued.body.uin as string;
}

async function signedIn(t: TestApp) {
  const account = await registerActive(t);
  const tokens = await login(t, account);
  return { account, tokens, c: client(t), h: bearer(tokens.accessToken) };
}

async function boundCard(t: TestApp, h: Record<string, string>, c: ReturnType<typeof client>) {
  const card = t.kabinet.dev.provider!.tokenize({ kind: 'card', number: '4111111111111111' });
  const bound = await c.json(
    'post',
    '/v1/payment-methods',
    {
      kind: 'card',
      token: card.token,
      fingerprint: card.fingerprint,
      label: card.label,
      network: 'visa',
    },
    h,
  );
  expect(bound.status).toBe(201);
  return bound.body as { id: string; verified: boolean };
}

describe('payments over HTTP', () => {
  it('PAY-2: the first payment with a bound method asks for a one-time check; the next one does not', async () => {
    const t = createTestApp();
    const { c, h } = await signedIn(t);
    const uin = await charge(c, h);
    const created = await c.json('post', '/v1/payments', { uin }, h);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ uin, amountKopecks: 350_000, canRetry: true });
    const method = await boundCard(t, h, c);
    expect(method.verified).toBe(false);
    const paid = await c.json(
      'post',
      `/v1/payments/${created.body.id}/pay`,
      { methodId: method.id, idempotencyKey: 'try-0001-abcd' },
      h,
    );
    expect(paid.status).toBe(200);
    expect(paid.body.attempt.action).toMatchObject({ kind: 'sms_code', text: expect.any(String) });
    const challenge = t.kabinet.dev.methodCheck!.started.at(-1)!;
    const answer = t.kabinet.dev.methodCheck!.answerFor(challenge.challengeId)!;
    const confirmed = await c.json(
      'post',
      `/v1/payments/attempts/${paid.body.attempt.id}/confirm`,
      { answer },
      h,
    );
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.payment.status).toBe('paid');
    expect(confirmed.body.payment.label).toBe('Оплачен');
    const second = await c.json(
      'post',
      '/v1/payments',
      { uin: await charge(c, h, 'temporary_residence') },
      h,
    );
    const again = await c.json(
      'post',
      `/v1/payments/${second.body.id}/pay`,
      { methodId: method.id, idempotencyKey: 'try-0002-abcd' },
      h,
    );
    expect(again.body.attempt.action).toBeUndefined();
    expect(again.body.payment.status).toBe('paid');
  });

  it('S-16: a retry with the same idempotency key resumes the same attempt', async () => {
    const t = createTestApp();
    const { c, h } = await signedIn(t);
    const uin = await charge(c, h);
    const created = await c.json('post', '/v1/payments', { uin }, h);
    const method = await boundCard(t, h, c);
    const a = await c.json(
      'post',
      `/v1/payments/${created.body.id}/pay`,
      { methodId: method.id, idempotencyKey: 'same-key-0001' },
      h,
    );
    const b = await c.json(
      'post',
      `/v1/payments/${created.body.id}/pay`,
      { methodId: method.id, idempotencyKey: 'same-key-0001' },
      h,
    );
    expect(b.body.attempt.id).toBe(a.body.attempt.id);
    const dup = await c.json('post', '/v1/payments', { uin }, h);
    expect(dup.body.id).toBe(created.body.id);
  });

  it('S-16: provider callbacks are applied once, in any order; a duplicate changes nothing', async () => {
    const t = createTestApp();
    const { c, h } = await signedIn(t);
    const provider = t.kabinet.dev.provider!;
    const created = await c.json('post', '/v1/payments', { uin: await charge(c, h) }, h);
    const method = await boundCard(t, h, c);
    const first = await c.json(
      'post',
      `/v1/payments/${created.body.id}/pay`,
      { methodId: method.id, idempotencyKey: 'verify-0001' },
      h,
    );
    const challenge = t.kabinet.dev.methodCheck!.started.at(-1)!;
    provider.queueOutcome('pending');
    await c.json(
      'post',
      `/v1/payments/attempts/${first.body.attempt.id}/confirm`,
      { answer: t.kabinet.dev.methodCheck!.answerFor(challenge.challengeId) },
      h,
    );
    const processing = await c.json('get', `/v1/payments/${created.body.id}`, undefined, h);
    expect(processing.body.payment.status).toBe('processing');
    const providerId = provider.calls
      .filter((call) => call.providerPaymentId !== undefined)
      .at(-1)!.providerPaymentId!;
    provider.takeCallbacks();
    provider.settle(providerId);
    const callbacks = provider.takeCallbacks();
    expect(callbacks.length).toBeGreaterThan(0);
    const send = (cb: (typeof callbacks)[number]) => {
      let req = client(t).agent.post('/api/v1/payments/callbacks');
      for (const [k, v] of Object.entries(cb.headers))
        if (v !== undefined && k !== 'content-length') req = req.set(k, v);
      return req
        .set('content-type', cb.headers['content-type'] ?? 'application/json')
        .send(cb.body);
    };
    const applied = await send(callbacks.at(-1)!);
    expect(applied.status).toBe(200);
    const duplicate = await send(callbacks.at(-1)!);
    expect(duplicate.status).toBe(200);
    expect(duplicate.body.outcome).toBe('duplicate');
    const paid = await c.json('get', `/v1/payments/${created.body.id}`, undefined, h);
    expect(paid.body.payment.status).toBe('paid');
    const garbage = await client(t)
      .agent.post('/api/v1/payments/callbacks')
      .set('content-type', 'application/json')
      .send('{"not":"a provider"}');
    expect(garbage.status).toBeGreaterThanOrEqual(400);
    expect(garbage.status).toBeLessThan(500);
    const notUtf8 = await client(t)
      .agent.post('/api/v1/payments/callbacks')
      .set('content-type', 'application/octet-stream')
      .send(Buffer.from([0x7b, 0xff, 0x7d]));
    expect(notUtf8.status).toBe(400);
  });

  it('PAY-1: paying by an SBP QR returns the payload to show; a QR without payee details is refused for GOST', async () => {
    const t = createTestApp();
    const { c, h } = await signedIn(t);
    const created = await c.json('post', '/v1/payments', { uin: await charge(c, h) }, h);
    const sbp = await c.json(
      'post',
      `/v1/payments/${created.body.id}/qr`,
      { scheme: 'sbp', idempotencyKey: 'qr-try-0001' },
      h,
    );
    expect(sbp.status).toBe(200);
    expect(sbp.body.attempt.action).toMatchObject({
      kind: 'qr_scan',
      qrPayload: expect.any(String),
    });
    const other = await c.json(
      'post',
      '/v1/payments',
      { uin: await charge(c, h, 'work_permit') },
      h,
    );
    const gost = await c.json(
      'post',
      `/v1/payments/${other.body.id}/qr`,
      { scheme: 'gost', idempotencyKey: 'qr-try-0002' },
      h,
    );
    expect(gost.status).toBe(422);
    expect(gost.body.error.issues[0].code).toBe('payment.payee_missing');
  });

  it('PAY-5: payments are listed by period, service type and status; bad filters are 422', async () => {
    const t = createTestApp();
    const { c, h } = await signedIn(t);
    await c.json('post', '/v1/payments', { uin: await charge(c, h) }, h);
    t.clock.advance(10 * 60_000);
    await c.json('post', '/v1/payments', { uin: await charge(c, h, 'temporary_residence') }, h);
    const all = await c.json('get', '/v1/payments', undefined, h);
    expect(all.body.items).toHaveLength(2);
    const rvp = await c.json('get', '/v1/payments?serviceType=temporary_residence', undefined, h);
    expect(rvp.body.items.map((p: { serviceType: string }) => p.serviceType)).toEqual([
      'temporary_residence',
    ]);
    const early = await c.json(
      'get',
      `/v1/payments?to=${t.clock.now() - 5 * 60_000}`,
      undefined,
      h,
    );
    expect(early.body.items).toHaveLength(1);
    const iso = await c.json(
      'get',
      `/v1/payments?from=${new Date(t.clock.now() - 5 * 60_000).toISOString()}`,
      undefined,
      h,
    );
    expect(iso.body.items).toHaveLength(1);
    const page = await c.json('get', '/v1/payments?limit=1', undefined, h);
    expect(page.body.nextCursor).toEqual(expect.any(String));
    const next = await c.json(
      'get',
      `/v1/payments?limit=1&cursor=${encodeURIComponent(page.body.nextCursor)}`,
      undefined,
      h,
    );
    expect(next.body.items[0].id).not.toBe(page.body.items[0].id);
    for (const q of [
      'from=yesterday',
      'limit=-1',
      'status=nonsense',
      `from=${t.clock.now()}&to=0`,
    ]) {
      const bad = await c.json('get', `/v1/payments?${q}`, undefined, h);
      expect(bad.status).toBe(422);
    }
  });

  it('payments of another account are 404; methods are listed and removed', async () => {
    const t = createTestApp();
    const a = await signedIn(t);
    const b = await signedIn(t);
    const created = await a.c.json('post', '/v1/payments', { uin: await charge(a.c, a.h) }, a.h);
    expect((await b.c.json('get', `/v1/payments/${created.body.id}`, undefined, b.h)).status).toBe(
      404,
    );
    const method = await boundCard(t, a.h, a.c);
    expect(
      (await a.c.json('get', '/v1/payment-methods', undefined, a.h)).body.methods,
    ).toHaveLength(1);
    expect(
      (await a.c.json('delete', `/v1/payment-methods/${method.id}`, undefined, a.h)).status,
    ).toBe(200);
    const cancelled = await a.c.json(
      'post',
      `/v1/payments/${created.body.id}/cancel`,
      undefined,
      a.h,
    );
    expect(cancelled.body.status).toBe('cancelled');
  });
});

describe('charges over HTTP (finding 3: the amount is the charge’s, the УИН its payer’s)', () => {
  it('HARDEN-3: GET /v1/charges lists the account’s charges and the catalogue; POST /v1/charges charges a duty at its fixed amount; an unknown duty is 404', async () => {
    const t = createTestApp();
    const { c, h } = await signedIn(t);
    const empty = await c.json('get', '/v1/charges', undefined, h);
    expect(empty.status).toBe(200);
    expect(empty.body.items).toEqual([]);
    expect(empty.body.duties).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'temporary_residence', amountKopecks: 600_000 }),
      ]),
    );
    const issued = await c.json(
      'post',
      '/v1/charges',
      { dutyCode: 'temporary_residence', amountKopecks: 1 },
      h,
    );
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({
      amountKopecks: 600_000,
      status: 'unpaid',
      dutyCode: 'temporary_residence',
    });
    expect(issued.body).not.toHaveProperty('accountId');
    const listed = await c.json('get', '/v1/charges', undefined, h);
    expect(listed.body.items.map((x: { uin: string }) => x.uin)).toEqual([issued.body.uin]);
    const unknown = await c.json('post', '/v1/charges', { dutyCode: 'no_such_duty' }, h);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.issues[0].code).toBe('payment.duty_unknown');
  });

  it('HARDEN-3: a client-chosen amount is ignored: POST /v1/payments takes only the УИН and pays the charge’s amount; the old accrual body is 422', async () => {
    const t = createTestApp();
    const { c, h } = await signedIn(t);
    const uin = await charge(c, h);
    const created = await c.json(
      'post',
      '/v1/payments',
      { uin, amountKopecks: 1, accrual: { uin, amountKopecks: 1, serviceType: 'cheap' } },
      h,
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ uin, amountKopecks: 350_000, serviceType: 'work_patent' });
    const old = await c.json(
      'post',
      '/v1/payments',
      { accrual: { uin, amountKopecks: 1, serviceType: 'cheap' } },
      h,
    );
    expect(old.status).toBe(422);
  });

  it('HARDEN-3: another account cannot squat a УИН (404 payment.charge_not_found, as for an unknown one); the payer pays; then 409 payment.uin_paid', async () => {
    const t = createTestApp();
    const a = await signedIn(t);
    const b = await signedIn(t);
    const uin = await charge(a.c, a.h);
    const squat = await b.c.json('post', '/v1/payments', { uin }, b.h);
    const unknown = await b.c.json('post', '/v1/payments', { uin: '32117072411021588933' }, b.h);
    expect(squat.status).toBe(404);
    expect(squat.body.error.issues).toEqual([
      { code: 'payment.charge_not_found', path: ['uin'], message: expect.any(String) },
    ]);
    expect(squat.body.error.issues).toEqual(unknown.body.error.issues);
    expect((await b.c.json('get', '/v1/charges', undefined, b.h)).body.items).toEqual([]);

    const created = await a.c.json('post', '/v1/payments', { uin }, a.h);
    expect(created.status).toBe(201);
    await a.c.json(
      'post',
      `/v1/payments/${created.body.id}/qr`,
      { scheme: 'sbp', idempotencyKey: 'qr-harden-0001' },
      a.h,
    );
    const providerId = t.kabinet.dev
      .provider!.calls.filter((call) => call.providerPaymentId !== undefined)
      .at(-1)!.providerPaymentId!;
    t.kabinet.dev.provider!.completeAction(providerId, 'approve');
    expect(
      (await a.c.json('post', `/v1/payments/${created.body.id}/refresh`, undefined, a.h)).body
        .payment.status,
    ).toBe('paid');

    const paid = await a.c.json('post', '/v1/payments', { uin }, a.h);
    expect(paid.status).toBe(409);
    expect(paid.body.error.issues[0].code).toBe('payment.uin_paid');
    expect((await a.c.json('get', '/v1/charges', undefined, a.h)).body.items[0]).toMatchObject({
      uin,
      status: 'paid',
      paymentId: created.body.id,
    });
    expect((await b.c.json('post', '/v1/payments', { uin }, b.h)).status).toBe(404);
  });

  it('HARDEN-3: an annulled charge is 409 payment.charge_annulled; a malformed УИН keeps its 422 issue', async () => {
    const t = createTestApp();
    const { c, h } = await signedIn(t);
    const uin = await charge(c, h, 'residence_permit');
    await t.kabinet.dev.charges!.annul(uin);
    const annulled = await c.json('post', '/v1/payments', { uin }, h);
    expect(annulled.status).toBe(409);
    expect(annulled.body.error.issues[0].code).toBe('payment.charge_annulled');
    const malformed = await c.json('post', '/v1/payments', { uin: '32117072411021588934' }, h);
    expect(malformed.status).toBe(422);
    expect(malformed.body.error.issues[0]).toMatchObject({ code: 'uin.checksum', path: ['uin'] });
  });
});

describe('journal over HTTP', () => {
  it('AUD-2: the account sees the history of its actions and its login log with IPs', async () => {
    const t = createTestApp();
    const { account, c, h } = await signedIn(t);
    const journal = await c.json('get', '/v1/journal?limit=100', undefined, h);
    expect(journal.status).toBe(200);
    const actions = journal.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['account.created', 'account.login.succeeded']));
    const leaking = journal.body.items.filter((e: unknown) =>
      JSON.stringify(e).includes(account.phone),
    );
    expect(leaking.map((e: { action: string }) => e.action)).toEqual([]);
    const logins = await c.json('get', '/v1/journal/logins', undefined, h);
    expect(logins.body.records[0]).toMatchObject({ outcome: 'succeeded', ip: expect.any(String) });
    const filtered = await c.json('get', '/v1/journal?action=account.created', undefined, h);
    expect(filtered.body.items.map((e: { action: string }) => e.action)).toEqual([
      'account.created',
    ]);
    expect((await c.json('get', '/v1/journal?limit=1000', undefined, h)).status).toBe(422);
  });

  it('ACC-11: blocking an unknown IP ends its sessions and its logins fail with the uniform answer', async () => {
    const t = createTestApp();
    const account = await registerActive(t);
    const stranger = nextIp();
    const theirs = await login(t, { phone: account.phone, ip: stranger });
    const mine = await login(t, account);
    const c = client(t);
    const blocked = await c.json(
      'post',
      '/v1/journal/logins/blocked-ips',
      { ip: stranger },
      bearer(mine.accessToken),
    );
    expect(blocked.status).toBe(200);
    expect(blocked.body).toEqual({ blocked: stranger, endedSessions: 1 });
    expect(
      (await c.json('get', '/v1/sessions', undefined, bearer(theirs.accessToken))).status,
    ).toBe(401);
    const again = await client(t, stranger).json('post', '/v1/auth/login', {
      login: account.phone,
      password: PASSWORD,
    });
    expect(again.status).toBe(401);
    expect(again.body.error.code).toBe('auth.invalid_credentials');
    const bad = await c.json(
      'post',
      '/v1/journal/logins/blocked-ips',
      { ip: 'not-an-ip' },
      bearer(mine.accessToken),
    );
    expect(bad.status).toBe(422);
  });
});

describe('support operations behind the operator role', () => {
  it('anonymous callers get 401 and account holders 403 on every support route', async () => {
    const t = createTestApp();
    const { account, h } = await signedIn(t);
    const support = t.http.routes.filter((r) => r.access === 'operator');
    expect(support.length).toBeGreaterThanOrEqual(10);
    for (const route of support) {
      const path = `/api${route.path.replace(/\{(\w+)\}/g, (_m, name: string) => (name === 'accountId' ? account.accountId : 'x'))}`;
      const method = route.method.toLowerCase() as 'get' | 'post';
      const anon = await client(t)
        .agent[method](path)
        .set('content-type', 'application/json')
        .send('{}');
      expect(anon.status, `${route.method} ${route.path}`).toBe(401);
      const user = await client(t)
        .agent[method](path)
        .set('content-type', 'application/json')
        .set(h)
        .send('{}');
      expect(user.status, `${route.method} ${route.path}`).toBe(403);
    }
  });

  it('ACC-8: support sees a locked account and unlocks it; the holder logs in again', async () => {
    const t = createTestApp();
    const account = await registerActive(t);
    for (let i = 0; i < 12; i++)
      await client(t).json('post', '/v1/auth/login', {
        login: account.phone,
        password: `Wrong-${i}-Password`,
      });
    const c = client(t);
    const seen = await c.json('get', `/v1/support/accounts/${account.accountId}`, undefined, op);
    // The default lock is temporary and held by the lockout, not the lifecycle (S-7); support still sees and lifts it.
    expect(seen.body).toMatchObject({ lifecycle: 'active', lock: { locked: true } });
    expect(seen.body.phone).not.toBe(account.phone);
    const unlocked = await c.json(
      'post',
      `/v1/support/accounts/${account.accountId}/unblock`,
      { reason: 'called the holder' },
      op,
    );
    expect(unlocked.body).toMatchObject({ lifecycle: 'active', lock: { locked: false } });
    expect(
      (await c.json('post', '/v1/auth/login', { login: account.phone, password: PASSWORD })).status,
    ).toBe(200);
    const trace = await c.json(
      'get',
      `/v1/support/accounts/${account.accountId}/journal`,
      undefined,
      op,
    );
    expect(trace.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['account.locked']),
    );
    expect((await c.json('get', '/v1/support/accounts/acc_missing', undefined, op)).status).toBe(
      404,
    );
  });

  it('ACC-7: registered mail and video confirmation complete with the operator', async () => {
    const t = createTestApp();
    const { account, tokens, c } = await signedIn(t);
    await c.json('post', '/v1/identity/checks/documents', undefined, bearer(tokens.accessToken));
    const fresh = (
      await c.json('post', '/v1/sessions/refresh', { refreshToken: tokens.refreshToken })
    ).body.tokens;
    const noAddress = await c.json(
      'post',
      '/v1/identity/confirmations',
      { method: 'registered_mail' },
      bearer(fresh.accessToken),
    );
    expect(noAddress.status).toBe(422);
    expect(noAddress.body.error.issues[0].path).toEqual(['address']);
    await c.json(
      'put',
      '/v1/identity/address',
      {
        address: {
          postalIndex: '101000',
          city: 'г. Москва',
          street: 'ул. Мясницкая',
          house: '7',
          apartment: '12',
        },
      },
      bearer(fresh.accessToken),
    );
    const mail = await c.json(
      'post',
      '/v1/identity/confirmations',
      { method: 'registered_mail' },
      bearer(fresh.accessToken),
    );
    expect(mail.status).toBe(202);
    const letter = await c.json(
      'post',
      `/v1/support/accounts/${account.accountId}/checks/${mail.body.checkId}/letter`,
      { trackingNumber: 'RA123456789RU' },
      op,
    );
    expect(letter.status).toBe(200);
    expect(letter.body.code).toEqual(expect.any(String));
    const entered = await c.json(
      'post',
      `/v1/identity/checks/${mail.body.checkId}/code`,
      { code: letter.body.code },
      bearer(fresh.accessToken),
    );
    expect(entered.body.state).toBe('confirmed');
  });

  it('ACC-7: a video appointment is confirmed by the operator', async () => {
    const t = createTestApp();
    const { account, tokens, c } = await signedIn(t);
    await c.json('post', '/v1/identity/checks/documents', undefined, bearer(tokens.accessToken));
    const fresh = (
      await c.json('post', '/v1/sessions/refresh', { refreshToken: tokens.refreshToken })
    ).body.tokens;
    const video = await c.json(
      'post',
      '/v1/identity/confirmations',
      { method: 'video', evidence: { appointmentAt: t.clock.now() + 86_400_000 } },
      bearer(fresh.accessToken),
    );
    expect(video.status).toBe(202);
    expect(video.body.state).toBe('appointment_booked');
    const verified = await c.json(
      'post',
      `/v1/support/accounts/${account.accountId}/checks/${video.body.checkId}/video-verified`,
      undefined,
      op,
    );
    expect(verified.status).toBe(200);
    expect(['checking', 'confirmed']).toContain(verified.body.state);
  });

  it('PAY-4: support finds a payment by its transaction number, refunds it and records the GIS GMP quittance', async () => {
    const t = createTestApp();
    const { c, h } = await signedIn(t);
    const uin = await charge(c, h);
    const created = await c.json('post', '/v1/payments', { uin }, h);
    const sbp = await c.json(
      'post',
      `/v1/payments/${created.body.id}/qr`,
      { scheme: 'sbp', idempotencyKey: 'qr-try-0009' },
      h,
    );
    const providerId = t.kabinet.dev
      .provider!.calls.filter((call) => call.providerPaymentId !== undefined)
      .at(-1)!.providerPaymentId!;
    t.kabinet.dev.provider!.completeAction(providerId, 'approve');
    const refreshed = await c.json('post', `/v1/payments/${created.body.id}/refresh`, undefined, h);
    expect(refreshed.body.payment.status).toBe('paid');
    expect(sbp.status).toBe(200);
    const number = created.body.transactionNumber as string;
    const found = await c.json('get', `/v1/support/payments/${number}`, undefined, op);
    expect(found.body.payment.id).toBe(created.body.id);
    const quittance = await c.json(
      'post',
      '/v1/support/quittances',
      { uin, acknowledgment: 1, paidKopecks: 350_000 },
      op,
    );
    expect(quittance.status).toBe(200);
    expect(quittance.body.stage).toBe('reconciled');
    const refund = await c.json(
      'post',
      `/v1/support/payments/${number}/refund`,
      { amountKopecks: 100_000, idempotencyKey: 'refund-0001' },
      op,
    );
    expect(refund.status).toBe(200);
    const tooMuch = await c.json(
      'post',
      `/v1/support/payments/${number}/refund`,
      { amountKopecks: 900_000, idempotencyKey: 'refund-0002' },
      op,
    );
    expect(tooMuch.status).toBe(422);
    expect(
      (await c.json('get', '/v1/support/payments/0000000000000000', undefined, op)).status,
    ).toBeGreaterThanOrEqual(404);
  });
});
