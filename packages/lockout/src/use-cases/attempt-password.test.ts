import { describe, expect, it } from 'vitest';
import { supportLockoutPolicy } from '../policy/lockout-policy.js';
import { no, setup, small, yes } from '../../test/lockout-fixtures.js';

describe('createLockoutService — passwords', () => {
  it('OTP-5, S-7: free failures, then a delay per account+IP that ends exactly when the policy says', async () => {
    const { lockout, clock } = setup();
    const who = { account: 'anna@example.org', ip: '203.0.113.5' };
    for (let i = 1; i <= 4; i++)
      expect(await lockout.attemptPassword(who, no)).toMatchObject({
        outcome: { kind: 'wrong_password' },
        checked: true,
      });
    const fifth = await lockout.attemptPassword(who, no);
    expect(fifth).toMatchObject({
      outcome: { kind: 'wrong_password', retryAfterMs: 30_000 },
    });
    clock.advance(29_999);
    expect(await lockout.attemptPassword(who, yes)).toMatchObject({
      outcome: { kind: 'retry_later', reason: 'delayed', retryAfterMs: 1 },
      checked: false,
    });
    // Another IP is not delayed by this pair (the victim is not locked out from elsewhere).
    expect((await lockout.attemptPassword({ ...who, ip: '198.51.100.7' }, no)).outcome.kind).toBe(
      'wrong_password',
    );
    clock.advance(1);
    expect((await lockout.attemptPassword(who, no)).outcome).toEqual({
      kind: 'wrong_password',
      retryAfterMs: 60_000,
    });
  });

  it('S-7: an IP spraying across accounts gets its own progressive delay after ipFreeFailures, ending exactly when the policy says', async () => {
    const { lockout, clock } = setup(small);
    const ip = '10.6.6.6';
    for (let i = 0; i < 3; i++)
      expect(await lockout.attemptPassword({ account: `acc_${i}`, ip }, no)).toMatchObject({
        outcome: { kind: 'wrong_password' },
        checked: true,
      });
    expect(await lockout.attemptPassword({ account: 'acc_3', ip }, no)).toMatchObject({
      outcome: { kind: 'wrong_password', retryAfterMs: 1_000 },
    });
    clock.advance(999);
    expect(await lockout.attemptPassword({ account: 'acc_9', ip }, yes)).toMatchObject({
      outcome: { kind: 'retry_later', reason: 'ip_delayed', retryAfterMs: 1 },
      checked: false,
    });
    // Other addresses are not held by it.
    expect(
      (await lockout.attemptPassword({ account: 'acc_9', ip: '10.7.7.7' }, yes)).outcome,
    ).toEqual({ kind: 'allowed' });
    clock.advance(1);
    expect(await lockout.attemptPassword({ account: 'acc_4', ip }, no)).toMatchObject({
      outcome: { kind: 'wrong_password', retryAfterMs: 2_000 },
    });
  });

  it('OTP-5, S-7: every lockAfterFailures failures lock the account for a while, each lock longer up to maxLockMs; at the hard cap no more passwords are checked', async () => {
    const { lockout, clock } = setup(small);
    const pw = small.password;
    let checks = 0;
    let n = 0;
    const durations: number[] = [];
    const kinds: string[] = [];
    // An attacker with endless addresses, who waits out every lock at once.
    for (let step = 0; step < 200; step++) {
      const r = await lockout.attemptPassword(
        { account: 'acc_1', ip: `10.1.${n >> 8}.${n++ & 255}` },
        async () => {
          checks += 1;
          return false;
        },
      );
      for (const e of r.events) {
        if (e.type !== 'lockout.locked') continue;
        kinds.push(e.kind);
        if (e.until !== null) durations.push(e.until - e.at);
      }
      const status = await lockout.accountStatus('acc_1');
      if (status.locked && typeof status.until === 'number') clock.set(status.until);
      else if (status.locked) clock.advance(24 * 3_600_000);
    }
    expect(durations).toEqual([10_000, 20_000, 40_000]);
    expect(kinds).toEqual(['temporary', 'temporary', 'temporary', 'capped']);
    expect(checks).toBe(pw.maxConsecutiveFailures);
    expect(await lockout.accountStatus('acc_1')).toEqual({
      locked: true,
      until: 'unlock',
      failures: pw.maxConsecutiveFailures,
      locksInRow: 4,
    });
  });

  it('OTP-5, S-7: a temporary lock ends exactly after lockMs and the end is journaled as unlocked by time', async () => {
    const { lockout, clock } = setup(small);
    for (let i = 0; i < 5; i++)
      await lockout.attemptPassword({ account: 'acc_1', ip: `10.0.0.${i}` }, no);
    expect(await lockout.accountStatus('acc_1')).toMatchObject({
      locked: true,
      until: clock.now() + small.password.lockMs!,
      failures: 5,
    });
    clock.advance(small.password.lockMs! - 1);
    expect(
      (await lockout.attemptPassword({ account: 'acc_1', ip: '10.1.0.0' }, yes)).outcome.kind,
    ).toBe('locked');
    clock.advance(1);
    const r = await lockout.attemptPassword({ account: 'acc_1', ip: '10.1.0.1' }, yes);
    expect(r.outcome).toEqual({ kind: 'allowed' });
    expect(r.events[0]).toEqual({
      type: 'lockout.unlocked',
      key: 'acc_1',
      at: clock.now(),
      by: 'time',
    });
  });

  it('OTP-5, ACC-8: supportLockoutPolicy locks until support unlocks it, trusted addresses included; a locked account answers like a wrong password', async () => {
    const { lockout } = setup(supportLockoutPolicy);
    const account = 'acc_1';
    expect((await lockout.attemptPassword({ account, ip: '192.0.2.10' }, yes)).outcome).toEqual({
      kind: 'allowed',
    });
    let locked;
    for (let i = 0; i < 10; i++) {
      const r = await lockout.attemptPassword({ account, ip: `10.0.0.${i}` }, no);
      expect(r.outcome.kind).toBe('wrong_password');
      if (i === 9) locked = r.events;
    }
    expect(locked).toEqual([
      {
        type: 'lockout.locked',
        key: account,
        at: expect.any(Number),
        until: null,
        failures: 10,
        kind: 'support',
        lockNumber: 1,
      },
    ]);
    expect(await lockout.accountStatus(account)).toEqual({
      locked: true,
      until: 'support',
      failures: 10,
      locksInRow: 1,
    });
    let checked = false;
    const right = await lockout.attemptPassword({ account, ip: '10.0.1.1' }, async () => {
      checked = true;
      return true;
    });
    expect(checked).toBe(false);
    expect(right).toMatchObject({
      outcome: { kind: 'locked' },
      checked: false,
      events: [],
    });
    expect((await lockout.attemptPassword({ account, ip: '192.0.2.10' }, yes)).outcome.kind).toBe(
      'locked',
    );
    await expect(lockout.unlockByOwner({ account, ip: '192.0.2.10' })).rejects.toMatchObject({
      code: 'ERR_INVALID_STATE',
    });
    const events = await lockout.unlockBySupport({ account, operator: 'op_7' });
    expect(events).toEqual([
      {
        type: 'lockout.unlocked',
        key: account,
        at: expect.any(Number),
        by: 'support',
        failures: 10,
        wasLocked: true,
        operator: 'op_7',
      },
    ]);
    expect((await lockout.attemptPassword({ account, ip: '10.0.1.1' }, yes)).outcome).toEqual({
      kind: 'allowed',
    });
  });
});
