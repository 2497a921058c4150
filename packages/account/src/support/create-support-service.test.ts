import { describe, expect, it } from 'vitest';
import { defaultLockoutPolicy } from '@kabinet/lockout';
import {
  PASSWORD,
  createKit,
  login,
  registerActive,
  standardAccount,
} from '../../test/test-kit.js';

const operator = { operatorId: 'op_3' };

describe('support', () => {
  it('ACC-8: support blocks and unblocks; a blocked account logs in like a wrong password and keeps no session', async () => {
    const kit = createKit();
    const { phone, accountId } = await registerActive(kit);
    const { tokens } = await login(kit, phone);
    const blocked = await kit.support.block(operator, { accountId, reason: 'fraud report' });
    expect(blocked).toMatchObject({
      success: true,
      data: { lifecycle: 'blocked', blockReason: 'fraud report', sessions: 0 },
    });
    expect((await kit.sessions.authenticate(tokens.accessToken)).success).toBe(false);
    expect(await kit.auth.login({ login: phone, password: PASSWORD })).toMatchObject({
      success: false,
      issues: [{ code: 'auth.invalid_credentials' }],
    });
    expect(await kit.support.block(operator, { accountId, reason: 'again' })).toMatchObject({
      success: false,
      issues: [{ code: 'state.transition_not_allowed' }],
    });
    const unblocked = await kit.support.unblock(operator, { accountId });
    expect(unblocked).toMatchObject({ success: true, data: { lifecycle: 'active' } });
    expect(unblocked.success && unblocked.data.blockReason).toBe(undefined);
    expect((await login(kit, phone)).auth.accountId).toBe(accountId);
  });

  it('closing an account is final', async () => {
    const kit = createKit();
    const { phone, accountId } = await registerActive(kit);
    expect(
      await kit.support.close(operator, { accountId, reason: 'holder left Russia' }),
    ).toMatchObject({ success: true, data: { lifecycle: 'closed' } });
    expect(await kit.support.unblock(operator, { accountId })).toMatchObject({
      success: true,
      data: { lifecycle: 'closed' },
    });
    expect((await kit.auth.login({ login: phone, password: PASSWORD })).success).toBe(false);
  });

  it('OTP-5, S-7: the default lock is temporary — the account stays active with its sessions, and logins work again exactly lockMs later', async () => {
    const kit = createKit();
    const { phone, accountId } = await registerActive(kit);
    const { tokens } = await login(kit, phone, { ip: '192.0.2.5' });
    for (let i = 0; i < 10; i++)
      await kit.auth.login(
        { login: phone, password: `Wrong-${i}-password!` },
        { ip: `198.51.100.${i}` },
      );
    const lockedAt = kit.clock.now();
    expect(await kit.ctx.lockout.accountStatus(accountId)).toMatchObject({
      locked: true,
      until: lockedAt + defaultLockoutPolicy.password.lockMs!,
    });
    expect((await kit.accounts.get(accountId))?.lifecycle).toBe('active');
    // An attacker's wrong passwords end nobody's session.
    expect((await kit.sessions.authenticate(tokens.accessToken)).success).toBe(true);
    const journal = await kit.journal.history({ type: 'account', id: accountId });
    expect(journal.find((e) => e.entry.action === 'account.locked')?.payload).toMatchObject({
      status: 'present',
      data: { kind: 'temporary', failures: 10, lockNumber: 1 },
    });
    expect(kit.outbox.lastTo(phone)?.purpose).toBe('notice');
    kit.clock.set(lockedAt + defaultLockoutPolicy.password.lockMs! - 1);
    expect(
      (await kit.auth.login({ login: phone, password: PASSWORD }, { ip: '192.0.2.77' })).success,
    ).toBe(false);
    kit.clock.advance(1);
    expect((await login(kit, phone, { ip: '192.0.2.78' })).auth.accountId).toBe(accountId);
  });

  it('ACC-8: a lock mirrored in the lifecycle whose lockout lock has gone (an older timed lock) ends at the next login, journaled', async () => {
    const kit = createKit();
    const { phone, accountId } = await registerActive(kit);
    const stored = (await kit.accounts.get(accountId))!;
    const { version, ...plain } = stored;
    await kit.accounts.update({ ...plain, lifecycle: 'locked' }, version);
    expect((await login(kit, phone, { ip: '192.0.2.77' })).auth.accountId).toBe(accountId);
    const events = await kit.journal.history({ type: 'account', id: accountId });
    expect(events.map((e) => e.entry.action)).toContain('account.lock_expired');
  });

  it('ACC-9: support sees the account without personal data, and every operator step is journaled with the operator', async () => {
    const kit = createKit();
    const { phone, accountId } = await registerActive(kit);
    const view = await kit.support.account(operator, { accountId });
    expect(view).toMatchObject({
      success: true,
      data: { accountId, phone: expect.stringContaining('*'), lock: { locked: false } },
    });
    expect(JSON.stringify(view)).not.toContain(phone);
    await kit.support.block(operator, { accountId, reason: 'check' });
    const events = await kit.journal.history({ type: 'account', id: accountId });
    expect(events.at(-1)?.entry.actor).toEqual({ type: 'support', id: 'op_3' });
    expect(
      await kit.support.account({ operatorId: 'bad id with spaces' }, { accountId }),
    ).toMatchObject({ success: false });
  });

  it("ACC-7: an operator step on a check is journaled with the operator and what it recorded; a move the check refuses is not, while a holder's refused move is, as <action>_rejected", async () => {
    const kit = createKit();
    const { accountId, auth } = await standardAccount(kit);
    await kit.identity.updateAddress(auth, {
      address: { postalIndex: '101000', city: 'г. Москва', street: 'ул. Мясницкая', house: '7' },
    });
    const started = await kit.identity.startConfirmation(auth, { method: 'registered_mail' });
    if (!started.success) throw new Error(JSON.stringify(started.issues));
    const checkId = started.data.checkId;
    const letter = { accountId, checkId, trackingNumber: 'RA123456789RU' };
    expect((await kit.support.dispatchLetter(operator, letter)).success).toBe(true);
    const actions = async () =>
      (await kit.journal.history({ type: 'account', id: accountId })).map((e) => e.entry);
    const sent = (await actions()).filter((e) => e.action === 'identity.letter_sent');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.actor).toEqual({ type: 'support', id: 'op_3' });
    const events = await kit.journal.history({ type: 'account', id: accountId });
    expect(events.find((e) => e.entry.action === 'identity.letter_sent')?.payload).toMatchObject({
      status: 'present',
      data: { checkId, kind: 'registered_mail', trackingNumber: 'RA123456789RU' },
    });
    // The letter is on its way: sending it again is refused and nothing more is journaled.
    const before = (await actions()).length;
    expect(await kit.support.dispatchLetter(operator, letter)).toMatchObject({
      success: false,
      issues: [{ code: 'state.transition_not_allowed' }],
    });
    expect((await actions()).length).toBe(before);
    // The holder cancels, then cancels again: the refused second cancel is journaled.
    expect((await kit.identity.cancel(auth, { checkId })).success).toBe(true);
    expect((await kit.identity.cancel(auth, { checkId })).success).toBe(false);
    expect((await actions()).map((e) => e.action)).toContain('identity.check_cancelled_rejected');
  });
});
