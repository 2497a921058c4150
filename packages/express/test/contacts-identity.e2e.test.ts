import { describe, expect, it } from 'vitest';
import {
  client,
  createTestApp,
  freshContacts,
  login,
  person,
  registerActive,
  scanPng,
  type TestApp,
} from './_kit.js';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function signedIn(t: TestApp) {
  const account = await registerActive(t);
  const tokens = await login(t, account);
  return { account, tokens, c: client(t) };
}

describe('contacts over HTTP', () => {
  it('CONTACT-5, S-11: a phone change takes effect only after the code sent to the new number; the old one is told', async () => {
    const t = createTestApp();
    const { account, tokens, c } = await signedIn(t);
    const next = freshContacts().phone;
    const asked = await c.json(
      'post',
      '/v1/contacts/changes',
      { channel: 'phone', value: next },
      bearer(tokens.accessToken),
    );
    expect(asked.status).toBe(202);
    const pending = await c.json('get', '/v1/contacts', undefined, bearer(tokens.accessToken));
    expect(pending.body.pending).toHaveLength(1);
    expect(pending.body.phone.masked).not.toContain(next.slice(-4));
    const code = t.kabinet.dev.outbox!.lastCode(next)!;
    const done = await c.json(
      'post',
      '/v1/contacts/changes/confirm',
      { channel: 'phone', code },
      bearer(tokens.accessToken),
    );
    expect(done.status).toBe(200);
    expect(done.body.pending).toHaveLength(0);
    expect(t.kabinet.dev.outbox!.lastTo(account.phone)?.purpose).toBe('contact-changed-notice');
  });

  it('CONTACT-5: the change history lists every version and an earlier one can be restored with a code', async () => {
    const t = createTestApp();
    const { account, tokens, c } = await signedIn(t);
    const next = freshContacts().email;
    await c.json(
      'post',
      '/v1/contacts/changes',
      { channel: 'email', value: next },
      bearer(tokens.accessToken),
    );
    await c.json(
      'post',
      '/v1/contacts/changes/confirm',
      { channel: 'email', code: t.kabinet.dev.outbox!.lastCode(next) },
      bearer(tokens.accessToken),
    );
    const history = await c.json(
      'get',
      '/v1/contacts/history',
      undefined,
      bearer(tokens.accessToken),
    );
    expect(history.status).toBe(200);
    const emails = history.body.versions.filter((v: { channel: string }) => v.channel === 'email');
    expect(emails.map((v: { via: string }) => v.via)).toEqual(['registration', 'changed']);
    const original = emails[0];
    t.clock.advance(61_000);
    const restore = await c.json(
      'post',
      '/v1/contacts/restore',
      { channel: 'email', order: original.order },
      bearer(tokens.accessToken),
    );
    expect(restore.status).toBe(202);
    const code = t.kabinet.dev.outbox!.lastCode(account.email)!;
    const done = await c.json(
      'post',
      '/v1/contacts/changes/confirm',
      { channel: 'email', code },
      bearer(tokens.accessToken),
    );
    expect(done.status).toBe(200);
    const after = await c.json(
      'get',
      '/v1/contacts/history',
      undefined,
      bearer(tokens.accessToken),
    );
    expect(
      after.body.versions.filter((v: { channel: string }) => v.channel === 'email').at(-1),
    ).toMatchObject({ via: 'restored', fromOrder: original.order, current: true });
  });

  it('CONTACT-4: messengers and a trusted phone are set and removed; a malformed one is 422 with its path', async () => {
    const t = createTestApp();
    const { tokens, c } = await signedIn(t);
    const tg = await c.json(
      'put',
      '/v1/contacts/messengers/telegram',
      { value: '@aziz_karimov' },
      bearer(tokens.accessToken),
    );
    expect(tg.status).toBe(200);
    expect(tg.body.messengers).toHaveLength(1);
    const bad = await c.json(
      'put',
      '/v1/contacts/messengers/telegram',
      { value: '!!' },
      bearer(tokens.accessToken),
    );
    expect(bad.status).toBe(422);
    const unknown = await c.json(
      'put',
      '/v1/contacts/messengers/icq',
      { value: '12345' },
      bearer(tokens.accessToken),
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.issues[0].path).toEqual(['kind']);
    expect(
      (
        await c.json(
          'delete',
          '/v1/contacts/messengers/telegram',
          undefined,
          bearer(tokens.accessToken),
        )
      ).body.messengers,
    ).toHaveLength(0);
    const trusted = await c.json(
      'put',
      '/v1/contacts/trusted-phone',
      { phone: '+998901234500' },
      bearer(tokens.accessToken),
    );
    expect(trusted.status).toBe(200);
    expect(trusted.body.trustedPhone.masked).toEqual(expect.any(String));
    expect(
      (await c.json('delete', '/v1/contacts/trusted-phone', undefined, bearer(tokens.accessToken)))
        .body.trustedPhone,
    ).toBeUndefined();
  });
});

