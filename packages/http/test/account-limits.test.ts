// The account's limits over HTTP, as a hostile client meets them: the password lock an
// attacker who knows only a login cannot turn into a weapon (S-7, S-8) and the owner's
// self-service unlock; send budgets anonymous drafts cannot spend, and code requests that send
// nothing saying why (S-5); the five-minute block after a wrong code keyed on the contact or
// the account, not on the flow, so a new code does not lift it (S-4, OTP-3), with the exact
// Retry-After of the policy.
import { describe, expect, it } from 'vitest';
import type { PasswordHasher } from '@kabinet/ports';
import { createKabinet, generateDevelopmentKeys, type Kabinet } from 'kabinet';
import { createKabinetHttp } from '../src/index.js';
import { registerAccount } from './_lib/register-account.js';
import { inMemoryPorts, accountContextOf } from 'kabinet/testing';
import { createFakeClock, type FakeClock } from '@kabinet/core/testing';

const START = Date.UTC(2026, 2, 2, 9, 0, 0);
const PASSWORD = 'Samarqand-2026!';
const MIN = 60_000;
const keys = generateDevelopmentKeys('limits');

/** A hasher that costs nothing, so the tests measure the rules, not scrypt. */
const plainHasher: PasswordHasher = {
  hash: async (secret) => `plain$${secret}`,
  verify: async (hash, secret) => hash === `plain$${secret}`,
  needsRehash: () => false,
};

interface Reply {
  readonly status: number;
  readonly retryAfter: string | null;
  readonly body: any;
}

