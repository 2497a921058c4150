// Issue 13, finding 8, end to end over HTTP: what an account holder is shown of the journal
// (its own order, never the portal-wide seq), the two ends of a session named alike on login
// and in the session list, a bearer token whose signature is spelled another way, and a scan
// with an executable appended after the PNG's end.
import { describe, expect, it } from 'vitest';
import {
  client,
  confirmContacts,
  createTestApp,
  draftWithData,
  login,
  OPERATOR_TOKEN,
  PASSWORD,
  registerActive,
  scanPng,
  snapshot,
  type TestApp,
} from './_kit.js';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A well-formed 300-dpi PNG scan with a Windows executable (an `MZ` header and stub) appended after IEND. */
function makeTrailingPng(): Buffer {
  const exe = Buffer.alloc(256);
  exe.write('MZ', 0, 'latin1');
  exe.writeUInt32LE(0x80, 0x3c);
  exe.write('PE\0\0', 0x80, 'latin1');
  return Buffer.concat([scanPng(), exe]);
}

async function signedIn(t: TestApp) {
  const account = await registerActive(t);
  const tokens = await login(t, account);
  return { account, tokens, h: bearer(tokens.accessToken) };
}

interface EventBody {
  readonly order: number;
  readonly action: string;
  readonly seq?: number;
}

describe("the journal shows the account's own order", () => {
  it('AUD-2: events are numbered 1…N in this account’s history, newest first — the portal-wide seq never appears, and anyone else’s activity does not move the numbers', async () => {
    const t = createTestApp();
    const a = await signedIn(t);
    const before = (await client(t).json('get', '/v1/journal?limit=100', undefined, a.h)).body
      .items as EventBody[];
    // Someone else's registration (a draft with both contacts confirmed) and failed logins write journal entries in between.
    const journalBefore = t.stores.journal.size;
    await confirmContacts(t, await draftWithData(t));
    for (let i = 0; i < 3; i++)
      await client(t).json('post', '/v1/auth/login', {
        login: `+9989000000${i}`,
        password: 'Wrong-password-1',
      });
    expect(t.stores.journal.size).toBeGreaterThan(journalBefore + 5);
    await login(t, a.account);
    const items = (await client(t).json('get', '/v1/journal?limit=100', undefined, a.h)).body
      .items as EventBody[];
    const orders = items.map((e) => e.order);
    expect(orders).toEqual(Array.from({ length: items.length }, (_, i) => items.length - i));
    expect(items.every((e) => !('seq' in e))).toBe(true);
    // The new login's entries follow the earlier ones directly, as if nobody else had used the portal.
    expect(items.slice(-before.length)).toEqual(before);
    expect(items.length).toBeGreaterThan(before.length);
    expect(items[items.length - before.length - 1]!.order).toBe(before.length + 1);
  });

  it('AUD-2: pages continue by order; the cursor is an order, a malformed one is 422; a filtered page keeps the history’s numbers', async () => {
    const t = createTestApp();
    const { h } = await signedIn(t);
    const all = (await client(t).json('get', '/v1/journal?limit=100', undefined, h)).body
      .items as EventBody[];
    const first = await client(t).json('get', '/v1/journal?limit=2', undefined, h);
    expect(first.body.items).toEqual(all.slice(0, 2));
    expect(first.body.nextCursor).toBe(String(all[1]!.order));
    const second = await client(t).json(
      'get',
      `/v1/journal?limit=2&cursor=${first.body.nextCursor}`,
      undefined,
      h,
    );
    expect(second.body.items).toEqual(all.slice(2, 4));
    for (const bad of ['abc', '0', '-1', '1e3'])
      expect((await client(t).json('get', `/v1/journal?cursor=${bad}`, undefined, h)).status).toBe(
        422,
      );
    // The query is read like a body: an over-long filter says so, at its parameter.
    const long = await client(t).json('get', `/v1/journal?action=${'a'.repeat(101)}`, undefined, h);
    expect(long.status).toBe(422);
    expect(long.body.error.issues).toMatchObject([
      { code: 'input.too_long', path: ['query', 'action'], params: { max: 100 } },
    ]);
    const created = await client(t).json('get', '/v1/journal?action=account.created', undefined, h);
    expect(created.body.items).toEqual(all.filter((e) => e.action === 'account.created'));
  });

  it('AUD-2, ACC-11: the login log numbers its records by the same order, never by seq; support alone also sees the seq', async () => {
    const t = createTestApp();
    const { account, h } = await signedIn(t);
    const events = (await client(t).json('get', '/v1/journal?limit=100', undefined, h)).body
      .items as EventBody[];
    const logins = (await client(t).json('get', '/v1/journal/logins', undefined, h)).body
      .records as { order: number }[];
    expect(logins.length).toBeGreaterThan(0);
    for (const record of logins) {
      expect(record).not.toHaveProperty('seq');
      expect(events.find((e) => e.order === record.order)?.action).toMatch(/^account\.login\./);
    }
    const traced = (
      await client(t).json(
        'get',
        `/v1/support/accounts/${account.accountId}/journal?limit=100`,
        undefined,
        bearer(OPERATOR_TOKEN),
      )
    ).body.items as EventBody[];
    expect(traced.map(({ seq: _seq, ...rest }) => rest)).toEqual(events);
    expect(traced.every((e) => typeof e.seq === 'number')).toBe(true);
  });
});

