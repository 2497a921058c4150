import { describe, expect, it } from 'vitest';
import { readPersonal } from '../_lib/account-pii.js';
import { supportLockoutPolicy } from '@kabinet/lockout';
import { CONFIRMATION_METHODS, USER_TYPES, type ConfirmationMethod } from '@kabinet/ports';
import {
  createKit,
  login,
  people,
  registerActive,
  rotatedKeys,
  scanPng,
  standardAccount,
  type Kit,
} from '../../test/test-kit.js';

const operator = { operatorId: 'op_7' };
const HOUR = 3_600_000;

/** Drives one confirmation method to its end; returns the final check state. */
async function confirmWith(
  kit: Kit,
  method: ConfirmationMethod,
  s: Awaited<ReturnType<typeof standardAccount>>,
): Promise<string> {
  const { auth, accountId, phone } = s;
  switch (method) {
    case 'document_upload': {
      const r = await kit.identity.startConfirmation(auth, {
        method,
        evidence: { files: [{ bytes: scanPng(), name: 'scan.png' }] },
      });
      return r.success ? r.data.state : JSON.stringify(r.issues);
    }
    case 'bank': {
      const r = await kit.identity.startConfirmation(auth, {
        method,
        evidence: { bankId: 'sber', attestationId: 'att-0042', cardLast4: '4242' },
      });
      return r.success ? r.data.state : JSON.stringify(r.issues);
    }
    case 'e_signature': {
      const r = await kit.identity.startConfirmation(auth, {
        method,
        evidence: { certificateSerial: '01AB23CD45EF', issuer: 'УЦ ФНС России' },
      });
      return r.success ? r.data.state : JSON.stringify(r.issues);
    }
    case 'sms_code': {
      const r = await kit.identity.startConfirmation(auth, { method });
      if (!r.success) return JSON.stringify(r.issues);
      expect(r.data.state).toBe('awaiting_code');
      const done = await kit.identity.enterCode(auth, {
        checkId: r.data.checkId,
        code: kit.outbox.lastCode(phone)!,
      });
      return done.success ? done.data.state : JSON.stringify(done.issues);
    }
    case 'video': {
      const r = await kit.identity.startConfirmation(auth, {
        method,
        evidence: { appointmentAt: kit.clock.now() + 2 * HOUR },
      });
      if (!r.success) return JSON.stringify(r.issues);
      expect(r.data.state).toBe('appointment_booked');
      kit.clock.advance(2 * HOUR);
      const done = await kit.support.verifyVideo(operator, { accountId, checkId: r.data.checkId });
      return done.success ? done.data.state : JSON.stringify(done.issues);
    }
    case 'registered_mail': {
      // The letter goes to the address in Russia (DOC-10), which a foreign citizen gives first.
      await kit.identity.updateAddress(auth, {
        address: { postalIndex: '101000', city: 'г. Москва', street: 'ул. Мясницкая', house: '7' },
      });
      const r = await kit.identity.startConfirmation(auth, { method });
      if (!r.success) return JSON.stringify(r.issues);
      const letter = await kit.support.dispatchLetter(operator, {
        accountId,
        checkId: r.data.checkId,
        trackingNumber: 'RA123456789RU',
      });
      if (!letter.success) return JSON.stringify(letter.issues);
      expect(letter.data.check).toMatchObject({
        state: 'in_transit',
        trackingNumber: 'RA123456789RU',
      });
      kit.clock.advance(7 * 24 * HOUR);
      const fresh = await login(kit, phone);
      const done = await kit.identity.enterCode(fresh.auth, {
        checkId: r.data.checkId,
        code: letter.data.code.toLowerCase(),
      });
      return done.success ? done.data.state : JSON.stringify(done.issues);
    }
    case 'in_person': {
      const r = await kit.support.verifyInPerson(operator, {
        accountId,
        serviceCentreId: 'mfc-moscow-12',
      });
      if (!r.success) return JSON.stringify(r.issues);
      expect(r.data.state).toBe('activation_sent');
      const sms = kit.outbox.lastTo(phone);
      const token =
        sms?.channel === 'sms' ? /(acc_[0-9a-z]+\.[A-Za-z0-9_-]+)/.exec(sms.text)?.[1] : undefined;
      const done = await kit.identity.activate({ token: token! });
      return done.success ? done.data.state : JSON.stringify(done.issues);
    }
  }
}