describe('identity over HTTP', () => {
  it('ACC-2: the documents check lifts the account to standard; the session must be refreshed (S-10)', async () => {
    const t = createTestApp();
    const { tokens, c } = await signedIn(t);
    const before = await c.json('get', '/v1/identity', undefined, bearer(tokens.accessToken));
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ level: 'simplified', missingDocuments: [] });
    const check = await c.json(
      'post',
      '/v1/identity/checks/documents',
      undefined,
      bearer(tokens.accessToken),
    );
    expect(check.status).toBe(202);
    expect(check.body.state).toBe('confirmed');
    expect(
      (await c.json('get', '/v1/identity', undefined, bearer(tokens.accessToken))).status,
    ).toBe(401);
    const refreshed = await c.json('post', '/v1/sessions/refresh', {
      refreshToken: tokens.refreshToken,
    });
    expect(refreshed.body.tokens.sessionId).not.toBe(tokens.sessionId);
    const after = await c.json(
      'get',
      '/v1/identity',
      undefined,
      bearer(refreshed.body.tokens.accessToken),
    );
    expect(after.body.level).toBe('standard');
  });

  it('ACC-5: a mismatch asks for a clarification with the defects and a 48-hour deadline; the answer re-runs the check', async () => {
    const t = createTestApp();
    const { account, tokens, c } = await signedIn(t);
    t.kabinet.dev.registry!.respondFor(account.accountId, {
      status: 'mismatch',
      defects: [{ field: 'person.surname', reason: 'mismatch' }],
    });
    const check = await c.json(
      'post',
      '/v1/identity/checks/documents',
      undefined,
      bearer(tokens.accessToken),
    );
    expect(check.body.state).toBe('clarification_requested');
    expect(check.body.defects).toEqual([{ field: 'person.surname', reason: 'mismatch' }]);
    expect(check.body.deadline - t.clock.now()).toBe(48 * 3_600_000);
    const view = await c.json('get', '/v1/identity', undefined, bearer(tokens.accessToken));
    expect(view.body.clarification).toMatchObject({ checkId: check.body.checkId, overdue: false });
    const answered = await c.agent
      .post(`/api/v1/identity/checks/${check.body.checkId}/clarification`)
      .set('authorization', `Bearer ${tokens.accessToken}`)
      .field('personal', JSON.stringify({ ...person.personal, surname: 'Каримова' }))
      .attach('file', scanPng(), 'passport.png');
    expect(answered.status).toBe(200);
    expect(answered.body.state).toBe('confirmed');
  });

  it('ACC-7: confirmation by an SMS code to the registered phone lifts standard to confirmed', async () => {
    const t = createTestApp();
    const { account, tokens, c } = await signedIn(t);
    await c.json('post', '/v1/identity/checks/documents', undefined, bearer(tokens.accessToken));
    const refreshed = (
      await c.json('post', '/v1/sessions/refresh', { refreshToken: tokens.refreshToken })
    ).body.tokens;
    const started = await c.json(
      'post',
      '/v1/identity/confirmations',
      { method: 'sms_code' },
      bearer(refreshed.accessToken),
    );
    expect(started.status).toBe(202);
    expect(started.body.state).toBe('awaiting_code');
    const code = t.kabinet.dev.outbox!.lastCode(account.phone)!;
    const entered = await c.json(
      'post',
      `/v1/identity/checks/${started.body.checkId}/code`,
      { code },
      bearer(refreshed.accessToken),
    );
    expect(entered.status).toBe(200);
    expect(entered.body.state).toBe('confirmed');
  });

  it('ACC-7: a document-upload confirmation takes scans as multipart; a non-standard account is refused with 403', async () => {
    const t = createTestApp();
    const { tokens, c } = await signedIn(t);
    const early = await c.json(
      'post',
      '/v1/identity/confirmations',
      { method: 'sms_code' },
      bearer(tokens.accessToken),
    );
    expect(early.status).toBe(403);
    expect(early.body.error.code).toBe('identity.level_required');
    await c.json('post', '/v1/identity/checks/documents', undefined, bearer(tokens.accessToken));
    const refreshed = (
      await c.json('post', '/v1/sessions/refresh', { refreshToken: tokens.refreshToken })
    ).body.tokens;
    const upload = await c.agent
      .post('/api/v1/identity/confirmations')
      .set('authorization', `Bearer ${refreshed.accessToken}`)
      .field('method', 'document_upload')
      .attach('file', scanPng(), 'passport.png')
      .attach('file', scanPng(), 'selfie.png');
    expect(upload.status).toBe(202);
    expect(upload.body.kind).toBe('document_upload');
  });

  it('ACC-6: adds a document with scans and changes the address', async () => {
    const t = createTestApp();
    const { tokens, c } = await signedIn(t);
    const inn = await c.json(
      'post',
      '/v1/identity/documents',
      { document: { kind: 'inn', number: '500100732259' } },
      bearer(tokens.accessToken),
    );
    expect(inn.status).toBe(201);
    expect(inn.body.documents.map((d: { kind: string }) => d.kind)).toContain('inn');
    const address = await c.json(
      'put',
      '/v1/identity/address',
      {
        address: { postalIndex: '101000', city: 'г. Москва', street: 'ул. Мясницкая', house: '7' },
      },
      bearer(tokens.accessToken),
    );
    expect(address.status).toBe(200);
    const badJson = await c.agent
      .post('/api/v1/identity/documents')
      .set('authorization', `Bearer ${tokens.accessToken}`)
      .field('document', '{"kind": ')
      .attach('file', scanPng(), 'passport.png');
    expect(badJson.status).toBe(400);
    expect(badJson.body.error.code).toBe('body.malformed_json');
    expect(person.passport.kind).toBe('foreign_passport');
  });

  it('ACC-7: in person at a service centre: the operator records the visit, the activation link completes it', async () => {
    const t = createTestApp();
    const { account, tokens, c } = await signedIn(t);
    await c.json('post', '/v1/identity/checks/documents', undefined, bearer(tokens.accessToken));
    const op = { authorization: 'Bearer op-token-0123456789abcdef0123456789' };
    const visit = await c.json(
      'post',
      `/v1/support/accounts/${account.accountId}/in-person`,
      { serviceCentreId: 'mfc-77-001' },
      op,
    );
    expect(visit.status).toBe(200);
    expect(visit.body.state).toBe('activation_sent');
    const sms = t.kabinet.dev.outbox!.lastTo(account.phone) as { text: string; purpose: string };
    expect(sms.purpose).toBe('activation-link');
    const token = /([A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}|[A-Za-z0-9_-]{20,})/.exec(sms.text)?.[1];
    const activated = await c.json('post', '/v1/identity/activate', { token });
    expect(activated.status).toBe(200);
    expect(activated.body.state).not.toBe('activation_sent');
  });
});
