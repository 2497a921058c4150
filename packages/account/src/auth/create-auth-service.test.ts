import { describe, expect, it } from 'vitest';
import { generate } from 'otplib';
import { PASSWORD, createKit, registerActive, type Kit } from '../../test/test-kit.js';

async function loginWithSms(kit: Kit, login: string, phone: string, ip = '203.0.113.5') {
  const first = await kit.auth.login({ login, password: PASSWORD }, { ip });
  if (!first.success || first.data.status !== 'second_factor_required') throw new Error(JSON.stringify(first));
  return kit.auth.completeLogin({ loginToken: first.data.loginToken, method: 'sms', code: kit.outbox.lastCode(phone)! }, { ip });
}

describe('auth', () => {
  it('OTP-6: password then SMS code opens a session with tokens', async () => {
    const kit = createKit();
    const { phone } = await registerActive(kit);
    const done = await loginWithSms(kit, phone, phone);
    expect(done.success).toBe(true);
    if (!done.success) return;
    const auth = await kit.sessions.authenticate(done.data.tokens.accessToken);
    expect(auth).toMatchObject({ success: true, data: { level: 'simplified', lifecycle: 'active' } });
  });

  it('S-8: unknown login, wrong password and a locked account all answer auth.invalid_credentials', async () => {
    const kit = createKit();
    const { phone, email } = await registerActive(kit);
    const unknown = await kit.auth.login({ login: '+998907777777', password: PASSWORD });
    const wrong = await kit.auth.login({ login: email, password: 'Wrong-password-1!' }, { ip: '198.51.100.1' });
    expect(unknown).toEqual({ success: false, issues: [{ code: 'auth.invalid_credentials', path: [] }] });
    expect(wrong).toEqual(unknown);
    // OTP-5, ACC-8: repeated failures from many IPs lock the account; the answer does not change.
    for (let i = 0; i < 12; i++) await kit.auth.login({ login: phone, password: `Wrong-password-${i}!` }, { ip: `198.51.100.${10 + i}` });
    expect((await kit.accounts.get((await kit.accounts.findByKey(`phone:${kit.ctx.blindIndex('phone', phone)}`))!.id))?.lifecycle).toBe('locked');
    const locked = await kit.auth.login({ login: phone, password: PASSWORD }, { ip: '198.51.100.99' });
    expect(locked).toEqual(unknown);
  });

  it('S-2: a hash made with older parameters is replaced at login', async () => {
    const kit = createKit();
    const { accountId, phone } = await registerActive(kit);
    const before = (await kit.accounts.get(accountId))!.password.hash;
    // The same stores, logged into through a context whose hasher has raised parameters.
    const { createAuthService } = await import('./create-auth-service.js');
    const { createScryptHasher } = await import('../password/create-scrypt-hasher.js');
    const auth = createAuthService({ ...kit.ctx, hasher: createScryptHasher({ cost: 2 ** 11 }) });
    const r = await auth.login({ login: phone, password: PASSWORD });
    expect(r.success).toBe(true);
    const after = (await kit.accounts.get(accountId))!.password.hash;
    expect(after).not.toBe(before);
    expect(after).toMatch(/^\$scrypt\$ln=11,/);
  });

  it('OTP-3: a wrong login code blocks the next try for five minutes', async () => {
    const kit = createKit();
    const { phone } = await registerActive(kit);
    const first = await kit.auth.login({ login: phone, password: PASSWORD });
    if (!first.success || first.data.status !== 'second_factor_required') throw new Error();
    const code = kit.outbox.lastCode(phone)!;
    const wrongCode = code === '000000' ? '111111' : '000000';
    expect(await kit.auth.completeLogin({ loginToken: first.data.loginToken, method: 'sms', code: wrongCode })).toMatchObject({ success: false, issues: [{ code: 'auth.code_wrong' }] });
    expect(await kit.auth.completeLogin({ loginToken: first.data.loginToken, method: 'sms', code })).toMatchObject({ success: false, issues: [{ code: 'auth.code_blocked' }] });
    kit.clock.advance(5 * 60_000);
    expect((await kit.auth.completeLogin({ loginToken: first.data.loginToken, method: 'sms', code })).success).toBe(true);
  });

  it('OTP-6, S-6: TOTP enrolment needs recent re-authentication, issues backup codes, and a TOTP code works once', async () => {
    const kit = createKit();
    const { phone } = await registerActive(kit);
    const done = await loginWithSms(kit, phone, phone);
    if (!done.success) throw new Error();
    const auth = await kit.sessions.authenticate(done.data.tokens.accessToken);
    if (!auth.success) throw new Error();
    kit.clock.advance(11 * 60_000);
    expect(await kit.auth.beginTotpEnrollment(auth.data)).toMatchObject({ success: false, issues: [{ code: 'session.reauth_required' }] });
    expect((await kit.sessions.reauthenticate(auth.data, { password: PASSWORD })).success).toBe(true);
    const begun = await kit.auth.beginTotpEnrollment(auth.data);
    if (!begun.success) throw new Error(JSON.stringify(begun.issues));
    expect(begun.data.uri).toMatch(/^otpauth:\/\/totp\//);
    const code = await generate({ secret: begun.data.secret, epoch: Math.floor(kit.clock.now() / 1000) });
    const confirmed = await kit.auth.confirmTotpEnrollment(auth.data, { code });
    expect(confirmed.success && confirmed.data.backupCodes.length).toBe(10);
    kit.clock.advance(30_000);
    const login = await kit.auth.login({ login: phone, password: PASSWORD });
    if (!login.success || login.data.status !== 'second_factor_required') throw new Error();
    expect(login.data.preferred).toBe('totp');
    expect(login.data.methods).toEqual(expect.arrayContaining(['totp', 'backup_code', 'sms']));
    const totp = await generate({ secret: begun.data.secret, epoch: Math.floor(kit.clock.now() / 1000) });
    expect((await kit.auth.completeLogin({ loginToken: login.data.loginToken, method: 'totp', code: totp })).success).toBe(true);
    const again = await kit.auth.login({ login: phone, password: PASSWORD });
    if (!again.success || again.data.status !== 'second_factor_required') throw new Error();
    expect(await kit.auth.completeLogin({ loginToken: again.data.loginToken, method: 'totp', code: totp })).toMatchObject({ success: false, issues: [{ code: 'auth.code_wrong' }] });
    kit.clock.advance(5 * 60_000);
    const backup = confirmed.success ? confirmed.data.backupCodes[0]! : '';
    expect((await kit.auth.completeLogin({ loginToken: again.data.loginToken, method: 'backup_code', code: backup })).success).toBe(true);
  });

  it('OTP-4, S-1: a password change needs the current one and refuses a recent password', async () => {
    const kit = createKit();
    const { phone } = await registerActive(kit);
    const done = await loginWithSms(kit, phone, phone);
    if (!done.success) throw new Error();
    const auth = await kit.sessions.authenticate(done.data.tokens.accessToken);
    if (!auth.success) throw new Error();
    expect(await kit.auth.changePassword(auth.data, { currentPassword: 'nope', newPassword: 'Another-Pass-42!' })).toMatchObject({ success: false, issues: [{ code: 'auth.wrong_password' }] });
    expect(await kit.auth.changePassword(auth.data, { currentPassword: PASSWORD, newPassword: PASSWORD })).toMatchObject({ success: false, issues: [{ code: 'password.reused' }] });
    const short = await kit.auth.changePassword(auth.data, { currentPassword: PASSWORD, newPassword: 'short' });
    expect(short.success).toBe(false);
    if (!short.success) expect(short.issues.every((i) => i.path[0] === 'newPassword')).toBe(true);
    const changed = await kit.auth.changePassword(auth.data, { currentPassword: PASSWORD, newPassword: 'Another-Pass-42!' });
    expect(changed.success).toBe(true);
    expect(kit.outbox.lastTo(phone)?.purpose).toBe('notice');
  });

  it('ASVS 6.3.5: a success after several failures notifies the holder', async () => {
    const kit = createKit();
    const { phone } = await registerActive(kit);
    for (let i = 0; i < 3; i++) await kit.auth.login({ login: phone, password: `Bad-guess-${i}!` }, { ip: `192.0.2.${i}` });
    kit.outbox.clear();
    await loginWithSms(kit, phone, phone, '192.0.2.200');
    expect(kit.outbox.messages.some((m) => m.purpose === 'login-alert')).toBe(true);
  });
});