describe('identity', () => {
  for (const userType of USER_TYPES) {
    for (const method of CONFIRMATION_METHODS) {
      it(`ACC-7, ACC-2: a ${userType} confirms identity by ${method}: simplified → standard → confirmed`, async () => {
        const kit = createKit();
        const s = await standardAccount(kit, userType);
        expect((await kit.accounts.get(s.accountId))?.level).toBe('standard');
        expect(await confirmWith(kit, method, s)).toBe('confirmed');
        expect((await kit.accounts.get(s.accountId))?.level).toBe('confirmed');
      });
    }
  }

  it('ACC-2: no skipping — a confirmation method needs the standard level first', async () => {
    const kit = createKit();
    const { phone } = await registerActive(kit);
    const { auth } = await login(kit, phone);
    expect(
      await kit.identity.startConfirmation(auth, {
        method: 'bank',
        evidence: { bankId: 'sber', attestationId: 'att-1' },
      }),
    ).toMatchObject({
      success: false,
      issues: [{ code: 'identity.level_required', params: { level: 'standard' } }],
    });
  });

  it('ACC-6: a permit holder with only a passport cannot reach standard', async () => {
    const kit = createKit({
      requiredDocuments: {
        foreign_citizen: [['foreign_passport']],
        residence_permit_holder: [['foreign_passport'], ['residence_permit'], ['snils']],
      },
    });
    const { phone, accountId } = await registerActive(kit, 'residence_permit_holder');
    const account = (await kit.accounts.get(accountId))!;
    await kit.accounts.update(
      { ...account, documents: account.documents.filter((d) => d.kind === 'foreign_passport') },
      account.version,
    );
    const { auth } = await login(kit, phone);
    const r = await kit.identity.checkDocuments(auth);
    expect(r).toMatchObject({
      success: false,
      issues: [{ code: 'identity.documents_missing' }, { code: 'identity.documents_missing' }],
    });
  });

  it('ACC-5: a mismatch asks for a clarification with concrete defects; after 48 hours access is restricted, by the clock alone', async () => {
    const kit = createKit();
    const { phone, accountId } = await registerActive(kit, 'residence_permit_holder');
    const { auth } = await login(kit, phone);
    kit.registry.respondFor(accountId, {
      status: 'mismatch',
      defects: [
        {
          field: 'documents.residence_permit.number',
          reason: 'not_found',
          document: 'residence_permit',
        },
      ],
    });
    const r = await kit.identity.checkDocuments(auth);
    expect(r).toMatchObject({
      success: true,
      data: {
        state: 'clarification_requested',
        deadline: kit.clock.now() + 48 * HOUR,
        defects: [{ field: 'documents.residence_permit.number' }],
      },
    });
    expect((await kit.accounts.get(accountId))?.lifecycle).toBe('clarification_requested');
    kit.clock.advance(48 * HOUR - 5 * 60_000);
    const before = await kit.identity.status((await login(kit, phone)).auth);
    expect(before.success && before.data.lifecycle).toBe('clarification_requested');
    kit.clock.advance(5 * 60_000);
    // No job ran: the next read evaluates the deadline and persists the restriction.
    const fresh = await login(kit, phone);
    const after = await kit.identity.status(fresh.auth);
    expect(after.success && after.data).toMatchObject({
      lifecycle: 'restricted',
      clarification: { overdue: true },
    });
    expect(kit.accounts.peek(accountId)?.lifecycle).toBe('restricted');
    // Answering lifts the restriction; the check runs again and confirms.
    const answered = await kit.identity.answerClarification(fresh.auth, {
      checkId: r.success ? r.data.checkId : '',
      documents: [
        { kind: 'residence_permit', series: '82', number: '7654321', issueDate: '15.03.2021' },
      ],
    });
    expect(answered).toMatchObject({ success: true, data: { state: 'confirmed' } });
    expect(await kit.accounts.get(accountId)).toMatchObject({
      lifecycle: 'active',
      level: 'standard',
    });
  });

  it('DOC-10: a clarification answer that corrects the person keeps the address in Russia given before', async () => {
    const kit = createKit();
    const { phone, accountId } = await registerActive(kit);
    const { auth } = await login(kit, phone);
    const address = {
      postalIndex: '101000',
      city: 'г. Москва',
      street: 'ул. Мясницкая',
      house: '7',
    };
    expect((await kit.identity.updateAddress(auth, { address })).success).toBe(true);
    kit.registry.respondFor(accountId, {
      status: 'mismatch',
      defects: [{ field: 'person.surname', reason: 'mismatch' }],
    });
    const r = await kit.identity.checkDocuments(auth);
    if (!r.success) throw new Error(JSON.stringify(r.issues));
    const { address: _none, ...person } = people.foreign_citizen.personal as Record<
      string,
      unknown
    >;
    const answered = await kit.identity.answerClarification(auth, {
      checkId: r.data.checkId,
      personal: { ...person, surname: 'Каримов' },
    });
    expect(answered.success).toBe(true);
    const stored = readPersonal(kit.ctx, (await kit.accounts.get(accountId))!);
    expect(stored).toMatchObject({
      surname: 'Каримов',
      address: { postalIndex: '101000', house: '7' },
    });
  });

  it('ACC-5: an answer within 48 hours keeps access', async () => {
    const kit = createKit();
    const { phone, accountId } = await registerActive(kit);
    const { auth } = await login(kit, phone);
    kit.registry.respondFor(accountId, {
      status: 'mismatch',
      defects: [{ field: 'person.surname', reason: 'mismatch' }],
    });
    const r = await kit.identity.checkDocuments(auth);
    if (!r.success) throw new Error();
    kit.clock.advance(47 * HOUR);
    const fresh = await login(kit, phone);
    const answered = await kit.identity.answerClarification(fresh.auth, {
      checkId: r.data.checkId,
      personal: { ...people.foreign_citizen.personal, surname: 'Каримов' },
    });
    expect(answered).toMatchObject({ success: true, data: { state: 'confirmed' } });
    kit.clock.advance(2 * HOUR);
    expect(
      (await kit.identity.status((await login(kit, phone)).auth)).success &&
        (await kit.accounts.get(accountId))?.lifecycle,
    ).toBe('active');
  });

  it('OTP-7: registry look-ups are limited per day; over the limit the check is delayed to the next day, then retried lazily', async () => {
    const kit = createKit();
    const { phone, accountId } = await registerActive(kit);
    const { auth } = await login(kit, phone);
    for (let i = 0; i < 5; i++)
      kit.registry.respondFor(accountId, {
        status: 'mismatch',
        defects: [{ field: 'person.surname', reason: 'mismatch' }],
      });
    const r = await kit.identity.checkDocuments(auth);
    if (!r.success) throw new Error();
    for (let i = 0; i < 5; i++)
      await kit.identity.answerClarification(auth, {
        checkId: r.data.checkId,
        personal: people.foreign_citizen.personal,
      });
    const status = await kit.identity.status(auth);
    const check = status.success
      ? status.data.checks.find((c) => c.checkId === r.data.checkId)
      : undefined;
    expect(check).toMatchObject({ state: 'checking', retryAt: expect.any(Number) });
    expect(kit.registry.requests.length).toBe(5);
    kit.clock.set(check!.retryAt!);
    const fresh = await login(kit, phone);
    const later = await kit.identity.status(fresh.auth);
    expect(
      later.success && later.data.checks.find((c) => c.checkId === r.data.checkId)?.state,
    ).toBe('confirmed');
    expect(later.success && later.data.level).toBe('standard');
  });

  it('ACC-6: a renewed permit re-opens the registry check of a permit holder', async () => {
    const kit = createKit();
    const s = await standardAccount(kit, 'residence_permit_holder');
    kit.registry.respondFor(s.accountId, {
      status: 'mismatch',
      defects: [
        {
          field: 'documents.residence_permit.issuedOn',
          reason: 'mismatch',
          document: 'residence_permit',
        },
      ],
    });
    const r = await kit.identity.addDocument(s.auth, {
      document: {
        kind: 'residence_permit',
        series: '82',
        number: '9999999',
        issueDate: '01.02.2026',
        expiryDate: '01.02.2031',
      },
    });
    expect(
      r.success && r.data.checks.filter((c) => c.kind === 'documents').map((c) => c.state),
    ).toEqual(['confirmed', 'clarification_requested']);
    expect(r.success && r.data).toMatchObject({
      level: 'standard',
      lifecycle: 'clarification_requested',
    });
    const address = await kit.identity.updateAddress(s.auth, {
      address: {
        postalIndex: '190000',
        city: 'г. Санкт-Петербург',
        street: 'Невский пр.',
        house: '1',
      },
    });
    expect(
      address.success && address.data.checks.filter((c) => c.kind === 'documents').length,
    ).toBe(2);
  });

  it('ACC-8: support unblocks a locked account; ACC-9: support restores access with a one-time token', async () => {
    const kit = createKit({}, supportLockoutPolicy);
    const { phone, accountId } = await registerActive(kit);
    for (let i = 0; i < 12; i++)
      await kit.auth.login(
        { login: phone, password: `Wrong-${i}-password!` },
        { ip: `198.51.100.${i}` },
      );
    expect((await kit.accounts.get(accountId))?.lifecycle).toBe('locked');
    const restored = await kit.support.restoreAccess(operator, { accountId });
    expect(restored.success).toBe(true);
    const sms = kit.outbox.lastTo(phone);
    const token =
      sms?.channel === 'sms' ? /(acc_[0-9a-z]+\.[A-Za-z0-9_-]+)/.exec(sms.text)?.[1] : undefined;
    expect((await kit.accounts.get(accountId))?.lifecycle).toBe('active');
    expect(
      (await kit.auth.recoverAccess({ token: token!, newPassword: 'Brand-New-Pass-77!' })).success,
    ).toBe(true);
    expect(
      (await kit.auth.recoverAccess({ token: token!, newPassword: 'Brand-New-Pass-78!' })).success,
    ).toBe(false);
    kit.clock.advance(61_000);
    expect((await login(kit, phone, { password: 'Brand-New-Pass-77!' })).auth.accountId).toBe(
      accountId,
    );
    const events = await kit.journal.history({ type: 'account', id: accountId });
    expect(events.map((e) => e.entry.action)).toEqual(
      expect.arrayContaining([
        'account.locked',
        'support.access_restore_started',
        'auth.access_recovered',
      ]),
    );
  });

  it('ACC-5: the 48-hour deadline: one millisecond before it access is kept, at exactly 48 hours it is restricted', async () => {
    // Sessions that outlive the deadline, so nothing but the clock moves between the reads.
    const kit = createKit({ sessionIdleMs: 72 * HOUR, sessionAbsoluteMs: 72 * HOUR });
    const { phone, accountId } = await registerActive(kit);
    const { auth } = await login(kit, phone);
    kit.registry.respondFor(accountId, {
      status: 'mismatch',
      defects: [{ field: 'person.surname', reason: 'mismatch' }],
    });
    const askedAt = kit.clock.now();
    const r = await kit.identity.checkDocuments(auth);
    if (!r.success) throw new Error(JSON.stringify(r.issues));
    expect(kit.ctx.policy.clarificationDeadlineMs).toBe(48 * HOUR);
    expect(r.data.deadline).toBe(askedAt + 48 * HOUR);
    kit.clock.set(askedAt + 48 * HOUR - 1);
    expect(await kit.identity.status(auth)).toMatchObject({
      success: true,
      data: { lifecycle: 'clarification_requested', clarification: { overdue: false } },
    });
    expect(kit.accounts.peek(accountId)?.lifecycle).toBe('clarification_requested');
    kit.clock.set(askedAt + 48 * HOUR);
    expect(await kit.identity.status(auth)).toMatchObject({
      success: true,
      data: { lifecycle: 'restricted', clarification: { overdue: true } },
    });
    expect(kit.accounts.peek(accountId)?.lifecycle).toBe('restricted');
  });

  it('DOC-3: at the documents check the passport must still be valid six months: expiring exactly six months after the check day passes, checked a day later it does not', async () => {
    const kit = createKit({ sessionIdleMs: 72 * HOUR, sessionAbsoluteMs: 72 * HOUR });
    // Checked on 02.03.2026 (Moscow): six months on is 02.09.2026.
    const passport = (number: string) => ({
      document: { ...people.foreign_citizen.documents[0], number, expiryDate: '02.09.2026' },
    });
    const onTime = await registerActive(kit);
    const late = await registerActive(kit);
    const a = await login(kit, onTime.phone);
    const b = await login(kit, late.phone);
    expect((await kit.identity.addDocument(a.auth, passport('AB1000001'))).success).toBe(true);
    expect((await kit.identity.addDocument(b.auth, passport('AB1000002'))).success).toBe(true);
    expect(await kit.identity.checkDocuments(a.auth)).toMatchObject({
      success: true,
      data: { state: 'confirmed' },
    });
    kit.clock.advance(24 * HOUR);
    expect(await kit.identity.checkDocuments(b.auth)).toMatchObject({
      success: false,
      issues: [
        { code: 'document.validity_too_short', params: { months: 6, requiredUntil: '03.09.2026' } },
      ],
    });
  });

  it('DOC-2: the documents check needs the passport, and a migration card or a visa, for a foreign citizen; it names each missing one', async () => {
    const kit = createKit();
    const { phone, accountId } = await registerActive(kit);
    const stored = (await kit.accounts.get(accountId))!;
    const { version, ...plain } = stored;
    await kit.accounts.update({ ...plain, documents: [] }, version);
    const { auth } = await login(kit, phone);
    expect(await kit.identity.checkDocuments(auth)).toEqual({
      success: false,
      issues: [
        {
          code: 'identity.documents_missing',
          path: ['documents'],
          params: { kinds: 'foreign_passport' },
        },
        {
          code: 'identity.documents_missing',
          path: ['documents'],
          params: { kinds: 'migration_card | visa' },
        },
      ],
    });
    expect(
      (await kit.identity.addDocument(auth, { document: people.foreign_citizen.documents[0] }))
        .success,
    ).toBe(true);
    expect(await kit.identity.checkDocuments(auth)).toMatchObject({
      success: false,
      issues: [{ params: { kinds: 'migration_card | visa' } }],
    });
    expect(
      (
        await kit.identity.addDocument(auth, {
          document: {
            kind: 'visa',
            number: '123456789',
            validFrom: '01.02.2026',
            validUntil: '01.02.2027',
          },
        })
      ).success,
    ).toBe(true);
    expect(await kit.identity.checkDocuments(auth)).toMatchObject({
      success: true,
      data: { state: 'confirmed' },
    });
  });

  describe('ACC-2, S-8: one person, one account — a document another account holds is refused', () => {
    it('ACC-2, S-8: adding another account\'s passport is refused with a generic "contact support", changes nothing, and is journaled on both accounts; re-adding one\'s own is fine', async () => {
      const kit = createKit();
      const holder = await registerActive(kit);
      const other = await registerActive(kit);
      const passport = { ...people.foreign_citizen.documents[0], number: 'AE1234567' };
      const a = await login(kit, holder.phone);
      expect((await kit.identity.addDocument(a.auth, { document: passport })).success).toBe(true);
      const b = await login(kit, other.phone);
      const before = (await kit.accounts.get(other.accountId))!;
      const refused = await kit.identity.addDocument(b.auth, {
        document: { ...passport, number: 'ae 1234567' },
      });
      expect(refused).toEqual({
        success: false,
        issues: [
          {
            code: 'document.unavailable',
            path: ['document'],
            params: { kind: 'foreign_passport' },
          },
        ],
      });
      expect(JSON.stringify(refused)).not.toContain(holder.accountId);
      expect((await kit.accounts.get(other.accountId))?.documents).toEqual(before.documents);
      expect(
        (await kit.journal.history({ type: 'account', id: other.accountId })).map(
          (e) => e.entry.action,
        ),
      ).toContain('identity.document_refused');
      const holderJournal = await kit.journal.history({ type: 'account', id: holder.accountId });
      expect(
        holderJournal.find((e) => e.entry.action === 'identity.document_reuse_refused')?.entry
          .actor,
      ).toEqual({ type: 'system', id: 'identity' });
      // The holder may bind it again (a replacement of its own copy).
      expect((await kit.identity.addDocument(a.auth, { document: passport })).success).toBe(true);
    });

    it("ACC-2: an answer to a clarification cannot bring in another account's document", async () => {
      const kit = createKit();
      const holder = await registerActive(kit, 'residence_permit_holder');
      const other = await registerActive(kit, 'residence_permit_holder');
      const holderPermit = (await kit.accounts.get(holder.accountId))!.documents.find(
        (d) => d.kind === 'residence_permit',
      )!;
      const permitFields = kit.ctx.pii.decryptJson<Record<string, string>>(
        holderPermit.data,
        `account:${holder.accountId}:document:${holderPermit.id}`,
      );
      const { auth } = await login(kit, other.phone);
      kit.registry.respondFor(other.accountId, {
        status: 'mismatch',
        defects: [
          {
            field: 'documents.residence_permit.number',
            reason: 'not_found',
            document: 'residence_permit',
          },
        ],
      });
      const check = await kit.identity.checkDocuments(auth);
      if (!check.success) throw new Error();
      const answered = await kit.identity.answerClarification(auth, {
        checkId: check.data.checkId,
        documents: [
          {
            kind: 'residence_permit',
            series: permitFields['series'] ?? '',
            number: permitFields['number'] ?? '',
            issueDate: '15.03.2021',
          },
        ],
      });
      expect(answered).toMatchObject({
        success: false,
        issues: [{ code: 'document.unavailable', path: ['documents', 0] }],
      });
    });

    it('ACC-2, S-12: after a blind-index key rotation a document held by an account not yet re-keyed is still refused; re-keying moves its index', async () => {
      const kit = createKit();
      const holder = await registerActive(kit);
      const passport = { ...people.foreign_citizen.documents[0], number: 'AE7777777' };
      expect(
        (
          await kit.identity.addDocument((await login(kit, holder.phone)).auth, {
            document: passport,
          })
        ).success,
      ).toBe(true);
      kit.useKeys(rotatedKeys());
      const other = await registerActive(kit);
      const b = await login(kit, other.phone);
      expect(await kit.identity.addDocument(b.auth, { document: passport })).toMatchObject({
        success: false,
        issues: [{ code: 'document.unavailable' }],
      });
      expect((await kit.maintenance.rekeyAccounts({ operatorId: 'op_7' })).success).toBe(true);
      const doc = (await kit.accounts.get(holder.accountId))!.documents.find(
        (d) => d.kind === 'foreign_passport',
      )!;
      expect(kit.ctx.blindIndex.isCurrent(doc.blindIndex!)).toBe(true);
      expect(await kit.accounts.findByKey(`document:${doc.blindIndex!}`)).toMatchObject({
        id: holder.accountId,
      });
      expect(await kit.identity.addDocument(b.auth, { document: passport })).toMatchObject({
        success: false,
        issues: [{ code: 'document.unavailable' }],
      });
    });
  });
});

describe('identity codes', () => {
  it('OTP-2: an SMS confirmation code entered in another session answers as expired, like every other code flow, and still works in its own session', async () => {
    const kit = createKit();
    const s = await standardAccount(kit);
    const other = await login(kit, s.phone, { ip: '198.51.100.2' });
    kit.clock.advance(61_000);
    const started = await kit.identity.startConfirmation(s.auth, { method: 'sms_code' });
    if (!started.success) throw new Error(JSON.stringify(started.issues));
    const code = kit.outbox.lastCode(s.phone);
    // Was `identity.wrong_code`: no code was tested in that session.
    expect(
      await kit.identity.enterCode(other.auth, { checkId: started.data.checkId, code: code! }),
    ).toMatchObject({
      success: false,
      issues: [{ code: 'identity.code_expired', path: ['code'] }],
    });
    expect(
      await kit.identity.enterCode(s.auth, { checkId: started.data.checkId, code: code! }),
    ).toMatchObject({ success: true });
  });
});
