import { describe, expect, it } from 'vitest';
import {
  PASSWORD,
  createKit,
  login,
  registerActive,
  standardAccount,
} from '../../test/test-kit.js';

describe('sessions', () => {
  it('S-10: refresh rotates the token; presenting a spent refresh token ends the session', async () => {
    const kit = createKit();
    const { phone } = await registerActive(kit);
    const { tokens } = await login(kit, phone);
    const next = await kit.sessions.refresh({ refreshToken: tokens.refreshToken });
    expect(next.success && next.data.refreshToken).not.toBe(tokens.refreshToken);
    if (!next.success) return;
    expect(next.data.sessionId).toBe(tokens.sessionId);
    // Past the retry window of S-16, a spent token is a copy someone else holds.
    kit.clock.advance(kit.ctx.policy.refreshRetryMs + 1);
    const reuse = await kit.sessions.refresh({ refreshToken: tokens.refreshToken });
    expect(reuse).toEqual({
      success: false,
      issues: [{ code: 'session.invalid_token', path: [] }],
    });
    expect((await kit.sessions.authenticate(next.data.accessToken)).success).toBe(false);
    expect((await kit.sessions.refresh({ refreshToken: next.data.refreshToken })).success).toBe(
      false,
    );
  });

  it('S-16: a refresh retried within the window (its response was lost) gets the same refresh token, and the session goes on', async () => {
    const kit = createKit();
    const { phone } = await registerActive(kit);
    const { tokens } = await login(kit, phone);
    const first = await kit.sessions.refresh({ refreshToken: tokens.refreshToken });
    if (!first.success) throw new Error('refresh failed');
    kit.clock.advance(kit.ctx.policy.refreshRetryMs - 1);
    const retry = await kit.sessions.refresh({ refreshToken: tokens.refreshToken });
    expect(retry).toMatchObject({
      success: true,
      data: { refreshToken: first.data.refreshToken, sessionId: tokens.sessionId },
    });
    if (!retry.success) return;
    expect((await kit.sessions.authenticate(retry.data.accessToken)).success).toBe(true);
    const next = await kit.sessions.refresh({ refreshToken: retry.data.refreshToken });
    expect(next.success).toBe(true);
    // Once the new token is used, the old one is only a copy: the session ends.
    expect((await kit.sessions.refresh({ refreshToken: tokens.refreshToken })).success).toBe(false);
    if (next.success)
      expect((await kit.sessions.authenticate(next.data.accessToken)).success).toBe(false);
  });

  it('S-16: two refreshes racing with the same token both get the same new token', async () => {
    const kit = createKit();
    const { phone } = await registerActive(kit);
    const { tokens } = await login(kit, phone);
    const [a, b] = await Promise.all([
      kit.sessions.refresh({ refreshToken: tokens.refreshToken }),
      kit.sessions.refresh({ refreshToken: tokens.refreshToken }),
    ]);
    expect(a.success && b.success).toBe(true);
    if (!a.success || !b.success) return;
    expect(a.data.refreshToken).toBe(b.data.refreshToken);
    expect((await kit.sessions.refresh({ refreshToken: a.data.refreshToken })).success).toBe(true);
  });

  it('S-16: a refresh that moved to a new session after a level change can be retried too, and gets the new session again', async () => {
    const kit = createKit();
    const { phone } = await registerActive(kit);
    const { tokens, auth } = await login(kit, phone);
    const checked = await kit.identity.checkDocuments(auth);
    expect(checked).toMatchObject({ success: true, data: { state: 'confirmed' } });
    const moved = await kit.sessions.refresh({ refreshToken: tokens.refreshToken });
    if (!moved.success) throw new Error('refresh failed');
    expect(moved.data.sessionId).not.toBe(tokens.sessionId);
    const retry = await kit.sessions.refresh({ refreshToken: tokens.refreshToken });
    expect(retry).toMatchObject({
      success: true,
      data: { sessionId: moved.data.sessionId, refreshToken: moved.data.refreshToken },
    });
    expect((await kit.sessions.list(auth)).success).toBe(false);
    const next = await kit.sessions.refresh({ refreshToken: moved.data.refreshToken });
    expect(next.success).toBe(true);
    // The new session's token is spent now: the old one no longer leads anywhere, and ends nothing.
    expect((await kit.sessions.refresh({ refreshToken: tokens.refreshToken })).success).toBe(false);
    if (next.success)
      expect((await kit.sessions.authenticate(next.data.accessToken)).success).toBe(true);
  });

  it('S-16: with refreshRetryMs 0 (the strict preset) any second use of a token ends the session', async () => {
    const kit = createKit({ refreshRetryMs: 0 });
    const { phone } = await registerActive(kit);
    const { tokens } = await login(kit, phone);
    const first = await kit.sessions.refresh({ refreshToken: tokens.refreshToken });
    expect(first.success).toBe(true);
    expect((await kit.sessions.refresh({ refreshToken: tokens.refreshToken })).success).toBe(false);
    if (first.success)
      expect((await kit.sessions.refresh({ refreshToken: first.data.refreshToken })).success).toBe(
        false,
      );
  });

  it('ACC-11: a session ends after the idle timeout, and at its absolute lifetime however active', async () => {
    const kit = createKit();
    const { phone } = await registerActive(kit);
    const { tokens } = await login(kit, phone);
    kit.clock.advance(kit.ctx.policy.sessionIdleMs);
    expect((await kit.sessions.refresh({ refreshToken: tokens.refreshToken })).success).toBe(false);
    const second = await login(kit, phone);
    let refresh = second.tokens.refreshToken;
    for (let t = 0; t < kit.ctx.policy.sessionAbsoluteMs; t += 10 * 60_000) {
      kit.clock.advance(10 * 60_000);
      const r = await kit.sessions.refresh({ refreshToken: refresh });
      if (!r.success) {
        expect(kit.clock.now() - second.auth.authenticatedAt).toBeGreaterThanOrEqual(
          kit.ctx.policy.sessionAbsoluteMs - 2 * 60_000,
        );
        return;
      }
      refresh = r.data.refreshToken;
    }
    throw new Error('the session outlived its absolute lifetime');
  });

  it('S-10: a level change needs a new session id', async () => {
    const kit = createKit();
    const { phone } = await registerActive(kit);
    const { tokens, auth } = await login(kit, phone);
    expect((await kit.identity.checkDocuments(auth)).success).toBe(true);
    expect(await kit.sessions.authenticate(tokens.accessToken)).toMatchObject({
      success: false,
      issues: [{ code: 'session.level_changed' }],
    });
    const next = await kit.sessions.refresh({ refreshToken: tokens.refreshToken });
    expect(next.success && next.data.sessionId).not.toBe(tokens.sessionId);
    if (!next.success) return;
    expect(await kit.sessions.authenticate(next.data.accessToken)).toMatchObject({
      success: true,
      data: { level: 'standard' },
    });
  });

  it('ACC-11: sessions are listed with IPs; ending the others leaves only the current one; the login log shows IPs; a blocked IP cannot log in', async () => {
    const kit = createKit();
    const s = await standardAccount(kit);
    const other = await login(kit, s.phone, { ip: '198.51.100.77' });
    const listed = await kit.sessions.list(s.auth);
    expect(listed.success && listed.data.map((x) => [x.ip, x.current])).toEqual(
      expect.arrayContaining([['198.51.100.77', false]]),
    );
    const log = await kit.sessions.loginLog(s.auth);
    expect(log.success && log.data.records.map((r) => r.ip)).toContain('198.51.100.77');
    const blocked = await kit.sessions.blockIp(s.auth, { ip: '198.51.100.77' });
    expect(blocked).toMatchObject({ success: true, data: { endedSessions: 1 } });
    expect((await kit.sessions.authenticate(other.tokens.accessToken)).success).toBe(false);
    expect(
      await kit.auth.login({ login: s.phone, password: PASSWORD }, { ip: '198.51.100.77' }),
    ).toMatchObject({ success: false, issues: [{ code: 'auth.invalid_credentials' }] });
    await login(kit, s.phone, { ip: '198.51.100.78' });
    const ended = await kit.sessions.endOthers(s.auth);
    expect(ended.success && ended.data.ended).toBeGreaterThanOrEqual(1);
    const after = await kit.sessions.list(s.auth);
    expect(after.success && after.data.map((x) => x.current)).toEqual([true]);
  });

  it('S-10: logout ends the session for good', async () => {
    const kit = createKit();
    const { phone } = await registerActive(kit);
    const { tokens, auth } = await login(kit, phone);
    expect((await kit.sessions.logout(auth)).success).toBe(true);
    expect((await kit.sessions.authenticate(tokens.accessToken)).success).toBe(false);
    expect((await kit.sessions.refresh({ refreshToken: tokens.refreshToken })).success).toBe(false);
  });

  it('S-10: malformed tokens are rejected as data, never thrown', async () => {
    const kit = createKit();
    for (const bad of [undefined, null, 42, '', 'a.b.c', 'x'.repeat(5000), { token: 1 }]) {
      expect((await kit.sessions.authenticate(bad)).success).toBe(false);
      expect((await kit.sessions.refresh({ refreshToken: bad } as never)).success).toBe(false);
    }
  });
});
