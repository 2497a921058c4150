import { describe, expect, it } from 'vitest';
import { generate } from 'otplib';
import { renderIssue } from '@kabinet/core';
import { accountMessages } from '../messages/account-messages.js';
import { supportLockoutPolicy } from '@kabinet/lockout';
import { PASSWORD, createKit, login, registerActive, type Kit } from '../../test/test-kit.js';

async function loginWithSms(kit: Kit, login: string, phone: string, ip = '203.0.113.5') {
  const first = await kit.auth.login({ login, password: PASSWORD }, { ip });
  if (!first.success || first.data.status !== 'second_factor_required')
    throw new Error(JSON.stringify(first));
  return kit.auth.completeLogin(
    { loginToken: first.data.loginToken, method: 'sms', code: kit.outbox.lastCode(phone)! },
    { ip },
  );
}

describe('auth', () => {
  it('OTP-6: password then SMS code opens a session with tokens', async () => {
    const kit = createKit();
    const { phone } = await registerActive(kit);
    const done = await loginWithSms(kit, phone, phone);
    expect(done.success).toBe(true);
    if (!done.success) return;
    const auth = await kit.sessions.authenticate(done.data.tokens.accessToken);
    expect(auth).toMatchObject({
      success: true,
      data: { level: 'simplified', lifecycle: 'active' },
    });
  });

  it('OTP-6: a login waiting for its second factor is no session — its own record, usable until exactly secondFactorTtlMs, never a refresh token — and completing it spends it', async () => {
    const kit = createKit();
    const { phone } = await registerActive(kit);
    const ip = '203.0.113.5';
    const sessions = kit.sessionStore.size;
    const start = async () => {
      const r = await kit.auth.login({ login: phone, password: PASSWORD }, { ip });
      if (!r.success || r.data.status !== 'second_factor_required') throw new Error();
      return r.data.loginToken;
    };
    const first = await start();
    const [id] = first.split('.');
    expect(kit.sessionStore.size).toBe(sessions);
    expect(await kit.ctx.stores.pendingLogins.get(id!)).toMatchObject({
      accountId: expect.any(String),
      methods: expect.arrayContaining(['sms', 'email']),
      expiresAt: kit.clock.now() + kit.ctx.policy.secondFactorTtlMs,
    });
    expect(await kit.sessions.refresh({ refreshToken: first })).toMatchObject({ success: false });
    kit.clock.advance(kit.ctx.policy.secondFactorTtlMs - 1);
    expect(
      await kit.auth.sendLoginCode({ loginToken: first, method: 'sms' }, { ip }),
    ).toMatchObject({ success: true });
    kit.clock.advance(1);
    expect(await kit.auth.sendLoginCode({ loginToken: first, method: 'email' }, { ip })).toEqual({
      success: false,
      issues: [{ code: 'auth.login_expired', path: [] }],
    });
    expect(await kit.ctx.stores.pendingLogins.get(id!)).toBeUndefined();
    kit.clock.advance(kit.ctx.lockout.policy.send.cooldownMs);
    const second = await start();
    const done = await kit.auth.completeLogin(
      { loginToken: second, method: 'sms', code: kit.outbox.lastCode(phone)! },
      { ip },
    );
    expect(done.success).toBe(true);
    expect(kit.sessionStore.size).toBe(sessions + 1);
    expect(await kit.ctx.stores.pendingLogins.get(second.split('.')[0]!)).toBeUndefined();
    expect(
      await kit.auth.completeLogin(
        { loginToken: second, method: 'sms', code: kit.outbox.lastCode(phone)! },
        { ip },
      ),
    ).toEqual({ success: false, issues: [{ code: 'auth.login_expired', path: [] }] });
  });

  it('S-8: unknown login, wrong password and a locked account all answer auth.invalid_credentials', async () => {
    const kit = createKit();
    const { phone, email } = await registerActive(kit);
    const unknown = await kit.auth.login({ login: '+998907777777', password: PASSWORD });
    const wrong = await kit.auth.login(
      { login: email, password: 'Wrong-password-1!' },
      { ip: '198.51.100.1' },
    );
    expect(unknown).toEqual({
      success: false,
      issues: [{ code: 'auth.invalid_credentials', path: [] }],
    });
    expect(wrong).toEqual(unknown);
    // OTP-5: repeated failures from many IPs lock the account; the answer does not change.
    for (let i = 0; i < 12; i++)
      await kit.auth.login(
        { login: phone, password: `Wrong-password-${i}!` },
        { ip: `198.51.100.${10 + i}` },
      );
    const accountId = (await kit.accounts.findByKey(`phone:${kit.ctx.blindIndex('phone', phone)}`))!
      .id;
    expect((await kit.ctx.lockout.accountStatus(accountId)).locked).toBe(true);
    const locked = await kit.auth.login(
      { login: phone, password: PASSWORD },
      { ip: '198.51.100.99' },
    );
    expect(locked).toEqual(unknown);
  });

  it('OTP-5, ACC-8: with supportLockoutPolicy the lock is mirrored in the lifecycle, ends the sessions, and answers like a wrong password', async () => {
    const kit = createKit({}, supportLockoutPolicy);
    const { phone, accountId } = await registerActive(kit);
    const { tokens } = await login(kit, phone, { ip: '192.0.2.5' });
    for (let i = 0; i < 10; i++)
      await kit.auth.login(
        { login: phone, password: `Wrong-password-${i}!` },
        { ip: `198.51.100.${10 + i}` },
      );
    expect((await kit.accounts.get(accountId))?.lifecycle).toBe('locked');
    expect((await kit.sessions.authenticate(tokens.accessToken)).success).toBe(false);
    expect(await kit.auth.login({ login: phone, password: PASSWORD }, { ip: '192.0.2.5' })).toEqual(
      { success: false, issues: [{ code: 'auth.invalid_credentials', path: [] }] },
    );
    expect(await kit.auth.requestUnlock({ login: phone })).toMatchObject({
      success: false,
      issues: [{ code: 'auth.unlock_unavailable' }],
    });
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

  it('OTP-3, S-4: a wrong login code blocks the next try for exactly code.blockMs (five minutes); a new login with a new code is blocked too', async () => {
    const kit = createKit();
    const { phone } = await registerActive(kit);
    const blockMs = kit.ctx.lockout.policy.code.blockMs;
    expect(blockMs).toBe(5 * 60_000);
    const first = await kit.auth.login({ login: phone, password: PASSWORD });
    if (!first.success || first.data.status !== 'second_factor_required') throw new Error();
    const code = kit.outbox.lastCode(phone)!;
    const wrongCode = code === '000000' ? '111111' : '000000';
    expect(
      await kit.auth.completeLogin({
        loginToken: first.data.loginToken,
        method: 'sms',
        code: wrongCode,
      }),
    ).toMatchObject({ success: false, issues: [{ code: 'auth.code_wrong' }] });
    const wrongAt = kit.clock.now();
    expect(
      await kit.auth.completeLogin({ loginToken: first.data.loginToken, method: 'sms', code }),
    ).toEqual({
      success: false,
      issues: [
        {
          code: 'auth.code_blocked',
          path: ['code'],
          params: { seconds: blockMs / 1000, minutes: blockMs / 60_000 },
        },
      ],
    });
    // S-4: a new login and a new code change nothing: the block is keyed on the account.
    kit.clock.advance(61_000);
    const second = await kit.auth.login({ login: phone, password: PASSWORD });
    if (!second.success || second.data.status !== 'second_factor_required') throw new Error();
    const fresh = kit.outbox.lastCode(phone)!;
    expect(
      await kit.auth.completeLogin({
        loginToken: second.data.loginToken,
        method: 'sms',
        code: fresh,
      }),
    ).toMatchObject({
      success: false,
      issues: [
        {
          code: 'auth.code_blocked',
          params: { seconds: (wrongAt + blockMs - kit.clock.now()) / 1000 },
        },
      ],
    });
    kit.clock.set(wrongAt + blockMs - 1);
    expect(
      await kit.auth.completeLogin({
        loginToken: second.data.loginToken,
        method: 'sms',
        code: fresh,
      }),
    ).toMatchObject({
      success: false,
      issues: [{ code: 'auth.code_blocked', params: { seconds: 1 } }],
    });
    kit.clock.advance(1);
    expect(
      (
        await kit.auth.completeLogin({
          loginToken: second.data.loginToken,
          method: 'sms',
          code: fresh,
        })
      ).success,
    ).toBe(true);
  });

  it("OTP-3, S-4: an unlock code is guarded the same way — a wrong one blocks the account's unlock for exactly code.blockMs, and a new request does not lift it", async () => {
    const kit = createKit();
    const { phone } = await registerActive(kit);
    const blockMs = kit.ctx.lockout.policy.code.blockMs;
    const first = await kit.auth.requestUnlock({ login: phone });
    if (!first.success) throw new Error();
    const code = kit.outbox.lastCode(phone)!;
    expect(
      await kit.auth.confirmUnlock({
        unlockToken: first.data.unlockToken,
        code: code === '000000' ? '111111' : '000000',
      }),
    ).toMatchObject({ success: false, issues: [{ code: 'auth.code_wrong' }] });
    const wrongAt = kit.clock.now();
    kit.clock.advance(61_000);
    const second = await kit.auth.requestUnlock({ login: phone });
    if (!second.success) throw new Error();
    const fresh = kit.outbox.lastCode(phone)!;
    expect(
      await kit.auth.confirmUnlock({ unlockToken: second.data.unlockToken, code: fresh }),
    ).toMatchObject({
      success: false,
      issues: [
        {
          code: 'auth.code_blocked',
          params: { seconds: (wrongAt + blockMs - kit.clock.now()) / 1000 },
        },
      ],
    });
    kit.clock.set(wrongAt + blockMs);
    expect(
      (await kit.auth.confirmUnlock({ unlockToken: second.data.unlockToken, code: fresh })).success,
    ).toBe(true);
  });

  it('OTP-6, S-6: TOTP enrolment needs recent re-authentication, issues backup codes, and a TOTP code works once', async () => {
    const kit = createKit();
    const { phone } = await registerActive(kit);
    const done = await loginWithSms(kit, phone, phone);
    if (!done.success) throw new Error();
    const auth = await kit.sessions.authenticate(done.data.tokens.accessToken);
    if (!auth.success) throw new Error();
    kit.clock.advance(11 * 60_000);
    expect(await kit.auth.beginTotpEnrollment(auth.data)).toMatchObject({
      success: false,
      issues: [{ code: 'session.reauth_required' }],
    });
    expect((await kit.sessions.reauthenticate(auth.data, { password: PASSWORD })).success).toBe(
      true,
    );
    const begun = await kit.auth.beginTotpEnrollment(auth.data);
    if (!begun.success) throw new Error(JSON.stringify(begun.issues));
    expect(begun.data.uri).toMatch(/^otpauth:\/\/totp\//);
    const code = await generate({
      secret: begun.data.secret,
      epoch: Math.floor(kit.clock.now() / 1000),
    });
    const confirmed = await kit.auth.confirmTotpEnrollment(auth.data, { code });
    expect(confirmed.success && confirmed.data.backupCodes.length).toBe(10);
    kit.clock.advance(30_000);
    const login = await kit.auth.login({ login: phone, password: PASSWORD });
    if (!login.success || login.data.status !== 'second_factor_required') throw new Error();
    expect(login.data.preferred).toBe('totp');
    expect(login.data.methods).toEqual(expect.arrayContaining(['totp', 'backup_code', 'sms']));
    const totp = await generate({
      secret: begun.data.secret,
      epoch: Math.floor(kit.clock.now() / 1000),
    });
    expect(
      (
        await kit.auth.completeLogin({
          loginToken: login.data.loginToken,
          method: 'totp',
          code: totp,
        })
      ).success,
    ).toBe(true);
    const again = await kit.auth.login({ login: phone, password: PASSWORD });
    if (!again.success || again.data.status !== 'second_factor_required') throw new Error();
    expect(
      await kit.auth.completeLogin({
        loginToken: again.data.loginToken,
        method: 'totp',
        code: totp,
      }),
    ).toMatchObject({ success: false, issues: [{ code: 'auth.code_wrong' }] });
    kit.clock.advance(5 * 60_000);
    const backup = confirmed.success ? confirmed.data.backupCodes[0]! : '';
    expect(
      (
        await kit.auth.completeLogin({
          loginToken: again.data.loginToken,
          method: 'backup_code',
          code: backup,
        })
      ).success,
    ).toBe(true);
  });

  it('S-7: a client in its own delay is told exactly how long to wait — at login, re-authentication and a password change alike — and a right password waits too', async () => {
    const kit = createKit();
    const { phone } = await registerActive(kit);
    const done = await loginWithSms(kit, phone, phone);
    if (!done.success) throw new Error();
    const auth = await kit.sessions.authenticate(done.data.tokens.accessToken);
    if (!auth.success) throw new Error();
    const ip = '198.51.100.77';
    for (let i = 0; i < kit.ctx.lockout.policy.password.freeFailures; i++)
      expect(
        await kit.auth.login({ login: phone, password: `Wrong-password-${i}!` }, { ip }),
      ).toEqual({ success: false, issues: [{ code: 'auth.invalid_credentials', path: [] }] });
    // The portal policy's first delay of the account+IP pair: 30 s, to the second.
    const wait = {
      success: false,
      issues: [{ code: 'auth.retry_later', path: [], params: { seconds: 30 } }],
    };
    expect(await kit.auth.login({ login: phone, password: PASSWORD }, { ip })).toEqual(wait);
    expect(await kit.sessions.reauthenticate(auth.data, { password: PASSWORD }, { ip })).toEqual(
      wait,
    );
    expect(
      await kit.auth.changePassword(
        auth.data,
        { currentPassword: PASSWORD, newPassword: 'Another-Pass-42!' },
        { ip },
      ),
    ).toEqual(wait);
    kit.clock.advance(29_000);
    expect(await kit.auth.login({ login: phone, password: PASSWORD }, { ip })).toEqual({
      success: false,
      issues: [{ code: 'auth.retry_later', path: [], params: { seconds: 1 } }],
    });
    kit.clock.advance(1_000);
    expect(await kit.auth.login({ login: phone, password: PASSWORD }, { ip })).toMatchObject({
      success: true,
      data: { status: 'second_factor_required' },
    });
  });

  it('OTP-4, S-1: a password change needs the current one and refuses a recent password', async () => {
    const kit = createKit();
    const { phone } = await registerActive(kit);
    const done = await loginWithSms(kit, phone, phone);
    if (!done.success) throw new Error();
    const auth = await kit.sessions.authenticate(done.data.tokens.accessToken);
    if (!auth.success) throw new Error();
    expect(
      await kit.auth.changePassword(auth.data, {
        currentPassword: 'nope',
        newPassword: 'Another-Pass-42!',
      }),
    ).toMatchObject({ success: false, issues: [{ code: 'auth.wrong_password' }] });
    expect(
      await kit.auth.changePassword(auth.data, {
        currentPassword: PASSWORD,
        newPassword: PASSWORD,
      }),
    ).toMatchObject({ success: false, issues: [{ code: 'password.reused' }] });
    const short = await kit.auth.changePassword(auth.data, {
      currentPassword: PASSWORD,
      newPassword: 'short',
    });
    expect(short.success).toBe(false);
    if (!short.success) expect(short.issues.every((i) => i.path[0] === 'newPassword')).toBe(true);
    const changed = await kit.auth.changePassword(auth.data, {
      currentPassword: PASSWORD,
      newPassword: 'Another-Pass-42!',
    });
    expect(changed.success).toBe(true);
    expect(kit.outbox.lastTo(phone)?.purpose).toBe('notice');
  });

  it('ASVS 6.3.5: a success after several failures notifies the holder', async () => {
    const kit = createKit();
    const { phone } = await registerActive(kit);
    for (let i = 0; i < 3; i++)
      await kit.auth.login({ login: phone, password: `Bad-guess-${i}!` }, { ip: `192.0.2.${i}` });
    kit.outbox.clear();
    await loginWithSms(kit, phone, phone, '192.0.2.200');
    expect(kit.outbox.messages.some((m) => m.purpose === 'login-alert')).toBe(true);
  });

  /** An attacker who knows only the login, with endless addresses, waiting out every lock: until the hard cap. */
  async function attackToCap(kit: Kit, phone: string, accountId: string): Promise<number> {
    let guesses = 0;
    for (let i = 0; i < 400; i++) {
      const status = await kit.ctx.lockout.accountStatus(accountId);
      if (status.until === 'unlock') break;
      if (status.locked && typeof status.until === 'number') kit.clock.set(status.until);
      await kit.auth.login(
        { login: phone, password: `Guess-${i}-Password!` },
        { ip: `10.${i >> 8}.${i & 255}.9` },
      );
      guesses += 1;
    }
    return guesses;
  }

  it('S-7, S-8: at the hard cap the owner unlocks with a code to a confirmed contact and logs in, though the attacker goes on; the request looks the same for an unknown login; journaled', async () => {
    const kit = createKit();
    const { phone, email, accountId } = await registerActive(kit);
    expect(await attackToCap(kit, phone, accountId)).toBeLessThanOrEqual(
      kit.ctx.lockout.policy.password.maxConsecutiveFailures +
        kit.ctx.lockout.policy.password.lockAfterFailures,
    );
    expect(await kit.ctx.lockout.accountStatus(accountId)).toMatchObject({
      locked: true,
      until: 'unlock',
      failures: 100,
    });
    // The cap is a lock like any other to the attacker and to the owner's password from a new address (S-8).
    const travel = { ip: '198.51.100.50' };
    expect(await kit.auth.login({ login: phone, password: PASSWORD }, travel)).toEqual({
      success: false,
      issues: [{ code: 'auth.invalid_credentials', path: [] }],
    });
    // The holder was told how to unlock (first lock and cap only: no more notices than that).
    expect(
      kit.outbox.messages.filter((m) => m.to === phone && m.purpose === 'notice'),
    ).toHaveLength(2);

    kit.outbox.clear();
    const asked = await kit.auth.requestUnlock({ login: email, channel: 'sms' }, travel);
    const unknown = await kit.auth.requestUnlock(
      { login: 'nobody@example.uz', channel: 'sms' },
      travel,
    );
    expect(asked).toMatchObject({
      success: true,
      data: { channel: 'sms', unlockToken: expect.any(String), expiresAt: expect.any(Number) },
    });
    expect(unknown).toMatchObject({
      success: true,
      data: {
        channel: 'sms',
        unlockToken: expect.any(String),
        expiresAt: asked.success ? asked.data.expiresAt : 0,
      },
    });
    expect(Object.keys(unknown.success ? unknown.data : {}).sort()).toEqual(
      Object.keys(asked.success ? asked.data : {}).sort(),
    );
    expect(kit.outbox.messages.map((m) => m.to)).toEqual([phone]);
    if (!asked.success || !unknown.success) throw new Error();
    // A code for an unknown login answers as a wrong one.
    const code = kit.outbox.lastCode(phone)!;
    expect(
      await kit.auth.confirmUnlock({ unlockToken: unknown.data.unlockToken, code }, travel),
    ).toEqual({ success: false, issues: [{ code: 'auth.code_wrong', path: ['code'] }] });
    expect(
      await kit.auth.confirmUnlock({ unlockToken: asked.data.unlockToken, code }, travel),
    ).toMatchObject({ success: true, data: { unlockedAt: kit.clock.now() } });
    expect(await kit.ctx.lockout.accountStatus(accountId)).toEqual({
      locked: false,
      failures: 0,
      locksInRow: 0,
    });
    // The attacker locks the account again at once; the owner, from the address they unlocked from, still gets in.
    for (let i = 0; i < 10; i++)
      await kit.auth.login(
        { login: phone, password: `Again-${i}-Password!` },
        { ip: `10.99.0.${i}` },
      );
    expect((await kit.ctx.lockout.accountStatus(accountId)).locked).toBe(true);
    expect((await login(kit, phone, travel)).auth.accountId).toBe(accountId);
    const actions = (await kit.journal.history({ type: 'account', id: accountId })).map(
      (e) => e.entry.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        'account.locked',
        'auth.unlock_code_sent',
        'auth.unlocked_by_owner',
        'account.login.succeeded',
      ]),
    );
  });

  it('S-7: the owner keeps logging in from an address they used while an attacker keeps the account locked; existing sessions survive the attack', async () => {
    const kit = createKit({ sessionIdleMs: 24 * 3_600_000, sessionAbsoluteMs: 48 * 3_600_000 });
    const { phone, accountId } = await registerActive(kit);
    const home = { ip: '192.0.2.10' };
    const first = await login(kit, phone, home);
    await attackToCap(kit, phone, accountId);
    // The session the owner had goes on (its access token expired meanwhile; the refresh works).
    expect((await kit.sessions.refresh({ refreshToken: first.tokens.refreshToken })).success).toBe(
      true,
    );
    expect((await login(kit, phone, home)).auth.accountId).toBe(accountId);
    expect((await kit.accounts.get(accountId))?.lifecycle).toBe('active');
  });

  it('S-5, S-8: unlock codes have their own limits: asking for them again and again never spends the login codes, and unknown logins are limited the same', async () => {
    const kit = createKit();
    const { phone } = await registerActive(kit);
    const refusals: string[] = [];
    for (const login of [phone, '+998907770001']) {
      for (let i = 0; i < 7; i++) {
        const r = await kit.auth.requestUnlock({ login }, { ip: `10.5.${i}.1` });
        refusals.push(r.success ? 'sent' : r.issues[0]!.code);
        kit.clock.advance(61_000);
      }
    }
    expect(refusals.slice(0, 7)).toEqual([
      'sent',
      'sent',
      'sent',
      'sent',
      'sent',
      'auth.send_capped',
      'auth.send_capped',
    ]);
    expect(refusals.slice(7)).toEqual(refusals.slice(0, 7));
    const r = await kit.auth.login({ login: phone, password: PASSWORD }, { ip: '192.0.2.10' });
    expect(r).toMatchObject({
      success: true,
      data: { status: 'second_factor_required', codeSentTo: expect.any(String) },
    });
    expect(r.success && 'codeNotSent' in r.data).toBe(false);
  });

  it("S-5: drafts that name an account's phone cannot use up its login codes (anonymous registration traffic has its own budget)", async () => {
    const kit = createKit();
    const victim = await registerActive(kit);
    const refusals: string[] = [];
    for (let i = 0; i < 7; i++) {
      const started = await kit.registration.start({ userType: 'foreign_citizen' });
      if (!started.success) throw new Error();
      const access = { draftId: started.data.draftId, resumeToken: started.data.resumeToken };
      await kit.registration.setContacts({
        ...access,
        phone: victim.phone,
        email: `squat${i}@example.uz`,
      });
      const r = await kit.registration.requestCode(
        { ...access, channel: 'phone' },
        { ip: `10.7.${i}.1` },
      );
      refusals.push(r.success ? 'sent' : r.issues[0]!.code);
      kit.clock.advance(61_000);
    }
    // The victim's own registration code was the first of the phone's 5 claims today.
    expect(refusals).toEqual([
      'sent',
      'sent',
      'sent',
      'sent',
      'auth.send_capped',
      'auth.send_capped',
      'auth.send_capped',
    ]);
    const r = await kit.auth.login(
      { login: victim.phone, password: PASSWORD },
      { ip: '192.0.2.10' },
    );
    expect(r).toMatchObject({
      success: true,
      data: { status: 'second_factor_required', codeSentTo: expect.any(String) },
    });
    expect(kit.outbox.lastTo(victim.phone)?.purpose).toBe('login-code');
  });

  it('S-5: a login whose code cannot be sent says why — the issue, the exact wait in honest units, the other ways — and the other channel works', async () => {
    const kit = createKit();
    const { phone, email } = await registerActive(kit);
    const ip = { ip: '192.0.2.10' };
    for (let i = 0; i < 5; i++) {
      const r = await kit.auth.login({ login: phone, password: PASSWORD }, ip);
      expect(r).toMatchObject({ success: true, data: { codeSentTo: expect.any(String) } });
      kit.clock.advance(61_000);
    }
    const r = await kit.auth.login({ login: phone, password: PASSWORD }, ip);
    if (!r.success || r.data.status !== 'second_factor_required')
      throw new Error(JSON.stringify(r));
    const midnightMsk = Date.UTC(2026, 2, 2, 21);
    const seconds = Math.ceil((midnightMsk - kit.clock.now()) / 1000);
    expect(r.data.codeSentTo).toBeUndefined();
    expect(r.data.codeNotSent).toEqual({
      channel: 'sms',
      issue: {
        code: 'auth.send_capped',
        path: [],
        params: { seconds, channel: 'sms', alternatives: 'email' },
      },
      retryAfterMs: seconds * 1000,
      alternatives: ['email'],
    });
    const ru = renderIssue(r.data.codeNotSent!.issue, 'ru', accountMessages);
    const en = renderIssue(r.data.codeNotSent!.issue, 'en', accountMessages);
    expect(ru).toBe(
      `Исчерпан суточный лимит кодов на этот телефон: повторите через ${Math.floor(Math.ceil(seconds / 60) / 60)} ч ${Math.ceil(seconds / 60) % 60} мин, или выберите другой способ: код по электронной почте`,
    );
    expect(en).toMatch(
      /^The daily limit of codes to this phone is reached: try again in \d+ h \d+ min, or use another way: a code by e-mail$/,
    );
    expect(ru).not.toMatch(/только что/);
    // The other channel works with the same login token.
    expect(
      await kit.auth.sendLoginCode({ loginToken: r.data.loginToken, method: 'email' }, ip),
    ).toMatchObject({ success: true, data: { sentTo: expect.any(String) } });
    expect(
      (
        await kit.auth.completeLogin(
          { loginToken: r.data.loginToken, method: 'email', code: kit.outbox.lastCode(email)! },
          ip,
        )
      ).success,
    ).toBe(true);
    // Asking again by SMS says the same, with the other ways.
    const again = await kit.auth.login({ login: phone, password: PASSWORD }, ip);
    if (!again.success || again.data.status !== 'second_factor_required') throw new Error();
    expect(
      await kit.auth.sendLoginCode({ loginToken: again.data.loginToken, method: 'sms' }, ip),
    ).toMatchObject({
      success: false,
      issues: [{ code: 'auth.send_capped', params: { channel: 'sms', alternatives: 'email' } }],
    });
  });

  it('S-5: a resend inside the cooldown says a code was just sent, with the exact seconds', async () => {
    const kit = createKit();
    const { phone } = await registerActive(kit);
    const r = await kit.auth.login({ login: phone, password: PASSWORD }, { ip: '192.0.2.10' });
    if (!r.success || r.data.status !== 'second_factor_required') throw new Error();
    kit.clock.advance(15_000);
    const cooldown = kit.ctx.lockout.policy.send.cooldownMs;
    expect(await kit.auth.sendLoginCode({ loginToken: r.data.loginToken, method: 'sms' })).toEqual({
      success: false,
      issues: [
        {
          code: 'auth.send_cooldown',
          path: [],
          params: { seconds: (cooldown - 15_000) / 1000, channel: 'sms', alternatives: 'email' },
        },
      ],
    });
  });
});
