import { describe, expect, it } from 'vitest';
import { no, setup, small, yes } from '../../test/lockout-fixtures.js';

describe('createLockoutService — passwords', () => {
  it('S-8: while locked the equaliser runs in place of the check', async () => {
    const { lockout } = setup(small);
    for (let i = 0; i < 5; i++)
      await lockout.attemptPassword({ account: 'acc_1', ip: `10.0.0.${i}` }, no);
    let equalised = 0;
    const r = await lockout.attemptPassword({ account: 'acc_1', ip: '10.9.9.9' }, yes, {
      equalize: async () => void equalised++,
    });
    expect(r.outcome.kind).toBe('locked');
    expect(equalised).toBe(1);
  });

  it('S-7: an address the owner logged in from is not held by the account lock or the cap; freeFailures failures from it end that', async () => {
    const { lockout } = setup(small);
    const home = { account: 'acc_1', ip: '192.0.2.10' };
    expect(await lockout.attemptPassword(home, yes)).toMatchObject({
      outcome: { kind: 'allowed' },
      trusted: false,
    });
    for (let i = 0; i < 5; i++)
      await lockout.attemptPassword({ account: 'acc_1', ip: `10.0.0.${i}` }, no);
    expect((await lockout.accountStatus('acc_1')).locked).toBe(true);
    expect(await lockout.attemptPassword(home, yes)).toMatchObject({
      outcome: { kind: 'allowed' },
      trusted: true,
      checked: true,
    });
    // The owner's login cleared the lock too; lock it again and mistype twice at home.
    for (let i = 0; i < 5; i++)
      await lockout.attemptPassword({ account: 'acc_1', ip: `10.0.1.${i}` }, no);
    expect(await lockout.attemptPassword(home, no)).toMatchObject({
      outcome: { kind: 'wrong_password' },
      trusted: true,
    });
    expect(await lockout.attemptPassword(home, no)).toMatchObject({
      outcome: { kind: 'wrong_password' },
      trusted: true,
    });
    expect(await lockout.attemptPassword(home, yes)).toMatchObject({
      outcome: { kind: 'retry_later', reason: 'delayed' },
    });
  });

  it('S-7: the owner unlocks with a code from a new address: the lock, the count and the series go, and that address is trusted', async () => {
    const { lockout, clock } = setup(small);
    for (let round = 0; round < 4; round++) {
      for (let i = 0; i < 5; i++)
        await lockout.attemptPassword({ account: 'acc_1', ip: `10.${round}.0.${i}` }, no);
      const status = await lockout.accountStatus('acc_1');
      if (typeof status.until === 'number') clock.set(status.until);
    }
    expect(await lockout.accountStatus('acc_1')).toMatchObject({
      locked: true,
      until: 'unlock',
      failures: 20,
    });
    const travel = { account: 'acc_1', ip: '198.51.100.50' };
    expect((await lockout.attemptPassword(travel, yes)).outcome.kind).toBe('locked');
    expect(await lockout.unlockByOwner(travel)).toEqual([
      {
        type: 'lockout.unlocked',
        key: 'acc_1',
        at: clock.now(),
        by: 'owner',
        failures: 20,
        wasLocked: true,
      },
    ]);
    expect(await lockout.accountStatus('acc_1')).toEqual({
      locked: false,
      failures: 0,
      locksInRow: 0,
    });
    // The attacker starts again at once and locks it; the owner, at the address they unlocked from, is not held.
    for (let i = 0; i < 5; i++)
      await lockout.attemptPassword({ account: 'acc_1', ip: `10.9.0.${i}` }, no);
    expect((await lockout.accountStatus('acc_1')).locked).toBe(true);
    expect(await lockout.attemptPassword(travel, yes)).toMatchObject({
      outcome: { kind: 'allowed' },
      trusted: true,
    });
  });

  it('S-7: a successful login clears the failures (journaled as unlocked by login) when the policy says so', async () => {
    const { lockout } = setup(small);
    for (let i = 0; i < 3; i++)
      await lockout.attemptPassword({ account: 'acc_1', ip: `10.0.0.${i}` }, no);
    const ok = await lockout.attemptPassword({ account: 'acc_1', ip: '10.0.0.9' }, yes);
    expect(ok.events).toEqual([
      { type: 'lockout.unlocked', key: 'acc_1', at: expect.any(Number), by: 'login', failures: 3 },
    ]);
    expect(ok.priorFailures).toBe(3);
    expect((await lockout.accountStatus('acc_1')).failures).toBe(0);
    expect(
      (await lockout.attemptPassword({ account: 'acc_1', ip: '10.0.0.9' }, yes)).events,
    ).toEqual([]);

    const keep = setup({
      ...small,
      password: { ...small.password, successResetsAccount: false },
    }).lockout;
    for (let i = 0; i < 3; i++)
      await keep.attemptPassword({ account: 'acc_1', ip: `10.0.0.${i}` }, no);
    await keep.attemptPassword({ account: 'acc_1', ip: '10.0.0.9' }, yes);
    expect((await keep.accountStatus('acc_1')).failures).toBe(3);
  });

  it('S-7: the per-IP daily cap stops spraying across accounts until the local day ends', async () => {
    const policy = { ...small, password: { ...small.password, ipFreeFailures: 50 } };
    const { lockout, clock } = setup(policy);
    for (let i = 0; i < 7; i++)
      expect(
        (await lockout.attemptPassword({ account: `acc_${i}`, ip: '10.6.6.6' }, no)).outcome,
      ).toMatchObject({ kind: 'wrong_password' });
    const capped = await lockout.attemptPassword({ account: 'acc_x', ip: '10.6.6.6' }, yes);
    const midnightMsk = Date.UTC(2026, 0, 1, 21);
    expect(capped).toMatchObject({
      outcome: {
        kind: 'retry_later',
        reason: 'ip_capped',
        retryAfterMs: midnightMsk - clock.now(),
      },
    });
    // Successes do not use the cap.
    const fresh = setup(policy).lockout;
    for (let i = 0; i < 20; i++)
      expect(
        (await fresh.attemptPassword({ account: `acc_${i}`, ip: '10.6.6.6' }, yes)).outcome,
      ).toEqual({ kind: 'allowed' });
    clock.set(midnightMsk);
    expect(
      (await lockout.attemptPassword({ account: 'acc_x', ip: '10.6.6.6' }, yes)).outcome,
    ).toEqual({ kind: 'allowed' });
  });
});
