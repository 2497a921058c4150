import { describe, expect, it } from 'vitest';
import {
  client,
  createTestApp,
  login,
  nextIp,
  OPERATOR_TOKEN,
  PASSWORD,
  registerActive,
  totpCode,
  type TestApp,
} from './_kit.js';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function enrollTotp(
  t: TestApp,
  tokens: { accessToken: string },
): Promise<{ secret: string; backupCodes: string[] }> {
  const c = client(t);
  const begun = await c.json('post', '/v1/auth/totp', undefined, bearer(tokens.accessToken));
  expect(begun.status).toBe(200);
  expect(begun.body.uri).toMatch(/^otpauth:\/\/totp\//);
  const confirmed = await c.json(
    'post',
    '/v1/auth/totp/confirm',
    { code: totpCode(t, begun.body.secret) },
    bearer(tokens.accessToken),
  );
  expect(confirmed.status).toBe(200);
  return { secret: begun.body.secret, backupCodes: confirmed.body.backupCodes };
}

describe('login over HTTP', () => {
  it('OTP-6: password, then the SMS code, opens a session whose access token works', async () => {
    const t = createTestApp();
    const account = await registerActive(t);
    const c = client(t);
    const first = await c.json('post', '/v1/auth/login', {
      login: account.phone,
      password: PASSWORD,
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'second_factor_required', preferred: 'sms' });
    expect(first.body.methods).toContain('sms');
    expect(first.body.codeSentTo).not.toContain(account.phone.slice(-4));
    const code = t.kabinet.dev.outbox!.lastCode(account.phone)!;
    const done = await c.json('post', '/v1/auth/login/complete', {
      loginToken: first.body.loginToken,
      method: 'sms',
      code,
    });
    expect(done.status).toBe(200);
    expect(done.body.tokens.accessToken).toEqual(expect.any(String));
    const sessions = await c.json(
      'get',
      '/v1/sessions',
      undefined,
      bearer(done.body.tokens.accessToken),
    );
    expect(sessions.status).toBe(200);
    expect(sessions.body.sessions).toHaveLength(1);
    expect(sessions.body.sessions[0]).toMatchObject({ current: true, ip: c.ip });
    expect(t.faults).toEqual([]);
  });

  it('S-8: unknown login, wrong password, locked, blocked and unconfirmed accounts get the same 401 body', async () => {
    const t = createTestApp();
    const account = await registerActive(t);
    const blocked = await registerActive(t);
    const op = client(t);
    expect(
      (
        await op.json(
          'post',
          `/v1/support/accounts/${blocked.accountId}/block`,
          { reason: 'fraud report' },
          bearer(OPERATOR_TOKEN),
        )
      ).status,
    ).toBe(200);
    const answers = [];
    answers.push(
      await client(t).json('post', '/v1/auth/login', {
        login: '+998901112233',
        password: PASSWORD,
      }),
    );
    answers.push(
      await client(t).json('post', '/v1/auth/login', {
        login: 'nobody@example.uz',
        password: PASSWORD,
      }),
    );
    answers.push(
      await client(t).json('post', '/v1/auth/login', {
        login: account.phone,
        password: 'Wrong-Password-1',
      }),
    );
    answers.push(
      await client(t).json('post', '/v1/auth/login', { login: blocked.email, password: PASSWORD }),
    );
    answers.push(
      await client(t).json('post', '/v1/auth/login', {
        login: 'not a login at all',
        password: 'x',
      }),
    );
    for (const a of answers) {
      expect(a.status).toBe(401);
      expect(a.body).toEqual(answers[0]!.body);
    }
    expect(answers[0]!.body.error.code).toBe('auth.invalid_credentials');
  });

  it('OTP-5, S-8: after repeated wrong passwords the account locks, and the answer does not change', async () => {
    const t = createTestApp();
    const account = await registerActive(t);
    const unknown = [];
    const known = [];
    for (let i = 0; i < 14; i++) {
      const ip = nextIp();
      known.push(
        await client(t, ip).json('post', '/v1/auth/login', {
          login: account.phone,
          password: `Wrong-${i}-Password`,
        }),
      );
      unknown.push(
        await client(t, ip).json('post', '/v1/auth/login', {
          login: '+998907770000',
          password: `Wrong-${i}-Password`,
        }),
      );
    }
    expect(known.map((r) => r.status)).toEqual(unknown.map((r) => r.status));
    expect(known.map((r) => r.body)).toEqual(unknown.map((r) => r.body));
    const right = await client(t).json('post', '/v1/auth/login', {
      login: account.phone,
      password: PASSWORD,
    });
    expect(right.status).toBe(known.at(-1)!.status);
    expect(right.body).toEqual(known.at(-1)!.body);
    // The default lock is temporary: the lockout holds it, the lifecycle stays active (S-7).
    const support = await client(t).json(
      'get',
      `/v1/support/accounts/${account.accountId}`,
      undefined,
      bearer(OPERATOR_TOKEN),
    );
    expect(support.body).toMatchObject({ lifecycle: 'active', lock: { locked: true } });
  });

  it('S-7: the owner lifts a lock with a code to a confirmed contact (POST /v1/auth/unlock, /v1/auth/unlock/confirm) and logs in', async () => {
    const t = createTestApp();
    const account = await registerActive(t);
    for (let i = 0; i < 10; i++)
      await client(t).json('post', '/v1/auth/login', {
        login: account.phone,
        password: `Wrong-${i}-Password`,
      });
    const c = client(t);
    expect(
      (await c.json('post', '/v1/auth/login', { login: account.phone, password: PASSWORD })).status,
    ).toBe(401);
    const asked = await c.json('post', '/v1/auth/unlock', { login: account.phone });
    expect(asked.status).toBe(202);
    const done = await c.json('post', '/v1/auth/unlock/confirm', {
      unlockToken: asked.body.unlockToken,
      code: t.kabinet.dev.outbox!.lastCode(account.phone),
    });
    expect(done.status).toBe(200);
    t.clock.advance(61_000);
    expect(
      (await c.json('post', '/v1/auth/login', { login: account.phone, password: PASSWORD })).status,
    ).toBe(200);
    expect(t.faults).toEqual([]);
  });

  it('S-7: repeated failures from one address are slowed down with 429 and Retry-After', async () => {
    const t = createTestApp();
    const account = await registerActive(t);
    const c = client(t);
    const statuses: number[] = [];
    let retryAfter: string | undefined;
    for (let i = 0; i < 8; i++) {
      const r = await c.json('post', '/v1/auth/login', {
        login: account.phone,
        password: `Wrong-${i}-Password`,
      });
      statuses.push(r.status);
      if (r.status === 429) retryAfter = r.headers['retry-after'];
    }
    expect(statuses).toContain(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });

  it('S-6: TOTP as second factor; a code is accepted once (replay refused); backup codes work once', async () => {
    const t = createTestApp();
    const account = await registerActive(t);
    const tokens = await login(t, account);
    const { secret, backupCodes } = await enrollTotp(t, tokens);
    expect(backupCodes.length).toBeGreaterThanOrEqual(10);
    t.clock.advance(60_000);
    const c = client(t);
    const first = await c.json('post', '/v1/auth/login', {
      login: account.email,
      password: PASSWORD,
    });
    expect(first.body).toMatchObject({ preferred: 'totp' });
    expect(first.body.methods).toEqual(expect.arrayContaining(['totp', 'backup_code']));
    const code = totpCode(t, secret);
    const done = await c.json('post', '/v1/auth/login/complete', {
      loginToken: first.body.loginToken,
      method: 'totp',
      code,
    });
    expect(done.status).toBe(200);
    const second = await c.json('post', '/v1/auth/login', {
      login: account.email,
      password: PASSWORD,
    });
    const replay = await c.json('post', '/v1/auth/login/complete', {
      loginToken: second.body.loginToken,
      method: 'totp',
      code,
    });
    expect(replay.status).toBe(422);
    const third = await c.json('post', '/v1/auth/login', {
      login: account.email,
      password: PASSWORD,
    });
    t.clock.advance(5 * 60_000);
    const backup = await c.json('post', '/v1/auth/login/complete', {
      loginToken: third.body.loginToken,
      method: 'backup_code',
      code: backupCodes[0],
    });
    expect(backup.status).toBe(200);
    const fourth = await c.json('post', '/v1/auth/login', {
      login: account.email,
      password: PASSWORD,
    });
    const again = await c.json('post', '/v1/auth/login/complete', {
      loginToken: fourth.body.loginToken,
      method: 'backup_code',
      code: backupCodes[0],
    });
    expect(again.status).toBeGreaterThanOrEqual(400);
    expect(again.status).toBeLessThan(500);
  });

  it('an expired or made-up login token is 401 auth.login_expired', async () => {
    const t = createTestApp();
    const r = await client(t).json('post', '/v1/auth/login/complete', {
      loginToken: 'ses_x.y',
      method: 'sms',
      code: '123456',
    });
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('auth.login_expired');
    const send = await client(t).json('post', '/v1/auth/login/code', {
      loginToken: 'nonsense',
      method: 'sms',
    });
    expect(send.status).toBe(401);
  });
});

describe('cookie sessions with CSRF', () => {
  async function cookieLogin(t: TestApp) {
    const account = await registerActive(t);
    const c = client(t);
    const first = await c.json('post', '/v1/auth/login', {
      login: account.phone,
      password: PASSWORD,
    });
    const code = t.kabinet.dev.outbox!.lastCode(account.phone)!;
    const done = await c.json('post', '/v1/auth/login/complete', {
      loginToken: first.body.loginToken,
      method: 'sms',
      code,
      transport: 'cookie',
    });
    return { account, c, done };
  }
  const cookieHeader = (setCookie: string[]) => setCookie.map((s) => s.split(';')[0]).join('; ');

  it('S-10: the cookie transport sets HttpOnly session and refresh cookies and a CSRF token, never tokens in the body', async () => {
    const t = createTestApp();
    const { done } = await cookieLogin(t);
    expect(done.status).toBe(200);
    expect(done.body.tokens).toBeUndefined();
    expect(done.body.session.csrfToken).toEqual(expect.any(String));
    const set = done.headers['set-cookie'] as unknown as string[];
    expect(set).toHaveLength(3);
    expect(set.find((s) => s.startsWith('kabinet_session='))).toMatch(/HttpOnly/);
    expect(set.find((s) => s.startsWith('kabinet_refresh='))).toMatch(
      /Path=\/api\/v1\/sessions\/refresh/,
    );
    expect(set.find((s) => s.startsWith('kabinet_csrf='))).not.toMatch(/HttpOnly/);
    expect(set.find((s) => s.startsWith('kabinet_csrf='))).toContain(
      `kabinet_csrf=${done.body.session.csrfToken}`,
    );
  });

  it('S-10: unsafe cookie requests need the CSRF header; safe ones do not', async () => {
    const t = createTestApp();
    const { c, done } = await cookieLogin(t);
    const cookie = cookieHeader(done.headers['set-cookie'] as unknown as string[]);
    const list = await c.json('get', '/v1/sessions', undefined, { cookie });
    expect(list.status).toBe(200);
    const forged = await c.json('post', '/v1/sessions/end-others', undefined, { cookie });
    expect(forged.status).toBe(403);
    expect(forged.body.error.code).toBe('http.csrf_failed');
    const wrong = await c.json('post', '/v1/sessions/end-others', undefined, {
      cookie,
      'x-csrf-token': 'not-the-token',
    });
    expect(wrong.status).toBe(403);
    const ok = await c.json('post', '/v1/sessions/end-others', undefined, {
      cookie,
      'x-csrf-token': done.body.session.csrfToken,
    });
    expect(ok.status).toBe(200);
  });

  it('S-10: the refresh cookie rotates with the CSRF header; logout clears the cookies', async () => {
    const t = createTestApp();
    const { c, done } = await cookieLogin(t);
    const cookie = cookieHeader(done.headers['set-cookie'] as unknown as string[]);
    const noCsrf = await c.json('post', '/v1/sessions/refresh', {}, { cookie });
    expect(noCsrf.status).toBe(403);
    const refreshed = await c.json(
      'post',
      '/v1/sessions/refresh',
      {},
      { cookie, 'x-csrf-token': done.body.session.csrfToken },
    );
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.session.csrfToken).not.toBe(done.body.session.csrfToken);
    const next = cookieHeader(refreshed.headers['set-cookie'] as unknown as string[]);
    const out = await c.json('post', '/v1/sessions/logout', undefined, {
      cookie: next,
      'x-csrf-token': refreshed.body.session.csrfToken,
    });
    expect(out.status).toBe(200);
    const cleared = out.headers['set-cookie'] as unknown as string[];
    expect(cleared.every((s) => s.includes('Max-Age=0'))).toBe(true);
    expect((await c.json('get', '/v1/sessions', undefined, { cookie: next })).status).toBe(401);
  });
});

describe('sessions over HTTP', () => {
  it('S-10: a refresh token is single use: its reuse ends the session', async () => {
    const t = createTestApp();
    const account = await registerActive(t);
    const tokens = await login(t, account);
    const c = client(t);
    const rotated = await c.json('post', '/v1/sessions/refresh', {
      refreshToken: tokens.refreshToken,
    });
    expect(rotated.status).toBe(200);
    expect(rotated.body.tokens.refreshToken).not.toBe(tokens.refreshToken);
    // S-16: a retry within the window (a lost response) is answered with the same new token ...
    const retry = await c.json('post', '/v1/sessions/refresh', {
      refreshToken: tokens.refreshToken,
    });
    expect(retry.status).toBe(200);
    expect(retry.body.tokens.refreshToken).toBe(rotated.body.tokens.refreshToken);
    // ... after it, the spent token is a copy someone else holds.
    t.clock.advance(t.kabinet.policy.refreshRetryMs);
    const reuse = await c.json('post', '/v1/sessions/refresh', {
      refreshToken: tokens.refreshToken,
    });
    expect(reuse.status).toBe(401);
    expect(reuse.body.error.code).toBe('session.invalid_token');
    expect(
      (await c.json('get', '/v1/sessions', undefined, bearer(rotated.body.tokens.accessToken)))
        .status,
    ).toBe(401);
  });

  it('ACC-11: list sessions, end one, end the others; the idle timeout ends a session', async () => {
    const t = createTestApp();
    const account = await registerActive(t);
    const a = await login(t, account);
    const b = await login(t, account);
    const d = await login(t, account);
    const c = client(t);
    const list = await c.json('get', '/v1/sessions', undefined, bearer(a.accessToken));
    expect(list.body.sessions).toHaveLength(3);
    const ended = await c.json(
      'delete',
      `/v1/sessions/${b.sessionId}`,
      undefined,
      bearer(a.accessToken),
    );
    expect(ended.status).toBe(200);
    expect((await c.json('get', '/v1/sessions', undefined, bearer(b.accessToken))).status).toBe(
      401,
    );
    const missing = await c.json(
      'delete',
      `/v1/sessions/ses_nope`,
      undefined,
      bearer(a.accessToken),
    );
    expect(missing.status).toBe(404);
    const others = await c.json(
      'post',
      '/v1/sessions/end-others',
      undefined,
      bearer(a.accessToken),
    );
    expect(others.body.ended).toBe(1);
    expect((await c.json('get', '/v1/sessions', undefined, bearer(d.accessToken))).status).toBe(
      401,
    );
    t.clock.advance(t.kabinet.policy.sessionIdleMs + 1);
    expect((await c.json('get', '/v1/sessions', undefined, bearer(a.accessToken))).status).toBe(
      401,
    );
  });

  it('S-11: a sensitive change needs a recent password: 403 session.reauth_required, then reauthenticate', async () => {
    const t = createTestApp();
    const account = await registerActive(t);
    const tokens = await login(t, account);
    t.clock.advance(t.kabinet.policy.reauthWindowMs + 1000);
    const c = client(t);
    const refreshed = await c.json('post', '/v1/sessions/refresh', {
      refreshToken: tokens.refreshToken,
    });
    const access = refreshed.body.tokens.accessToken as string;
    const stale = await c.json('post', '/v1/auth/totp', undefined, bearer(access));
    expect(stale.status).toBe(403);
    expect(stale.body.error.code).toBe('session.reauth_required');
    const wrong = await c.json(
      'post',
      '/v1/sessions/reauthenticate',
      { password: 'Wrong-Password-9' },
      bearer(access),
    );
    expect(wrong.status).toBe(401);
    const re = await c.json(
      'post',
      '/v1/sessions/reauthenticate',
      { password: PASSWORD },
      bearer(access),
    );
    expect(re.status).toBe(200);
    expect((await c.json('post', '/v1/auth/totp', undefined, bearer(access))).status).toBe(200);
  });

  it('OTP-4, S-1: the password changes only with the current one; the old one stops working', async () => {
    const t = createTestApp();
    const account = await registerActive(t);
    const tokens = await login(t, account);
    const c = client(t);
    const wrong = await c.json(
      'post',
      '/v1/auth/password',
      { currentPassword: 'Nope-Nope-1', newPassword: 'Tashkent-2027!' },
      bearer(tokens.accessToken),
    );
    expect(wrong.status).toBeGreaterThanOrEqual(400);
    expect(wrong.status).toBeLessThan(500);
    const weak = await c.json(
      'post',
      '/v1/auth/password',
      { currentPassword: PASSWORD, newPassword: 'short' },
      bearer(tokens.accessToken),
    );
    expect(weak.status).toBe(422);
    expect(weak.body.error.issues[0].path[0]).toBe('newPassword');
    const reused = await c.json(
      'post',
      '/v1/auth/password',
      { currentPassword: PASSWORD, newPassword: PASSWORD },
      bearer(tokens.accessToken),
    );
    expect(reused.status).toBe(422);
    const ok = await c.json(
      'post',
      '/v1/auth/password',
      { currentPassword: PASSWORD, newPassword: 'Tashkent-2027!' },
      bearer(tokens.accessToken),
    );
    expect(ok.status).toBe(200);
    expect(
      (await client(t).json('post', '/v1/auth/login', { login: account.phone, password: PASSWORD }))
        .status,
    ).toBe(401);
    expect(
      (
        await client(t).json('post', '/v1/auth/login', {
          login: account.phone,
          password: 'Tashkent-2027!',
        })
      ).status,
    ).toBe(200);
  });

  it('OTP-6: the preferred second factor and new backup codes', async () => {
    const t = createTestApp();
    const account = await registerActive(t);
    const tokens = await login(t, account);
    const c = client(t);
    const email = await c.json(
      'put',
      '/v1/auth/second-factor',
      { method: 'email' },
      bearer(tokens.accessToken),
    );
    expect(email.status).toBe(200);
    const totp = await c.json(
      'put',
      '/v1/auth/second-factor',
      { method: 'totp' },
      bearer(tokens.accessToken),
    );
    expect(totp.status).toBe(422);
    expect(totp.body.error.issues[0].code).toBe('auth.totp_not_enrolled');
    const codes = await c.json(
      'post',
      '/v1/auth/backup-codes',
      undefined,
      bearer(tokens.accessToken),
    );
    expect(codes.status).toBe(200);
    expect(codes.body.backupCodes.length).toBeGreaterThanOrEqual(10);
  });

  it('rejects missing, malformed and forged bearer tokens with 401', async () => {
    const t = createTestApp();
    const c = client(t);
    for (const headers of [
      {},
      { authorization: 'Bearer' },
      { authorization: 'Bearer x.y.z' },
      { authorization: 'Basic abc' },
    ]) {
      const r = await c.json('get', '/v1/sessions', undefined, headers);
      expect(r.status).toBe(401);
      expect(r.body.error.code).toBe('http.unauthorized');
    }
  });
});

describe('access recovery through support (ACC-9)', () => {
  it('support sends a recovery token by SMS; the holder sets a new password; sessions end', async () => {
    const t = createTestApp();
    const account = await registerActive(t);
    const tokens = await login(t, account);
    const c = client(t);
    const started = await c.json(
      'post',
      `/v1/support/accounts/${account.accountId}/restore-access`,
      undefined,
      bearer(OPERATOR_TOKEN),
    );
    expect(started.status).toBe(202);
    const sms = t.kabinet.dev.outbox!.lastTo(account.phone) as { text: string };
    const token = /(acc_[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/.exec(sms.text)?.[1];
    expect(token).toBeDefined();
    const wrong = await c.json('post', '/v1/auth/recovery', {
      token: `${account.accountId}.nope`,
      newPassword: 'Bukhara-2027!',
    });
    expect(wrong.status).toBe(422);
    const done = await c.json('post', '/v1/auth/recovery', { token, newPassword: 'Bukhara-2027!' });
    expect(done.status).toBe(200);
    expect(
      (await c.json('get', '/v1/sessions', undefined, bearer(tokens.accessToken))).status,
    ).toBe(401);
    expect(
      (await c.json('post', '/v1/auth/login', { login: account.phone, password: 'Bukhara-2027!' }))
        .status,
    ).toBe(200);
  });
});
