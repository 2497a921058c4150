// S-17: no input, however malformed, makes a use case throw; invalid input is data.
// S-12: the journal chain carries no personal data.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createKit, login, registerActive, standardAccount } from './test-kit.js';

const junk = fc.oneof(
  fc.anything(),
  fc.record(
    {
      draftId: fc.string(),
      resumeToken: fc.string(),
      channel: fc.string(),
      code: fc.string(),
      checkId: fc.string(),
      method: fc.string(),
    },
    { requiredKeys: [] },
  ),
);

describe('inputs', () => {
  test.prop([junk], { numRuns: 60 })(
    'S-17: every use case answers malformed input with issues, never a throw',
    async (input) => {
      const kit = createKit();
      const { auth } = await standardAccount(kit);
      const operator = { operatorId: 'op_1' };
      const calls: (() => Promise<{ success: boolean }>)[] = [
        () => kit.registration.start(input as never),
        () => kit.registration.resume(input as never),
        () => kit.registration.get(input as never),
        () => kit.registration.savePersonalData(input as never),
        () => kit.registration.addDocument(input as never),
        () => kit.registration.setContacts(input as never),
        () => kit.registration.requestCode(input as never),
        () => kit.registration.confirmCode(input as never),
        () => kit.registration.setPassword(input as never),
        () => kit.registration.acceptTerms(input as never),
        () => kit.registration.create(input as never),
        () => kit.auth.login(input as never),
        () => kit.auth.sendLoginCode(input as never),
        () => kit.auth.completeLogin(input as never),
        () => kit.auth.recoverAccess(input as never),
        () => kit.auth.changePassword(auth, input as never),
        () => kit.auth.confirmTotpEnrollment(auth, input as never),
        () => kit.auth.setSecondFactor(auth, input as never),
        () => kit.sessions.authenticate(input),
        () => kit.sessions.refresh(input as never),
        () => kit.sessions.end(auth, input as never),
        () => kit.sessions.reauthenticate(auth, input as never),
        () => kit.sessions.blockIp(auth, input as never),
        () => kit.contacts.requestChange(auth, input as never),
        () => kit.contacts.confirmChange(auth, input as never),
        () => kit.contacts.restore(auth, input as never),
        () => kit.contacts.setMessenger(auth, input as never),
        () => kit.contacts.setTrustedPhone(auth, input as never),
        () => kit.identity.addDocument(auth, input as never),
        () => kit.identity.updateAddress(auth, input as never),
        () => kit.identity.startConfirmation(auth, input as never),
        () => kit.identity.enterCode(auth, input as never),
        () => kit.identity.answerClarification(auth, input as never),
        () => kit.identity.cancel(auth, input as never),
        () => kit.identity.activate(input as never),
        () => kit.support.account(operator, input as never),
        () => kit.support.unblock(operator, input as never),
        () => kit.support.block(operator, input as never),
        () => kit.support.close(operator, input as never),
        () => kit.support.restoreAccess(operator, input as never),
        () => kit.support.dispatchLetter(operator, input as never),
        () => kit.support.verifyVideo(operator, input as never),
        () => kit.support.verifyInPerson(operator, input as never),
      ];
      for (const call of calls) {
        const r = await call();
        expect(typeof r.success).toBe('boolean');
      }
    },
  );

  it('S-12, ACC-10: the journal chain holds no phone, e-mail, name, birth date or document number', async () => {
    const kit = createKit();
    const { phone, email, accountId } = await registerActive(kit, 'residence_permit_holder');
    const { auth } = await login(kit, phone, { ip: '198.51.100.200' });
    await kit.contacts.requestChange(auth, { channel: 'email', value: 'new.address@example.ru' });
    await kit.contacts.confirmChange(auth, {
      channel: 'email',
      code: kit.outbox.lastCode('new.address@example.ru')!,
    });
    await kit.identity.checkDocuments(auth);
    const chain = JSON.stringify(await kit.journal.query({}, { limit: 1000 }));
    expect(chain).toContain(accountId);
    expect(chain).toContain('contact.changed');
    for (const secret of [
      phone,
      email,
      'new.address@example.ru',
      'Исмаилова',
      'ISMAILOVA',
      '1988-11-03',
      '03.11.1988',
      '400123456',
      '1234567',
      '11223344595',
      '198.51.100.200',
    ]) {
      expect(chain).not.toContain(secret);
    }
    // The details are there, encrypted beside the chain, for the subject's history (CONTACT-5, ACC-11).
    const events = await kit.journal.history({ type: 'account', id: accountId });
    expect(JSON.stringify(events)).toContain('new.address@example.ru');
  });
});