function api() {
  const clock: FakeClock = createFakeClock(START);
  const kabinet: Kabinet = createKabinet({
    ...inMemoryPorts({ clock }),
    keys,
    clock,
    hasher: plainHasher,
    scanFile: async () => 'clean',
  });
  const { handler } = createKabinetHttp(kabinet);
  const outbox = kabinet.dev.outbox!;
  async function call(
    method: string,
    path: string,
    body?: unknown,
    options: { ip?: string; lang?: string; headers?: Record<string, string> } = {},
  ): Promise<Reply> {
    const response = await handler(
      new Request(`http://localhost${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          'accept-language': options.lang ?? 'en',
          ...(options.headers ?? {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
      { ip: options.ip ?? '203.0.113.7' },
    );
    const text = await response.text();
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      body: text === '' ? undefined : JSON.parse(text),
    };
  }
  return { clock, kabinet, outbox, call };
}

type Api = ReturnType<typeof api>;
let counter = 0;

/** An active account, registered through the service (the HTTP steps under test come after). */
async function registerActive(
  t: Api,
): Promise<{ phone: string; email: string; accountId: string }> {
  counter += 1;
  const phone = `+99891${String(1000000 + counter).slice(-7)}`;
  const email = `limits${counter}@example.uz`;
  const created = await registerAccount(t.kabinet, {
    phone,
    email,
    password: PASSWORD,
    passport: `AA${String(1000000 + counter).slice(-7)}`,
    migrationCard: {
      number: `4012 ${String(3000000 + counter).slice(-7)}`,
      entryDate: '15.02.2026',
      stayUntil: '14.05.2026',
    },
  });
  t.clock.advance(2 * MIN);
  return { phone, email, accountId: created.accountId };
}

/** Logs in over HTTP with password and SMS code; returns the access token. */
async function loginHttp(t: Api, phone: string, ip: string): Promise<string> {
  const first = await t.call(
    'POST',
    '/v1/auth/login',
    { login: phone, password: PASSWORD },
    { ip },
  );
  expect(first.status).toBe(200);
  const done = await t.call(
    'POST',
    '/v1/auth/login/complete',
    { loginToken: first.body.loginToken, method: 'sms', code: t.outbox.lastCode(phone) },
    { ip },
  );
  expect(done.status).toBe(200);
  return done.body.tokens.accessToken as string;
}

const wrongOf = (code: string): string => code.replace(/^./, (d) => String((Number(d) + 1) % 10));

describe('S-7, S-8: a password lock is no weapon, over HTTP', () => {
  it('S-7, S-8: an attacker who knows only the login gets at most the cap of guesses; the owner unlocks with a code and logs in while the attack goes on', async () => {
    const t = api();
    const { phone, accountId } = await registerActive(t);
    const policy = accountContextOf(t.kabinet).lockout.policy.password;
    for (let i = 0; i < 300; i++) {
      const status = await accountContextOf(t.kabinet).lockout.accountStatus(accountId);
      if (status.until === 'unlock') break;
      if (status.locked && typeof status.until === 'number') t.clock.set(status.until);
      const r = await t.call(
        'POST',
        '/v1/auth/login',
        { login: phone, password: `Guess-${i}-Password` },
        { ip: `10.${i >> 8}.${i & 255}.3` },
      );
      expect(r.status).toBe(401);
    }
    const status = await accountContextOf(t.kabinet).lockout.accountStatus(accountId);
    expect(status).toMatchObject({
      locked: true,
      until: 'unlock',
      failures: policy.maxConsecutiveFailures,
    });
    // The owner's right password from a new address gets the very same answer as a wrong one (S-8).
    const travel = { ip: '198.51.100.50' };
    const refused = await t.call(
      'POST',
      '/v1/auth/login',
      { login: phone, password: PASSWORD },
      travel,
    );
    const unknown = await t.call(
      'POST',
      '/v1/auth/login',
      { login: '+998907770000', password: PASSWORD },
      travel,
    );
    expect(refused).toEqual(unknown);
    expect(refused.status).toBe(401);
    // The unlock request looks the same for an unknown login.
    const asked = await t.call('POST', '/v1/auth/unlock', { login: phone }, travel);
    const decoy = await t.call('POST', '/v1/auth/unlock', { login: '+998907770000' }, travel);
    expect([asked.status, decoy.status]).toEqual([202, 202]);
    expect(Object.keys(decoy.body).sort()).toEqual(Object.keys(asked.body).sort());
    const code = t.outbox.lastCode(phone)!;
    expect(
      (
        await t.call(
          'POST',
          '/v1/auth/unlock/confirm',
          { unlockToken: decoy.body.unlockToken, code },
          travel,
        )
      ).body.error.issues[0].code,
    ).toBe('auth.code_wrong');
    const unlocked = await t.call(
      'POST',
      '/v1/auth/unlock/confirm',
      { unlockToken: asked.body.unlockToken, code },
      travel,
    );
    expect(unlocked).toMatchObject({ status: 200, body: { unlockedAt: t.clock.now() } });
    // The attacker locks the account again at once: the owner, from the address they unlocked from, is not held.
    for (let i = 0; i < policy.lockAfterFailures; i++)
      await t.call(
        'POST',
        '/v1/auth/login',
        { login: phone, password: `More-${i}-Password` },
        { ip: `10.200.0.${i}` },
      );
    expect((await accountContextOf(t.kabinet).lockout.accountStatus(accountId)).locked).toBe(true);
    expect(await loginHttp(t, phone, travel.ip)).toEqual(expect.any(String));
    const journal = await t.kabinet.journal.history({ type: 'account', id: accountId });
    expect(journal.map((e) => e.entry.action)).toEqual(
      expect.arrayContaining(['account.locked', 'auth.unlock_code_sent', 'auth.unlocked_by_owner']),
    );
  });
});

describe('S-5: send budgets and code requests that send nothing, over HTTP', () => {
  it("S-5: anonymous drafts naming an account's phone get 429 with the reason and an honest wait, and cannot spend the owner's login codes", async () => {
    const t = api();
    const victim = await registerActive(t);
    let last: Reply | undefined;
    for (let i = 0; i < 6; i++) {
      const draft = await t.call(
        'POST',
        '/v1/registration/drafts',
        { userType: 'foreign_citizen' },
        { ip: `10.9.${i}.1` },
      );
      const headers = { 'x-resume-token': draft.body.resumeToken as string };
      const path = `/v1/registration/drafts/${draft.body.draftId as string}`;
      expect(
        (
          await t.call(
            'PUT',
            `${path}/contacts`,
            { phone: victim.phone, email: `squat${i}@example.uz` },
            { headers },
          )
        ).status,
      ).toBe(200);
      last = await t.call(
        'POST',
        `${path}/codes`,
        { channel: 'phone' },
        { headers, ip: `10.9.${i}.1`, lang: 'ru' },
      );
      t.clock.advance(MIN + 1_000);
    }
    const midnightMsk = Date.UTC(2026, 2, 2, 21);
    const seconds = Math.ceil((midnightMsk - (t.clock.now() - MIN - 1_000)) / 1000);
    expect(last).toMatchObject({
      status: 429,
      retryAfter: String(seconds),
      body: { error: { code: 'auth.send_capped' } },
    });
    expect(JSON.stringify(last!.body)).toMatch(
      /Исчерпан суточный лимит кодов на этот телефон: повторите через \d+ ч \d+ мин/,
    );
    expect(JSON.stringify(last!.body)).not.toMatch(/\d{4,} с/);
    const login = await t.call(
      'POST',
      '/v1/auth/login',
      { login: victim.phone, password: PASSWORD },
      { ip: '192.0.2.10' },
    );
    expect(login).toMatchObject({
      status: 200,
      body: { status: 'second_factor_required', codeSentTo: expect.any(String) },
    });
    expect(login.body.codeNotSent).toBeUndefined();
  });

  it('S-5: a login whose code cannot be sent answers 200 with codeNotSent — why, in the asked language, the exact wait and the other ways — never a silent success', async () => {
    const t = api();
    const { phone, email } = await registerActive(t);
    const ip = { ip: '192.0.2.10' };
    for (let i = 0; i < 5; i++) {
      expect(
        (await t.call('POST', '/v1/auth/login', { login: phone, password: PASSWORD }, ip)).body
          .codeSentTo,
      ).toEqual(expect.any(String));
      t.clock.advance(MIN + 1_000);
    }
    const midnightMsk = Date.UTC(2026, 2, 2, 21);
    const seconds = Math.ceil((midnightMsk - t.clock.now()) / 1000);
    const ru = await t.call(
      'POST',
      '/v1/auth/login',
      { login: phone, password: PASSWORD },
      { ...ip, lang: 'ru' },
    );
    expect(ru.status).toBe(200);
    expect(ru.body.codeSentTo).toBeUndefined();
    expect(ru.body.codeNotSent).toEqual({
      channel: 'sms',
      code: 'auth.send_capped',
      message: expect.stringMatching(
        /^Исчерпан суточный лимит кодов на этот телефон: повторите через \d+ ч \d+ мин, или выберите другой способ: код по электронной почте$/,
      ),
      params: { seconds, channel: 'sms', alternatives: 'email' },
      retryAfterSeconds: seconds,
      alternatives: ['email'],
    });
    const resend = await t.call(
      'POST',
      '/v1/auth/login/code',
      { loginToken: ru.body.loginToken, method: 'sms' },
      ip,
    );
    expect(resend).toMatchObject({
      status: 429,
      retryAfter: String(seconds),
      body: { error: { code: 'auth.send_capped' } },
    });
    expect(JSON.stringify(resend.body)).toMatch(
      /try again in \d+ h \d+ min, or use another way: a code by e-mail/,
    );
    const byEmail = await t.call(
      'POST',
      '/v1/auth/login/code',
      { loginToken: ru.body.loginToken, method: 'email' },
      ip,
    );
    expect(byEmail.status).toBe(202);
    expect(
      (
        await t.call(
          'POST',
          '/v1/auth/login/complete',
          { loginToken: ru.body.loginToken, method: 'email', code: t.outbox.lastCode(email) },
          ip,
        )
      ).status,
    ).toBe(200);
  });
});

describe('S-4, OTP-3: a new code does not lift the block after a wrong one, over HTTP', () => {
  it('S-4, OTP-3: registration — wrong code, new code (even in a new draft), still blocked until exactly code.blockMs after the wrong one', async () => {
    const t = api();
    const blockMs = accountContextOf(t.kabinet).lockout.policy.code.blockMs;
    expect(blockMs).toBe(5 * MIN);
    const phone = '+998935550101';
    const draft = async () => {
      const d = await t.call('POST', '/v1/registration/drafts', { userType: 'foreign_citizen' });
      const headers = { 'x-resume-token': d.body.resumeToken as string };
      const path = `/v1/registration/drafts/${d.body.draftId as string}`;
      await t.call(
        'PUT',
        `${path}/contacts`,
        { phone, email: `reg${d.body.draftId as string}@example.uz` },
        { headers },
      );
      return { headers, path };
    };
    const a = await draft();
    expect(
      (await t.call('POST', `${a.path}/codes`, { channel: 'phone' }, { headers: a.headers }))
        .status,
    ).toBe(202);
    const wrong = await t.call(
      'POST',
      `${a.path}/codes/confirm`,
      { channel: 'phone', code: wrongOf(t.outbox.lastCode(phone)!) },
      { headers: a.headers },
    );
    expect(wrong.body.error.code).toBe('auth.code_wrong');
    expect(wrong.body.error.message).toBe(wrong.body.error.issues[0].message);
    expect(wrong.body.error.issues[0].code).toBe('auth.code_wrong');
    const wrongAt = t.clock.now();
    t.clock.advance(MIN);
    for (const d of [a, await draft()]) {
      expect(
        (await t.call('POST', `${d.path}/codes`, { channel: 'phone' }, { headers: d.headers }))
          .status,
      ).toBe(202);
      const right = t.outbox.lastCode(phone)!;
      const blocked = await t.call(
        'POST',
        `${d.path}/codes/confirm`,
        { channel: 'phone', code: right },
        { headers: d.headers },
      );
      expect(blocked).toMatchObject({
        status: 429,
        retryAfter: String(Math.ceil((wrongAt + blockMs - t.clock.now()) / 1000)),
        body: { error: { code: 'auth.code_blocked' } },
      });
      t.clock.advance(MIN + 1);
    }
    t.clock.set(wrongAt + blockMs - 1);
    expect(
      (await t.call('POST', `${a.path}/codes`, { channel: 'phone' }, { headers: a.headers }))
        .status,
    ).toBe(202);
    const code = t.outbox.lastCode(phone)!;
    expect(
      await t.call(
        'POST',
        `${a.path}/codes/confirm`,
        { channel: 'phone', code },
        { headers: a.headers },
      ),
    ).toMatchObject({ status: 429, retryAfter: '1' });
    t.clock.advance(1);
    expect(
      (
        await t.call(
          'POST',
          `${a.path}/codes/confirm`,
          { channel: 'phone', code },
          { headers: a.headers },
        )
      ).status,
    ).toBe(200);
  });

  it('S-4, OTP-3: login — wrong code, a new login with a new code, still blocked for exactly code.blockMs (Retry-After from the policy)', async () => {
    const t = api();
    const { phone } = await registerActive(t);
    const blockMs = accountContextOf(t.kabinet).lockout.policy.code.blockMs;
    const first = await t.call('POST', '/v1/auth/login', { login: phone, password: PASSWORD });
    const wrong = await t.call('POST', '/v1/auth/login/complete', {
      loginToken: first.body.loginToken,
      method: 'sms',
      code: wrongOf(t.outbox.lastCode(phone)!),
    });
    expect(wrong.body.error.issues[0].code).toBe('auth.code_wrong');
    const blockedAt = await t.call('POST', '/v1/auth/login/complete', {
      loginToken: first.body.loginToken,
      method: 'sms',
      code: t.outbox.lastCode(phone),
    });
    expect(blockedAt).toMatchObject({
      status: 429,
      retryAfter: String(blockMs / 1000),
      body: {
        error: { code: 'auth.code_blocked', issues: [{ params: { seconds: blockMs / 1000 } }] },
      },
    });
    const wrongAt = t.clock.now();
    t.clock.advance(MIN + 1_000);
    const second = await t.call('POST', '/v1/auth/login', { login: phone, password: PASSWORD });
    expect(second.body.codeSentTo).toEqual(expect.any(String));
    const code = t.outbox.lastCode(phone)!;
    expect(
      await t.call('POST', '/v1/auth/login/complete', {
        loginToken: second.body.loginToken,
        method: 'sms',
        code,
      }),
    ).toMatchObject({
      status: 429,
      retryAfter: String((wrongAt + blockMs - t.clock.now()) / 1000),
      body: { error: { code: 'auth.code_blocked' } },
    });
    t.clock.set(wrongAt + blockMs);
    expect(
      (
        await t.call('POST', '/v1/auth/login/complete', {
          loginToken: second.body.loginToken,
          method: 'sms',
          code,
        })
      ).status,
    ).toBe(200);
  });

  it('S-4, OTP-3: contact change — wrong code, a new change request with a new code, still blocked; the phone stays as it was', async () => {
    const t = api();
    const { phone, accountId } = await registerActive(t);
    const token = await loginHttp(t, phone, '192.0.2.10');
    const bearer = { authorization: `Bearer ${token}` };
    const blockMs = accountContextOf(t.kabinet).lockout.policy.code.blockMs;
    const target = '+998935550202';
    expect(
      (
        await t.call(
          'POST',
          '/v1/contacts/changes',
          { channel: 'phone', value: target },
          { headers: bearer },
        )
      ).status,
    ).toBe(202);
    const wrong = await t.call(
      'POST',
      '/v1/contacts/changes/confirm',
      { channel: 'phone', code: wrongOf(t.outbox.lastCode(target)!) },
      { headers: bearer },
    );
    expect(wrong.body.error.issues[0].code).toBe('auth.code_wrong');
    const wrongAt = t.clock.now();
    t.clock.advance(MIN + 1_000);
    expect(
      (
        await t.call(
          'POST',
          '/v1/contacts/changes',
          { channel: 'phone', value: target },
          { headers: bearer },
        )
      ).status,
    ).toBe(202);
    const right = t.outbox.lastCode(target)!;
    expect(
      await t.call(
        'POST',
        '/v1/contacts/changes/confirm',
        { channel: 'phone', code: right },
        { headers: bearer },
      ),
    ).toMatchObject({
      status: 429,
      retryAfter: String((wrongAt + blockMs - t.clock.now()) / 1000),
      body: { error: { code: 'auth.code_blocked' } },
    });
    const before = (await accountContextOf(t.kabinet).stores.accounts.get(accountId))!.phone
      .blindIndex;
    expect(before).toBe(accountContextOf(t.kabinet).blindIndex('phone', phone));
    t.clock.set(wrongAt + blockMs);
    expect(
      (
        await t.call(
          'POST',
          '/v1/contacts/changes/confirm',
          { channel: 'phone', code: right },
          { headers: bearer },
        )
      ).status,
    ).toBe(200);
  });
});
