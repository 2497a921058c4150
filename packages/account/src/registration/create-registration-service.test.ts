import { describe, expect, it } from 'vitest';
import { createRegistrationService } from './create-registration-service.js';
import { PASSWORD, contacts, createKit, people, registerActive, scanPng } from '../../test/test-kit.js';

describe('registration', () => {
  it('ACC-3, CONTACT-6: a foreign citizen registers step by step and is active at the simplified level', async () => {
    const kit = createKit();
    const { accountId } = await registerActive(kit, 'foreign_citizen');
    const account = await kit.accounts.get(accountId);
    expect(account).toMatchObject({ lifecycle: 'active', level: 'simplified', userType: 'foreign_citizen' });
    expect(account!.documents.map((d) => d.kind).sort()).toEqual(['foreign_passport', 'migration_card']);
  });

  it('ACC-10, S-12: personal data is stored only encrypted', async () => {
    const kit = createKit();
    const { accountId, phone, email } = await registerActive(kit, 'residence_permit_holder');
    const stored = JSON.stringify(kit.accounts.peek(accountId));
    for (const secret of [phone, email, 'Исмаилова', '1988-11-03', '400123456', '1234567', '11223344595']) expect(stored).not.toContain(secret);
  });

  it('ACC-4: a draft survives a lost session; resuming rotates the token and old codes stop working (OTP-2)', async () => {
    const kit = createKit();
    const started = await kit.registration.start({ userType: 'foreign_citizen' });
    if (!started.success) throw new Error();
    const { draftId, resumeToken } = started.data;
    const { phone, email } = contacts();
    await kit.registration.setContacts({ draftId, resumeToken, phone, email });
    await kit.registration.requestCode({ draftId, resumeToken, channel: 'phone' });
    const oldCode = kit.outbox.lastCode(phone)!;
    kit.clock.advance(2 * 3_600_000);
    const resumed = await kit.registration.resume({ draftId, resumeToken });
    expect(resumed.success).toBe(true);
    if (!resumed.success) return;
    expect(resumed.data.draft.phone).toEqual({ masked: expect.stringContaining('****'), confirmed: false });
    expect((await kit.registration.get({ draftId, resumeToken })).success).toBe(false);
    const fresh = { draftId, resumeToken: resumed.data.resumeToken };
    const confirm = await kit.registration.confirmCode({ ...fresh, channel: 'phone', code: oldCode });
    expect(confirm).toMatchObject({ success: false, issues: [{ code: 'auth.code_expired' }] });
  });

  it('ACC-3: create names every missing step', async () => {
    const kit = createKit();
    const started = await kit.registration.start({ userType: 'residence_permit_holder' });
    if (!started.success) throw new Error();
    const r = await kit.registration.create({ draftId: started.data.draftId, resumeToken: started.data.resumeToken });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => i.params?.['step'])).toEqual(['personal_data', 'documents', 'contacts', 'password', 'terms']);
  });

  it('DOC-5, ACC-6: a wrong SNILS stops registration of a permit holder, with the field named', async () => {
    const kit = createKit();
    const started = await kit.registration.start({ userType: 'residence_permit_holder' });
    if (!started.success) throw new Error();
    const r = await kit.registration.addDocument({ draftId: started.data.draftId, resumeToken: started.data.resumeToken, document: { kind: 'snils', number: '112-233-445 96' } });
    expect(r).toMatchObject({ success: false, issues: [{ code: 'snils.checksum', path: ['document', 'number'] }] });
  });

  it('FILE-2: a passport scan below 300 dpi is refused', async () => {
    const kit = createKit();
    const started = await kit.registration.start({ userType: 'foreign_citizen' });
    if (!started.success) throw new Error();
    const r = await kit.registration.addDocument({
      draftId: started.data.draftId,
      resumeToken: started.data.resumeToken,
      document: people.foreign_citizen.documents[0],
      files: [{ bytes: scanPng() }, { bytes: scanPng(2835) }],
    });
    expect(r).toMatchObject({ success: false, issues: [{ code: 'file.dpi_too_low', path: ['files', 1] }] });
  });

  it('FILE-4: without a scanning hook an upload is a configuration error', async () => {
    const kit = createKit();
    const unscanned = createRegistrationService({ ...kit.ctx, scanFile: undefined });
    const started = await unscanned.start({ userType: 'foreign_citizen' });
    if (!started.success) throw new Error();
    const upload = unscanned.addDocument({
      draftId: started.data.draftId,
      resumeToken: started.data.resumeToken,
      document: people.foreign_citizen.documents[0],
      files: [{ bytes: scanPng() }],
    });
    await expect(upload).rejects.toMatchObject({ code: 'ERR_CONFIG' });
  });

  it('S-8: registering a taken phone looks the same; its owner is told instead of getting a code', async () => {
    const kit = createKit();
    const first = await registerActive(kit);
    const started = await kit.registration.start({ userType: 'foreign_citizen' });
    if (!started.success) throw new Error();
    const access = { draftId: started.data.draftId, resumeToken: started.data.resumeToken };
    await kit.registration.setContacts({ ...access, phone: first.phone, email: 'other@example.uz' });
    kit.clock.advance(61_000);
    const sent = await kit.registration.requestCode({ ...access, channel: 'phone' });
    expect(sent).toMatchObject({ success: true, data: { channel: 'phone', sentTo: expect.any(String) } });
    const last = kit.outbox.lastTo(first.phone);
    expect(last?.purpose).toBe('notice');
    expect(last?.channel === 'sms' && last.text).not.toMatch(/\d{6}/);
  });

  it('CONTACT-6: an account created before its contacts are confirmed waits in contacts_pending, then activates', async () => {
    const kit = createKit();
    const { phone, email } = contacts();
    const started = await kit.registration.start({ userType: 'foreign_citizen' });
    if (!started.success) throw new Error();
    const access = { draftId: started.data.draftId, resumeToken: started.data.resumeToken };
    await kit.registration.savePersonalData({ ...access, personal: people.foreign_citizen.personal });
    for (const document of people.foreign_citizen.documents) await kit.registration.addDocument({ ...access, document });
    await kit.registration.setContacts({ ...access, phone, email });
    await kit.registration.setPassword({ ...access, password: PASSWORD });
    await kit.registration.acceptTerms({ ...access, termsVersion: kit.ctx.policy.termsVersion });
    const created = await kit.registration.create(access);
    expect(created).toMatchObject({ success: true, data: { lifecycle: 'contacts_pending', level: 'none' } });
    if (!created.success) return;
    expect((await kit.auth.login({ login: phone, password: PASSWORD })).success).toBe(false);
    for (const channel of ['phone', 'email'] as const) {
      await kit.registration.requestCode({ ...access, channel });
      await kit.registration.confirmCode({ ...access, channel, code: kit.outbox.lastCode(channel === 'phone' ? phone : email)! });
    }
    expect(await kit.accounts.get(created.data.accountId)).toMatchObject({ lifecycle: 'active', level: 'simplified' });
    expect(await kit.drafts.get(access.draftId)).toBeUndefined();
  });
});
