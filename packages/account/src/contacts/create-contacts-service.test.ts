import { describe, expect, it } from 'vitest';
import { createKit, login, registerActive, type Kit } from '../../test/test-kit.js';

describe('contacts', () => {
  it('CONTACT-5, S-11: a phone change takes effect only after the code to the new phone; the old phone is told', async () => {
    const kit = createKit();
    const { accountId, phone } = await registerActive(kit);
    const { auth } = await login(kit, phone);
    const requested = await kit.contacts.requestChange(auth, {
      channel: 'phone',
      value: '+998935554433',
    });
    expect(requested).toMatchObject({ success: true, data: { channel: 'phone' } });
    const pending = await kit.contacts.get(auth);
    expect(pending.success && pending.data.pending).toEqual([
      expect.objectContaining({ channel: 'phone', masked: '+9989******33' }),
    ]);
    const before = (await kit.accounts.get(accountId))!.phone.blindIndex;
    const wrong = await kit.contacts.confirmChange(auth, {
      channel: 'phone',
      code: '000000' === kit.outbox.lastCode('+998935554433') ? '111111' : '000000',
    });
    expect(wrong).toMatchObject({ success: false, issues: [{ code: 'auth.code_wrong' }] });
    expect((await kit.accounts.get(accountId))!.phone.blindIndex).toBe(before);
    kit.clock.advance(5 * 60_000);
    const done = await kit.contacts.confirmChange(auth, {
      channel: 'phone',
      code: kit.outbox.lastCode('+998935554433')!,
    });
    expect(done.success).toBe(true);
    expect((await kit.accounts.get(accountId))!.phone.blindIndex).not.toBe(before);
    expect(kit.outbox.lastTo(phone)?.purpose).toBe('contact-changed-notice');
    // The new phone logs in; the old one no longer does.
    kit.clock.advance(61_000);
    expect((await kit.auth.login({ login: phone, password: 'Samarqand-2026!' })).success).toBe(
      false,
    );
    expect(
      (await kit.auth.login({ login: '+998935554433', password: 'Samarqand-2026!' })).success,
    ).toBe(true);
  });

  it('CONTACT-5: the history keeps every version and an earlier one can be restored (with a code)', async () => {
    const kit = createKit();
    const { phone } = await registerActive(kit);
    const { auth } = await login(kit, phone);
    await kit.contacts.requestChange(auth, { channel: 'phone', value: '+998935554433' });
    await kit.contacts.confirmChange(auth, {
      channel: 'phone',
      code: kit.outbox.lastCode('+998935554433')!,
    });
    const history = await kit.contacts.history(auth);
    if (!history.success) throw new Error();
    const phones = history.data.filter((v) => v.channel === 'phone');
    expect(phones.map((v) => [v.via, v.current])).toEqual([
      ['registration', false],
      ['changed', true],
    ]);
    kit.clock.advance(61_000);
    const restore = await kit.contacts.restore(auth, { channel: 'phone', seq: phones[0]!.seq });
    expect(restore.success).toBe(true);
    await kit.contacts.confirmChange(auth, { channel: 'phone', code: kit.outbox.lastCode(phone)! });
    const after = await kit.contacts.history(auth);
    if (!after.success) throw new Error();
    const last = after.data.filter((v) => v.channel === 'phone').at(-1)!;
    expect(last).toMatchObject({ via: 'restored', fromSeq: phones[0]!.seq, current: true });
  });

  it('S-11: a contact change needs a recent re-authentication', async () => {
    const kit = createKit();
    const { phone } = await registerActive(kit);
    const { auth } = await login(kit, phone);
    kit.clock.advance(11 * 60_000);
    expect(
      await kit.contacts.requestChange(auth, { channel: 'email', value: 'new@example.uz' }),
    ).toMatchObject({ success: false, issues: [{ code: 'session.reauth_required' }] });
  });

  it('CONTACT-4: messengers and a trusted phone are optional channels, stored encrypted', async () => {
    const kit = createKit();
    const { accountId, phone } = await registerActive(kit);
    const { auth } = await login(kit, phone);
    expect(
      (await kit.contacts.setMessenger(auth, { kind: 'telegram', value: '@aziz_karimov' })).success,
    ).toBe(true);
    expect(
      (await kit.contacts.setMessenger(auth, { kind: 'whatsapp', value: '+998901112233' })).success,
    ).toBe(true);
    expect(
      await kit.contacts.setMessenger(auth, { kind: 'viber', value: 'not a phone' }),
    ).toMatchObject({ success: false });
    const r = await kit.contacts.setTrustedPhone(auth, { phone: '+79161234567' });
    expect(r.success && r.data.messengers.map((m) => m.kind)).toEqual(['telegram', 'whatsapp']);
    expect(JSON.stringify(kit.accounts.peek(accountId))).not.toContain('aziz_karimov');
  });

  it('S-8: changing to a phone another account owns looks the same, and never succeeds', async () => {
    const kit = createKit();
    const a = await registerActive(kit);
    const b = await registerActive(kit);
    const { auth } = await login(kit, a.phone);
    const r = await kit.contacts.requestChange(auth, { channel: 'phone', value: b.phone });
    expect(r).toMatchObject({ success: true, data: { channel: 'phone' } });
    expect(kit.outbox.lastTo(b.phone)?.purpose).toBe('notice');
  });

  it('S-4, OTP-3: a wrong code blocks the new phone, not the code: a new change request with a new code stays blocked until exactly code.blockMs after it', async () => {
    const kit = createKit();
    const { accountId, phone } = await registerActive(kit);
    const { auth } = await login(kit, phone);
    const blockMs = kit.ctx.lockout.policy.code.blockMs;
    const target = '+998935554401';
    await kit.contacts.requestChange(auth, { channel: 'phone', value: target });
    const first = kit.outbox.lastCode(target)!;
    expect(
      await kit.contacts.confirmChange(auth, { channel: 'phone', code: wrong(first) }),
    ).toMatchObject({ success: false, issues: [{ code: 'auth.code_wrong' }] });
    const wrongAt = kit.clock.now();
    kit.clock.advance(61_000);
    expect(
      (await kit.contacts.requestChange(auth, { channel: 'phone', value: target })).success,
    ).toBe(true);
    const fresh = kit.outbox.lastCode(target)!;
    expect(await kit.contacts.confirmChange(auth, { channel: 'phone', code: fresh })).toEqual({
      success: false,
      issues: [
        {
          code: 'auth.code_blocked',
          path: ['code'],
          params: {
            seconds: (wrongAt + blockMs - kit.clock.now()) / 1000,
            minutes: Math.ceil((wrongAt + blockMs - kit.clock.now()) / 60_000),
          },
        },
      ],
    });
    await unchanged(kit, accountId, phone);
    kit.clock.set(wrongAt + blockMs);
    expect(
      (await kit.contacts.confirmChange(auth, { channel: 'phone', code: fresh })).success,
    ).toBe(true);
  });

  describe('CONTACT-5: a code that does not confirm leaves the contact unchanged', () => {
    async function changing(kit: Kit) {
      const { accountId, phone } = await registerActive(kit);
      const session = await login(kit, phone);
      const target = `+99893${String(5550000 + Math.floor(Math.random() * 9999)).slice(-7)}`;
      expect(
        (await kit.contacts.requestChange(session.auth, { channel: 'phone', value: target }))
          .success,
      ).toBe(true);
      return { accountId, phone, auth: session.auth, target, code: kit.outbox.lastCode(target)! };
    }

    it('CONTACT-5: an expired code', async () => {
      const kit = createKit();
      const c = await changing(kit);
      kit.clock.advance(kit.ctx.otp.policy.ttlMs);
      expect(
        await kit.contacts.confirmChange(c.auth, { channel: 'phone', code: c.code }),
      ).toMatchObject({ success: false, issues: [{ code: 'auth.code_expired' }] });
      await unchanged(kit, c.accountId, c.phone);
    });

    it('CONTACT-5: a code superseded by a newer one', async () => {
      const kit = createKit();
      const c = await changing(kit);
      kit.clock.advance(61_000);
      expect(
        (await kit.contacts.requestChange(c.auth, { channel: 'phone', value: c.target })).success,
      ).toBe(true);
      expect(
        await kit.contacts.confirmChange(c.auth, {
          channel: 'phone',
          code: c.code === kit.outbox.lastCode(c.target) ? wrong(c.code) : c.code,
        }),
      ).toMatchObject({ success: false, issues: [{ code: 'auth.code_wrong' }] });
      await unchanged(kit, c.accountId, c.phone);
      expect(
        (await kit.contacts.get(c.auth)).success && (await kit.contacts.get(c.auth)),
      ).toMatchObject({ data: { pending: [{ channel: 'phone' }] } });
    });

    it('CONTACT-5: a code already used', async () => {
      const kit = createKit();
      const c = await changing(kit);
      expect(
        (await kit.contacts.confirmChange(c.auth, { channel: 'phone', code: c.code })).success,
      ).toBe(true);
      await unchanged(kit, c.accountId, c.target, 1);
      // The same code again, with no change waiting and with a new one waiting: nothing moves.
      expect(
        await kit.contacts.confirmChange(c.auth, { channel: 'phone', code: c.code }),
      ).toMatchObject({ success: false, issues: [{ code: 'contact.no_pending_change' }] });
      kit.clock.advance(61_000);
      expect(
        (await kit.contacts.requestChange(c.auth, { channel: 'phone', value: '+998935559876' }))
          .success,
      ).toBe(true);
      expect(
        await kit.contacts.confirmChange(c.auth, {
          channel: 'phone',
          code: c.code === kit.outbox.lastCode('+998935559876') ? wrong(c.code) : c.code,
        }),
      ).toMatchObject({ success: false, issues: [{ code: 'auth.code_wrong' }] });
      await unchanged(kit, c.accountId, c.target, 1);
    });

    it('CONTACT-5, OTP-2: a code entered in another session of the same account', async () => {
      const kit = createKit();
      const c = await changing(kit);
      const other = await login(kit, c.phone, { ip: '198.51.100.20' });
      expect(other.auth.sessionId).not.toBe(c.auth.sessionId);
      // Expired, not wrong (it was `auth.code_wrong` here and `auth.code_expired` in registration):
      // this session has no live code, the code was never tested, and retyping it cannot succeed.
      expect(
        await kit.contacts.confirmChange(other.auth, { channel: 'phone', code: c.code }),
      ).toMatchObject({ success: false, issues: [{ code: 'auth.code_expired', path: ['code'] }] });
      await unchanged(kit, c.accountId, c.phone);
      // S-4: nothing was counted — no OTP-3 block, and the code still works in its own session.
      expect(
        (await kit.contacts.confirmChange(c.auth, { channel: 'phone', code: c.code })).success,
      ).toBe(true);
    });

    it('CONTACT-5, OTP-3: the right code while the contact is blocked after a wrong one', async () => {
      const kit = createKit();
      const c = await changing(kit);
      expect(
        await kit.contacts.confirmChange(c.auth, { channel: 'phone', code: wrong(c.code) }),
      ).toMatchObject({ success: false, issues: [{ code: 'auth.code_wrong' }] });
      expect(
        await kit.contacts.confirmChange(c.auth, { channel: 'phone', code: c.code }),
      ).toMatchObject({ success: false, issues: [{ code: 'auth.code_blocked' }] });
      await unchanged(kit, c.accountId, c.phone);
    });
  });
});

const wrong = (code: string): string => code.replace(/^./, (d) => String((Number(d) + 1) % 10));

/** The account's phone is still `phone`: in the record, for lookups, and in the history (`changes` changes so far). */
async function unchanged(kit: Kit, accountId: string, phone: string, changes = 0): Promise<void> {
  const account = (await kit.accounts.get(accountId))!;
  expect(account.phone.blindIndex).toBe(kit.ctx.blindIndex('phone', phone));
  expect(await kit.accounts.findByKey(`phone:${kit.ctx.blindIndex('phone', phone)}`)).toMatchObject(
    { id: accountId },
  );
  const history = await kit.journal.history({ type: 'account', id: accountId });
  expect(history.filter((e) => e.entry.action === 'contact.changed')).toHaveLength(changes);
}
