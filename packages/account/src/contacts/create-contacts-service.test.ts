import { describe, expect, it } from 'vitest';
import { createKit, login, registerActive } from '../../test/test-kit.js';

describe('contacts', () => {
  it('CONTACT-5, S-11: a phone change takes effect only after the code to the new phone; the old phone is told', async () => {
    const kit = createKit();
    const { accountId, phone } = await registerActive(kit);
    const { auth } = await login(kit, phone);
    const requested = await kit.contacts.requestChange(auth, { channel: 'phone', value: '+998935554433' });
    expect(requested).toMatchObject({ success: true, data: { channel: 'phone' } });
    const pending = await kit.contacts.get(auth);
    expect(pending.success && pending.data.pending).toEqual([expect.objectContaining({ channel: 'phone', masked: '+9989******33' })]);
    const before = (await kit.accounts.get(accountId))!.phone.blindIndex;
    const wrong = await kit.contacts.confirmChange(auth, { channel: 'phone', code: '000000' === kit.outbox.lastCode('+998935554433') ? '111111' : '000000' });
    expect(wrong).toMatchObject({ success: false, issues: [{ code: 'auth.code_wrong' }] });
    expect((await kit.accounts.get(accountId))!.phone.blindIndex).toBe(before);
    kit.clock.advance(5 * 60_000);
    const done = await kit.contacts.confirmChange(auth, { channel: 'phone', code: kit.outbox.lastCode('+998935554433') });
    expect(done.success).toBe(true);
    expect((await kit.accounts.get(accountId))!.phone.blindIndex).not.toBe(before);
    expect(kit.outbox.lastTo(phone)?.purpose).toBe('contact-changed-notice');
    // The new phone logs in; the old one no longer does.
    kit.clock.advance(61_000);
    expect((await kit.auth.login({ login: phone, password: 'Samarqand-2026!' })).success).toBe(false);
    expect((await kit.auth.login({ login: '+998935554433', password: 'Samarqand-2026!' })).success).toBe(true);
  });

  it('CONTACT-5: the history keeps every version and an earlier one can be restored (with a code)', async () => {
    const kit = createKit();
    const { phone } = await registerActive(kit);
    const { auth } = await login(kit, phone);
    await kit.contacts.requestChange(auth, { channel: 'phone', value: '+998935554433' });
    await kit.contacts.confirmChange(auth, { channel: 'phone', code: kit.outbox.lastCode('+998935554433') });
    const history = await kit.contacts.history(auth);
    if (!history.success) throw new Error();
    const phones = history.data.filter((v) => v.channel === 'phone');
    expect(phones.map((v) => [v.via, v.current])).toEqual([['registration', false], ['changed', true]]);
    kit.clock.advance(61_000);
    const restore = await kit.contacts.restore(auth, { channel: 'phone', seq: phones[0]!.seq });
    expect(restore.success).toBe(true);
    await kit.contacts.confirmChange(auth, { channel: 'phone', code: kit.outbox.lastCode(phone) });
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
    expect(await kit.contacts.requestChange(auth, { channel: 'email', value: 'new@example.uz' })).toMatchObject({ success: false, issues: [{ code: 'session.reauth_required' }] });
  });

  it('CONTACT-4: messengers and a trusted phone are optional channels, stored encrypted', async () => {
    const kit = createKit();
    const { accountId, phone } = await registerActive(kit);
    const { auth } = await login(kit, phone);
    expect((await kit.contacts.setMessenger(auth, { kind: 'telegram', value: '@aziz_karimov' })).success).toBe(true);
    expect((await kit.contacts.setMessenger(auth, { kind: 'whatsapp', value: '+998901112233' })).success).toBe(true);
    expect(await kit.contacts.setMessenger(auth, { kind: 'viber', value: 'not a phone' })).toMatchObject({ success: false });
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
});
