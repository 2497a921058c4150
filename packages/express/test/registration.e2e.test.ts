import { describe, expect, it } from 'vitest';
import {
  client,
  confirmContacts,
  createTestApp,
  draftWithData,
  freshContacts,
  PASSWORD,
  person,
  registerActive,
  scanPng,
  snapshot,
} from './_kit.js';

describe('registration over HTTP', () => {
  it('ACC-3: a complete registration, step by step, ends in an active account', async () => {
    const t = createTestApp();
    const c = client(t);
    const started = await c.json('post', '/v1/registration/drafts', {
      userType: 'foreign_citizen',
    });
    expect(started.status).toBe(201);
    expect(started.body.draft.missing).toEqual([
      'personal_data',
      'documents',
      'contacts',
      'password',
      'terms',
    ]);
    const terms = await c.json('get', '/v1/registration/terms');
    expect(terms.body).toEqual({ termsVersion: t.kabinet.policy.termsVersion });
    const draft = await draftWithData(t);
    await confirmContacts(t, draft);
    const h = { 'x-resume-token': draft.token };
    const view = await client(t, draft.ip).json(
      'get',
      `/v1/registration/drafts/${draft.draftId}`,
      undefined,
      h,
    );
    expect(view.status).toBe(200);
    expect(view.body.draft).toMatchObject({
      personalData: true,
      password: true,
      missing: [],
      phone: { confirmed: true },
      email: { confirmed: true },
    });
    expect(JSON.stringify(view.body)).not.toContain(draft.phone);
    const created = await client(t, draft.ip).json(
      'post',
      `/v1/registration/drafts/${draft.draftId}/account`,
      undefined,
      h,
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ lifecycle: 'active', level: 'simplified' });
    expect(t.faults).toEqual([]);
  });

  it('ACC-4: a draft survives a lost session: resume gives a new token and the old one stops working', async () => {
    const t = createTestApp();
    const draft = await draftWithData(t);
    const c = client(t, draft.ip);
    const resumed = await c.json('post', `/v1/registration/drafts/${draft.draftId}/resume`, {
      resumeToken: draft.token,
    });
    expect(resumed.status).toBe(200);
    expect(resumed.body.resumeToken).not.toBe(draft.token);
    expect(resumed.body.draft.personalData).toBe(true);
    const old = await c.json('get', `/v1/registration/drafts/${draft.draftId}`, undefined, {
      'x-resume-token': draft.token,
    });
    expect(old.status).toBe(404);
    expect(old.body.error.code).toBe('registration.draft_not_found');
  });

  it('DOC-11: field issues come back as 422 with paths and messages in the language asked for', async () => {
    const t = createTestApp();
    const draft = await draftWithData(t);
    const c = client(t, draft.ip);
    const body = { personal: { ...person.personal, surname: 'Karimov', birthDate: '31.02.1990' } };
    const en = await c.json('put', `/v1/registration/drafts/${draft.draftId}/personal-data`, body, {
      'x-resume-token': draft.token,
      'accept-language': 'en',
    });
    expect(en.status).toBe(422);
    expect(en.body.error.code).toBe('http.validation_failed');
    const paths = en.body.error.issues.map((i: { path: unknown[] }) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['personal.surname', 'personal.birthDate']));
    const ru = await c.json('put', `/v1/registration/drafts/${draft.draftId}/personal-data`, body, {
      'x-resume-token': draft.token,
      'accept-language': 'ru-RU,ru;q=0.9',
    });
    expect(ru.body.error.issues[0].message).not.toBe(en.body.error.issues[0].message);
    expect(ru.body.error.message).toMatch(/[а-я]/);
    expect(en.body.error.message).toMatch(/^[ -~]+$/);
  });

  it('S-13: a scan is judged by its bytes: an executable named .png is refused, the draft unchanged', async () => {
    const t = createTestApp();
    const draft = await draftWithData(t);
    const before = snapshot(t, { drafts: [draft.draftId] });
    const res = await client(t, draft.ip)
      .agent.post(`/api/v1/registration/drafts/${draft.draftId}/documents`)
      .set('x-resume-token', draft.token)
      .field('document', JSON.stringify({ ...person.passport, number: 'AB7654321' }))
      .attach('file', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(4000)]), {
        filename: 'passport.png',
        contentType: 'image/png',
      });
    expect(res.status).toBe(422);
    expect(res.body.error.issues[0].code).toMatch(/^file\./);
    expect(res.body.error.issues[0].path).toEqual(['files', 0]);
    expect(snapshot(t, { drafts: [draft.draftId] })).toEqual(before);
  });

  it('FILE-4: an infected scan is refused before it is bound to the draft', async () => {
    const t = createTestApp();
    const draft = await draftWithData(t);
    const png = Buffer.concat([
      scanPng().subarray(0, -12),
      Buffer.from('EICAR'),
      scanPng().subarray(-12),
    ]);
    const res = await client(t, draft.ip)
      .agent.post(`/api/v1/registration/drafts/${draft.draftId}/documents`)
      .set('x-resume-token', draft.token)
      .field('document', JSON.stringify({ ...person.passport, number: 'AB7654321' }))
      .attach('file', png, 'passport.png');
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.body.error.issues)).toMatch(/file\./);
  });

  it('S-13: an upload over the limit is refused with 413 while it arrives', async () => {
    const t = createTestApp({ http: { uploadMaxBytes: 256 * 1024 } });
    const draft = await draftWithData(t);
    const res = await client(t, draft.ip)
      .agent.post(`/api/v1/registration/drafts/${draft.draftId}/documents`)
      .set('x-resume-token', draft.token)
      .field('document', JSON.stringify(person.passport))
      .attach('file', Buffer.alloc(1024 * 1024), 'big.png');
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('body.too_large');
  });

  it('OTP-3: a wrong code blocks the next try for five minutes: 429 with Retry-After, then the right code works', async () => {
    const t = createTestApp();
    const draft = await draftWithData(t);
    const c = client(t, draft.ip);
    const h = { 'x-resume-token': draft.token };
    expect(
      (
        await c.json(
          'post',
          `/v1/registration/drafts/${draft.draftId}/codes`,
          { channel: 'phone' },
          h,
        )
      ).status,
    ).toBe(202);
    const code = t.kabinet.dev.outbox!.lastCode(draft.phone)!;
    const wrong = await c.json(
      'post',
      `/v1/registration/drafts/${draft.draftId}/codes/confirm`,
      { channel: 'phone', code: code === '000000' ? '111111' : '000000' },
      h,
    );
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.issues[0].code).toBe('auth.code_wrong');
    const blocked = await c.json(
      'post',
      `/v1/registration/drafts/${draft.draftId}/codes/confirm`,
      { channel: 'phone', code },
      h,
    );
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('auth.code_blocked');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(300);
    t.clock.advance(5 * 60_000);
    const ok = await c.json(
      'post',
      `/v1/registration/drafts/${draft.draftId}/codes/confirm`,
      { channel: 'phone', code },
      h,
    );
    expect(ok.status).toBe(200);
  });

  it('S-5: a resend inside the cooldown is 429 with Retry-After', async () => {
    const t = createTestApp();
    const draft = await draftWithData(t);
    const c = client(t, draft.ip);
    const h = { 'x-resume-token': draft.token };
    expect(
      (
        await c.json(
          'post',
          `/v1/registration/drafts/${draft.draftId}/codes`,
          { channel: 'email' },
          h,
        )
      ).status,
    ).toBe(202);
    const again = await c.json(
      'post',
      `/v1/registration/drafts/${draft.draftId}/codes`,
      { channel: 'email' },
      h,
    );
    expect(again.status).toBe(429);
    expect(again.body.error.code).toBe('auth.send_cooldown');
    expect(Number(again.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('CONTACT-6: an account created before its contacts are confirmed waits for them, then activates', async () => {
    const t = createTestApp();
    const draft = await draftWithData(t);
    const c = client(t, draft.ip);
    const h = { 'x-resume-token': draft.token };
    const created = await c.json(
      'post',
      `/v1/registration/drafts/${draft.draftId}/account`,
      undefined,
      h,
    );
    expect(created.status).toBe(201);
    expect(created.body.lifecycle).toBe('contacts_pending');
    const again = await c.json(
      'post',
      `/v1/registration/drafts/${draft.draftId}/account`,
      undefined,
      h,
    );
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('registration.already_created');
    const login = await c.json('post', '/v1/auth/login', {
      login: draft.phone,
      password: PASSWORD,
    });
    expect(login.status).toBe(401);
    await confirmContacts(t, draft);
    const after = await c.json('post', '/v1/auth/login', {
      login: draft.phone,
      password: PASSWORD,
    });
    expect(after.status).toBe(200);
    expect(after.body.status).toBe('second_factor_required');
  });

  it('removes a document and changes the user type (the missing steps follow)', async () => {
    const t = createTestApp();
    const account = await registerActive(t);
    expect(account.accountId).toMatch(/^acc_/);
    const draft = await draftWithData(t, freshContacts());
    const c = client(t, draft.ip);
    const h = { 'x-resume-token': draft.token };
    const view = await c.json('get', `/v1/registration/drafts/${draft.draftId}`, undefined, h);
    const docId = view.body.draft.documents[0].id;
    const removed = await c.json(
      'delete',
      `/v1/registration/drafts/${draft.draftId}/documents/${docId}`,
      undefined,
      h,
    );
    expect(removed.status).toBe(200);
    expect(removed.body.draft.documents).toHaveLength(1);
    const type = await c.json(
      'put',
      `/v1/registration/drafts/${draft.draftId}/user-type`,
      { userType: 'residence_permit_holder' },
      h,
    );
    expect(type.body.draft.userType).toBe('residence_permit_holder');
    expect(type.body.draft.missing).toContain('documents');
  });
});
