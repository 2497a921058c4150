import { describe, expect, it } from 'vitest';
import { createRegistrationService } from './create-registration-service.js';
import type { RegistrationInput } from './registration-input-schemas.js';
import { renderIssue } from '@kabinet/core';
import { accountMessages } from '../messages/account-messages.js';
import {
  PASSWORD,
  contacts,
  createKit,
  people,
  registerActive,
  scanPng,
  type Kit,
} from '../../test/test-kit.js';

describe('registration', () => {
  it('ACC-3, CONTACT-6: a foreign citizen registers step by step and is active at the simplified level', async () => {
    const kit = createKit();
    const { accountId } = await registerActive(kit, 'foreign_citizen');
    const account = await kit.accounts.get(accountId);
    expect(account).toMatchObject({
      lifecycle: 'active',
      level: 'simplified',
      userType: 'foreign_citizen',
    });
    expect(account!.documents.map((d) => d.kind).sort()).toEqual([
      'foreign_passport',
      'migration_card',
    ]);
  });

  it('ACC-10, S-12: personal data is stored only encrypted', async () => {
    const kit = createKit();
    const { accountId, phone, email } = await registerActive(kit, 'residence_permit_holder');
    const stored = JSON.stringify(kit.accounts.peek(accountId));
    for (const secret of [
      phone,
      email,
      'Исмаилова',
      '1988-11-03',
      '400123456',
      '1234567',
      '11223344595',
    ])
      expect(stored).not.toContain(secret);
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
    expect(resumed.data.draft.phone).toEqual({
      masked: expect.stringContaining('****'),
      confirmed: false,
    });
    expect((await kit.registration.get({ draftId, resumeToken })).success).toBe(false);
    const fresh = { draftId, resumeToken: resumed.data.resumeToken };
    const confirm = await kit.registration.confirmCode({
      ...fresh,
      channel: 'phone',
      code: oldCode,
    });
    expect(confirm).toMatchObject({ success: false, issues: [{ code: 'auth.code_expired' }] });
  });

  it('ACC-3: create names every missing step', async () => {
    const kit = createKit();
    const started = await kit.registration.start({ userType: 'residence_permit_holder' });
    if (!started.success) throw new Error();
    const r = await kit.registration.create({
      draftId: started.data.draftId,
      resumeToken: started.data.resumeToken,
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => i.params?.['step'])).toEqual([
      'personal_data',
      'documents',
      'contacts',
      'password',
      'terms',
    ]);
  });

  it('DOC-5, ACC-6: a wrong SNILS stops registration of a permit holder, with the field named', async () => {
    const kit = createKit();
    const started = await kit.registration.start({ userType: 'residence_permit_holder' });
    if (!started.success) throw new Error();
    const r = await kit.registration.addDocument({
      draftId: started.data.draftId,
      resumeToken: started.data.resumeToken,
      document: { kind: 'snils', number: '112-233-445 96' },
    });
    expect(r).toMatchObject({
      success: false,
      issues: [{ code: 'snils.checksum', path: ['document', 'number'] }],
    });
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
    expect(r).toMatchObject({
      success: false,
      issues: [{ code: 'file.dpi_too_low', path: ['files', 1] }],
    });
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
    await kit.registration.setContacts({
      ...access,
      phone: first.phone,
      email: 'other@example.uz',
    });
    kit.clock.advance(61_000);
    const sent = await kit.registration.requestCode({ ...access, channel: 'phone' });
    expect(sent).toMatchObject({
      success: true,
      data: { channel: 'phone', sentTo: expect.any(String) },
    });
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
    await kit.registration.savePersonalData({
      ...access,
      personal: people.foreign_citizen.personal,
    });
    for (const document of people.foreign_citizen.documents)
      await kit.registration.addDocument({ ...access, document });
    await kit.registration.setContacts({ ...access, phone, email });
    await kit.registration.setPassword({ ...access, password: PASSWORD });
    await kit.registration.acceptTerms({ ...access, termsVersion: kit.ctx.policy.termsVersion });
    const created = await kit.registration.create(access);
    expect(created).toMatchObject({
      success: true,
      data: { lifecycle: 'contacts_pending', level: 'none' },
    });
    if (!created.success) return;
    expect((await kit.auth.login({ login: phone, password: PASSWORD })).success).toBe(false);
    for (const channel of ['phone', 'email'] as const) {
      await kit.registration.requestCode({ ...access, channel });
      await kit.registration.confirmCode({
        ...access,
        channel,
        code: kit.outbox.lastCode(channel === 'phone' ? phone : email)!,
      });
    }
    expect(await kit.accounts.get(created.data.accountId)).toMatchObject({
      lifecycle: 'active',
      level: 'simplified',
    });
    expect(await kit.drafts.get(access.draftId)).toBeUndefined();
  });

  it('S-4, OTP-3: a wrong code blocks the phone, not the code: a new code, and a new draft for the same phone, stay blocked until exactly code.blockMs after it', async () => {
    const kit = createKit();
    const blockMs = kit.ctx.lockout.policy.code.blockMs;
    expect(blockMs).toBe(5 * 60_000);
    const { phone } = contacts();
    const draft = async (n: number) => {
      const started = await kit.registration.start({ userType: 'foreign_citizen' });
      if (!started.success) throw new Error();
      const access = { draftId: started.data.draftId, resumeToken: started.data.resumeToken };
      await kit.registration.setContacts({ ...access, phone, email: `s4-${n}@example.uz` });
      return access;
    };
    const a = await draft(1);
    await kit.registration.requestCode({ ...a, channel: 'phone' });
    const first = kit.outbox.lastCode(phone)!;
    expect(
      await kit.registration.confirmCode({
        ...a,
        channel: 'phone',
        code: first.replace(/^./, (d) => String((Number(d) + 1) % 10)),
      }),
    ).toMatchObject({ success: false, issues: [{ code: 'auth.code_wrong' }] });
    const wrongAt = kit.clock.now();
    for (const access of [a, await draft(2)]) {
      kit.clock.advance(61_000);
      expect((await kit.registration.requestCode({ ...access, channel: 'phone' })).success).toBe(
        true,
      );
      const fresh = kit.outbox.lastCode(phone)!;
      expect(
        await kit.registration.confirmCode({ ...access, channel: 'phone', code: fresh }),
      ).toEqual({
        success: false,
        issues: [
          {
            code: 'auth.code_blocked',
            path: ['code'],
            params: {
              seconds: Math.ceil((wrongAt + blockMs - kit.clock.now()) / 1000),
              minutes: Math.ceil((wrongAt + blockMs - kit.clock.now()) / 60_000),
            },
          },
        ],
      });
    }
    kit.clock.set(wrongAt + blockMs - 1);
    const last = await draft(3);
    expect((await kit.registration.requestCode({ ...last, channel: 'phone' })).success).toBe(true);
    expect(
      await kit.registration.confirmCode({
        ...last,
        channel: 'phone',
        code: kit.outbox.lastCode(phone)!,
      }),
    ).toMatchObject({
      success: false,
      issues: [{ code: 'auth.code_blocked', params: { seconds: 1 } }],
    });
    kit.clock.advance(1);
    expect(
      await kit.registration.confirmCode({
        ...last,
        channel: 'phone',
        code: kit.outbox.lastCode(phone)!,
      }),
    ).toMatchObject({ success: true, data: { phone: { confirmed: true } } });
  });

  it('DOC-3: a passport that expires exactly six months after the registration date is accepted; one day sooner is refused', async () => {
    const kit = createKit();
    // START is 02.03.2026 12:00 Moscow time: six months on is 02.09.2026.
    const started = await kit.registration.start({ userType: 'foreign_citizen' });
    if (!started.success) throw new Error();
    const access = { draftId: started.data.draftId, resumeToken: started.data.resumeToken };
    const passport = (expiryDate: string) => ({
      ...access,
      document: { ...people.foreign_citizen.documents[0], expiryDate },
    });
    expect(kit.ctx.policy.passportValidityMonths).toBe(6);
    expect(await kit.registration.addDocument(passport('01.09.2026'))).toMatchObject({
      success: false,
      issues: [
        {
          code: 'document.validity_too_short',
          path: ['document', 'expiryDate'],
          params: { months: 6, requiredUntil: '02.09.2026' },
        },
      ],
    });
    expect(await kit.registration.addDocument(passport('02.09.2026'))).toMatchObject({
      success: true,
      data: { documents: [{ kind: 'foreign_passport', expiresOn: '2026-09-02' }] },
    });
  });

  it('ACC-1: the user types are the foreign citizen and the residence-permit holder; partner, organisation or any other kind is refused, and the type is kept on the account', async () => {
    const kit = createKit();
    for (const userType of [
      'partner',
      'organization',
      'legal_entity',
      'russian_citizen',
      '',
      undefined,
    ]) {
      const r = await kit.registration.start((userType === undefined ? {} : { userType }) as never);
      expect(r.success).toBe(false);
      if (!r.success) expect(r.issues.map((i) => i.path)).toEqual([['userType']]);
    }
    const citizen = await registerActive(kit, 'foreign_citizen');
    const holder = await registerActive(kit, 'residence_permit_holder');
    expect((await kit.accounts.get(citizen.accountId))?.userType).toBe('foreign_citizen');
    expect((await kit.accounts.get(holder.accountId))?.userType).toBe('residence_permit_holder');
    // The type decides what is needed: a foreign citizen's documents are not enough for a permit holder (ACC-6).
    const started = await kit.registration.start({ userType: 'residence_permit_holder' });
    if (!started.success) throw new Error();
    const access = { draftId: started.data.draftId, resumeToken: started.data.resumeToken };
    for (const document of people.foreign_citizen.documents)
      await kit.registration.addDocument({ ...access, document });
    expect(await kit.registration.get(access)).toMatchObject({
      success: true,
      data: { userType: 'residence_permit_holder', missing: expect.arrayContaining(['documents']) },
    });
    const changed = await kit.registration.setUserType({ ...access, userType: 'foreign_citizen' });
    expect(changed).toMatchObject({ success: true, data: { userType: 'foreign_citizen' } });
    expect(changed.success && changed.data.missing).not.toContain('documents');
  });

  it('DOC-1: the identity package — a passport with a visa instead of a migration card, SNILS or INN as the Russian identifier, the address of stay, and an electronic copy (PDF) of a document', async () => {
    const kit = createKit();
    const started = await kit.registration.start({ userType: 'foreign_citizen' });
    if (!started.success) throw new Error();
    const access = { draftId: started.data.draftId, resumeToken: started.data.resumeToken };
    const address = {
      postalIndex: '101000',
      city: 'г. Москва',
      street: 'ул. Мясницкая',
      house: '7',
      apartment: '12',
    };
    expect(
      (
        await kit.registration.savePersonalData({
          ...access,
          personal: { ...people.foreign_citizen.personal, address },
        })
      ).success,
    ).toBe(true);
    expect(
      (
        await kit.registration.addDocument({
          ...access,
          document: people.foreign_citizen.documents[0],
          files: [{ bytes: scanPng(), name: 'passport.png' }],
        })
      ).success,
    ).toBe(true);
    const pdf = new TextEncoder().encode(
      '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n',
    );
    const visa = await kit.registration.addDocument({
      ...access,
      document: {
        kind: 'visa',
        number: '123456789',
        validFrom: '01.02.2026',
        validUntil: '01.02.2027',
      },
      files: [{ bytes: pdf, name: 'visa.pdf' }],
    });
    expect(visa).toMatchObject({
      success: true,
      data: { documents: [{ kind: 'foreign_passport' }, { kind: 'visa', files: 1 }] },
    });
    expect(
      (
        await kit.registration.addDocument({
          ...access,
          document: { kind: 'snils', number: '112-233-445 95' },
        })
      ).success,
    ).toBe(true);
    expect(
      (
        await kit.registration.addDocument({
          ...access,
          document: { kind: 'inn', number: '500100732259' },
        })
      ).success,
    ).toBe(true);
    // A wrong Russian identifier is refused (DOC-5, DOC-6), a passport scan must be an image (FILE-2).
    expect(
      await kit.registration.addDocument({
        ...access,
        document: { kind: 'inn', number: '500100732250' },
      }),
    ).toMatchObject({ success: false, issues: [{ path: ['document', 'number'] }] });
    expect(
      await kit.registration.addDocument({
        ...access,
        document: { ...people.foreign_citizen.documents[0], number: 'AA7654321' },
        files: [{ bytes: pdf }],
      }),
    ).toMatchObject({
      success: false,
      issues: [{ code: 'file.type_not_allowed' }],
    });
    const view = await kit.registration.get(access);
    expect(view.success && view.data.missing).not.toContain('documents');
  });

  describe('ACC-2, S-8: one person, one account — a document belongs to at most one account', () => {
    /** A draft ready to create, with the given passport. */
    async function readyDraft(kit: Kit, passport: Record<string, string>) {
      const { phone, email } = contacts();
      const started = await kit.registration.start({ userType: 'foreign_citizen' });
      if (!started.success) throw new Error();
      const access = { draftId: started.data.draftId, resumeToken: started.data.resumeToken };
      await kit.registration.savePersonalData({
        ...access,
        personal: people.foreign_citizen.personal,
      });
      expect(
        (
          await kit.registration.addDocument({
            ...access,
            document: passport as RegistrationInput<'addDocument'>['document'],
          })
        ).success,
      ).toBe(true);
      await kit.registration.addDocument({
        ...access,
        document: {
          ...people.foreign_citizen.documents[1],
          number: `4012 ${String(7000000 + Math.floor(Math.random() * 999999))}`,
        },
      });
      await kit.registration.setContacts({ ...access, phone, email });
      for (const channel of ['phone', 'email'] as const) {
        await kit.registration.requestCode({ ...access, channel });
        await kit.registration.confirmCode({
          ...access,
          channel,
          code: kit.outbox.lastCode(channel === 'phone' ? phone : email)!,
        });
      }
      await kit.registration.setPassword({ ...access, password: PASSWORD });
      await kit.registration.acceptTerms({ ...access, termsVersion: kit.ctx.policy.termsVersion });
      kit.clock.advance(61_000);
      return access;
    }

    it('ACC-2, S-8: a second registration with the same passport (however typed) is refused with a generic "contact support", creates nothing, and is journaled on both sides', async () => {
      const kit = createKit();
      const passport = { ...people.foreign_citizen.documents[0], number: 'AD1234567' };
      const first = await kit.registration.create(await readyDraft(kit, passport));
      if (!first.success) throw new Error(JSON.stringify(first.issues));
      const second = await readyDraft(kit, {
        ...passport,
        number: ' ad 123 4567 ',
        country: 'uzb',
      });
      const refused = await kit.registration.create(second);
      expect(refused).toEqual({
        success: false,
        issues: [
          {
            code: 'document.unavailable',
            path: ['documents'],
            params: { kind: 'foreign_passport' },
          },
        ],
      });
      expect(
        renderIssue(
          refused.success ? { code: '', path: [] } : refused.issues[0]!,
          'en',
          accountMessages,
        ),
      ).toBe('This document cannot be used: contact support');
      // Nothing says which account holds it; no second account exists; the draft can be finished with another passport.
      expect(JSON.stringify(refused)).not.toContain(first.data.accountId);
      expect((await kit.accounts.list({ limit: 10 })).items).toHaveLength(1);
      const view = await kit.registration.get(second);
      expect(view.success && view.data.accountId).toBeUndefined();
      expect(
        (await kit.journal.history({ type: 'draft', id: second.draftId })).map(
          (e) => e.entry.action,
        ),
      ).toContain('registration.document_refused');
      expect(
        (await kit.journal.history({ type: 'account', id: first.data.accountId })).map(
          (e) => e.entry.action,
        ),
      ).toContain('identity.document_reuse_refused');
      expect(
        (
          await kit.registration.addDocument({
            ...second,
            document: { ...passport, number: 'AD7654321' },
          })
        ).success,
      ).toBe(true);
      expect(await kit.registration.create(second)).toMatchObject({ success: true });
    });

    it('ACC-2: the same number issued by another country is another document', async () => {
      const kit = createKit();
      const first = await kit.registration.create(
        await readyDraft(kit, { ...people.foreign_citizen.documents[0], number: 'AD1111111' }),
      );
      expect(first.success).toBe(true);
      const other = await kit.registration.create(
        await readyDraft(kit, {
          ...people.foreign_citizen.documents[0],
          number: 'AD1111111',
          country: 'KAZ',
        }),
      );
      expect(other).toMatchObject({ success: true });
    });

    it('ACC-2, S-9: two registrations with one passport at once make one account', async () => {
      const kit = createKit();
      const passport = { ...people.foreign_citizen.documents[0], number: 'AD2222222' };
      const [a, b] = [await readyDraft(kit, passport), await readyDraft(kit, passport)];
      const results = await Promise.all([kit.registration.create(a), kit.registration.create(b)]);
      expect(results.filter((r) => r.success)).toHaveLength(1);
      expect(results.find((r) => !r.success)).toMatchObject({
        issues: [{ code: 'document.unavailable' }],
      });
      expect((await kit.accounts.list({ limit: 10 })).items).toHaveLength(1);
    });
  });
});
