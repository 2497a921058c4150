import { describe, expect, it } from 'vitest';
import { createKit, login, registerActive } from '../../test/test-kit.js';
import { defaultAccountPolicy } from '../policy/default-account-policy.js';

describe('createAccountServices', () => {
  it('builds every account service on one context: registration, auth and sessions see the same account and session', async () => {
    const kit = createKit({ maxSessions: 4 });
    const { accountId, phone } = await registerActive(kit);
    const { auth } = await login(kit, phone);
    expect(auth.accountId).toBe(accountId);
    const listed = await kit.sessions.list(auth);
    expect(listed.success && listed.data.map((s) => s.sessionId)).toContain(auth.sessionId);
    expect(await kit.accounts.get(accountId)).toBeDefined();
  });

  it('the policy in force is the defaults with the overrides, checked, and the one the context holds', () => {
    const kit = createKit({ maxSessions: 4 });
    expect(kit.policy.maxSessions).toBe(4);
    expect(kit.policy.sessionIdleMs).toBe(defaultAccountPolicy.sessionIdleMs);
    expect(kit.policy).toBe(kit.ctx.policy);
    expect(() => createKit({ sessionIdleMs: 0 })).toThrow(/sessionIdleMs/);
  });
});