describe('the two ends of a session are named alike everywhere', () => {
  it('ACC-11, S-10: login answers sessionIdleExpiresAt and sessionAbsoluteExpiresAt; the session list shows the same two as idleExpiresAt and absoluteExpiresAt — no bare expiresAt to confuse them', async () => {
    const t = createTestApp();
    const account = await registerActive(t);
    const policy = t.kabinet.policy;
    const c = client(t);
    const first = await c.json('post', '/v1/auth/login', {
      login: account.phone,
      password: PASSWORD,
    });
    const code = t.kabinet.dev.outbox!.lastCode(account.phone);
    const loggedInAt = t.clock.now();
    const done = await c.json('post', '/v1/auth/login/complete', {
      loginToken: first.body.loginToken,
      method: 'sms',
      code,
    });
    const tokens = done.body.tokens;
    expect(Object.keys(tokens).sort()).toEqual([
      'accessToken',
      'accessTokenExpiresAt',
      'refreshToken',
      'sessionAbsoluteExpiresAt',
      'sessionId',
      'sessionIdleExpiresAt',
    ]);
    expect(tokens.sessionIdleExpiresAt).toBe(loggedInAt + policy.sessionIdleMs);
    expect(tokens.sessionAbsoluteExpiresAt).toBe(loggedInAt + policy.sessionAbsoluteMs);

    const listed = (await c.json('get', '/v1/sessions', undefined, bearer(tokens.accessToken))).body
      .sessions as Record<string, unknown>[];
    const mine = listed.find((s) => s['sessionId'] === tokens.sessionId)!;
    expect(mine).not.toHaveProperty('expiresAt');
    expect(mine).toMatchObject({
      idleExpiresAt: tokens.sessionIdleExpiresAt,
      absoluteExpiresAt: tokens.sessionAbsoluteExpiresAt,
    });

    // Use moves the idle end, never the absolute one.
    t.clock.advance(10 * 60_000);
    await c.json('get', '/v1/contacts', undefined, bearer(tokens.accessToken));
    const later = (
      (await c.json('get', '/v1/sessions', undefined, bearer(tokens.accessToken))).body
        .sessions as Record<string, unknown>[]
    ).find((s) => s['sessionId'] === tokens.sessionId)!;
    expect(later['idleExpiresAt']).toBe((later['lastSeenAt'] as number) + policy.sessionIdleMs);
    expect(later['idleExpiresAt']).toBeGreaterThan(tokens.sessionIdleExpiresAt);
    expect(later['absoluteExpiresAt']).toBe(tokens.sessionAbsoluteExpiresAt);
  });

  it('the cookie transport names them the same way', async () => {
    const t = createTestApp();
    const account = await registerActive(t);
    const c = client(t);
    const first = await c.json('post', '/v1/auth/login', {
      login: account.phone,
      password: PASSWORD,
      transport: 'cookie',
    });
    const code = t.kabinet.dev.outbox!.lastCode(account.phone);
    const done = await c.json('post', '/v1/auth/login/complete', {
      loginToken: first.body.loginToken,
      method: 'sms',
      code,
      transport: 'cookie',
    });
    expect(done.status).toBe(200);
    expect(Object.keys(done.body.session).sort()).toEqual([
      'accessTokenExpiresAt',
      'csrfToken',
      'sessionAbsoluteExpiresAt',
      'sessionId',
      'sessionIdleExpiresAt',
    ]);
    expect(
      done.body.session.sessionAbsoluteExpiresAt - done.body.session.sessionIdleExpiresAt,
    ).toBe(t.kabinet.policy.sessionAbsoluteMs - t.kabinet.policy.sessionIdleMs);
  });
});

describe('tokens and uploads', () => {
  it('S-10: a bearer token whose signature is spelled another way (same bytes) is 401', async () => {
    const t = createTestApp();
    const { tokens, h } = await signedIn(t);
    expect((await client(t).json('get', '/v1/sessions', undefined, h)).status).toBe(200);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(tokens.accessToken.at(-1)!);
    const twin = `${tokens.accessToken.slice(0, -1)}${alphabet[last | 1]}`;
    expect(twin).not.toBe(tokens.accessToken);
    expect((await client(t).json('get', '/v1/sessions', undefined, bearer(twin))).status).toBe(401);
  });

  it('S-13: a passport scan with an executable appended after the PNG’s end is refused (file.trailing_data) and nothing is stored', async () => {
    const t = createTestApp();
    const c = client(t);
    const started = await c.json('post', '/v1/registration/drafts', {
      userType: 'foreign_citizen',
    });
    const before = snapshot(t, { drafts: [started.body.draftId] });
    const res = await c.agent
      .post(`/api/v1/registration/drafts/${started.body.draftId}/documents`)
      .set('x-forwarded-for', c.ip)
      .set('x-resume-token', started.body.resumeToken)
      .set('accept-language', 'en')
      .field(
        'document',
        JSON.stringify({
          kind: 'foreign_passport',
          number: 'AA1234567',
          country: 'UZB',
          issueDate: '10.01.2020',
          expiryDate: '09.01.2030',
        }),
      )
      .attach('file', makeTrailingPng(), 'passport.png');
    expect(res.status).toBe(422);
    expect(res.body.error.issues).toEqual([
      expect.objectContaining({ code: 'file.trailing_data', params: { type: 'PNG' } }),
    ]);
    expect(snapshot(t, { drafts: [started.body.draftId] })).toEqual(before);
  });
});
