import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { asSeen, capAt5, no, setup, small, yes } from '../../test/lockout-fixtures.js';

describe('createLockoutService — passwords', () => {
  test.prop(
    [
      fc.array(
        fc.record({ wait: fc.integer({ min: 0, max: 5_000 }), rightInLockedWorld: fc.boolean() }),
        { minLength: 1, maxLength: 25 },
      ),
    ],
    { numRuns: 80 },
  )(
    'S-8: an attacker sees exactly the same answers whether the account is locked or the password is just wrong',
    async (sequence) => {
      const locked = setup(capAt5);
      const open = setup(capAt5);
      // Lock one world's account from other IPs.
      for (let i = 0; i < 5; i++)
        await locked.lockout.attemptPassword({ account: 'acc_1', ip: `10.9.0.${i}` }, no);
      expect((await locked.lockout.accountStatus('acc_1')).locked).toBe(true);
      for (const { wait, rightInLockedWorld } of sequence) {
        locked.clock.advance(wait);
        open.clock.advance(wait);
        const a = await locked.lockout.attemptPassword({ account: 'acc_1', ip: '192.0.2.1' }, () =>
          Promise.resolve(rightInLockedWorld),
        );
        const b = await open.lockout.attemptPassword({ account: 'acc_1', ip: '192.0.2.1' }, no);
        // `locked` is answered as `wrong_password` (S-8): compare them as the client sees them.
        expect(asSeen(a.outcome)).toEqual(asSeen(b.outcome));
        expect(a.outcome.kind).not.toBe('allowed');
        // The open world may lock itself by now; from then on both are locked and still agree.
      }
    },
  );

  test.prop([fc.integer({ min: 1, max: 10 })], { numRuns: 10 })(
    'S-9: N parallel wrong passwords from N IPs count N',
    async (n) => {
      const { lockout } = setup();
      const results = await Promise.all(
        Array.from({ length: n }, (_, i) =>
          lockout.attemptPassword({ account: 'acc_1', ip: `10.0.0.${i}` }, no),
        ),
      );
      expect(results.every((r) => r.outcome.kind === 'wrong_password')).toBe(true);
      expect((await lockout.accountStatus('acc_1')).failures).toBe(n);
    },
  );

  test.prop([fc.integer({ min: 11, max: 60 })], { numRuns: 10 })(
    'S-9, OTP-5: a parallel burst never gets more checks than the batch before the lock, and locks once',
    async (n) => {
      const { lockout } = setup();
      let checks = 0;
      const results = await Promise.all(
        Array.from({ length: n }, (_, i) =>
          lockout.attemptPassword(
            { account: 'acc_1', ip: `10.0.${i >> 8}.${i & 255}` },
            async () => {
              checks += 1;
              return false;
            },
          ),
        ),
      );
      expect(checks).toBe(10);
      expect(results.filter((r) => r.outcome.kind === 'locked')).toHaveLength(n - 10);
      expect(
        results.flatMap((r) => r.events).filter((e) => e.type === 'lockout.locked'),
      ).toHaveLength(1);
      expect(await lockout.accountStatus('acc_1')).toMatchObject({
        locked: true,
        failures: 10,
        locksInRow: 1,
      });
    },
  );

  test.prop([fc.integer({ min: 2, max: 30 })], { numRuns: 10 })(
    'S-9: parallel attempts from one account+IP run one at a time',
    async (n) => {
      const { lockout } = setup();
      const results = await Promise.all(
        Array.from({ length: n }, () =>
          lockout.attemptPassword({ account: 'acc_1', ip: '10.0.0.1' }, no),
        ),
      );
      expect(results.filter((r) => r.checked)).toHaveLength(1);
      expect(
        results.filter((r) => r.outcome.kind === 'retry_later' && r.outcome.reason === 'busy'),
      ).toHaveLength(n - 1);
      expect((await lockout.accountStatus('acc_1')).failures).toBe(1);
      // The slot is free again.
      expect(
        (await lockout.attemptPassword({ account: 'acc_1', ip: '10.0.0.1' }, no)).checked,
      ).toBe(true);
    },
  );

  it('S-9: a burst from one IP across accounts stops at the IP cap', async () => {
    const { lockout } = setup({ ...small, password: { ...small.password, ipFreeFailures: 50 } });
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        lockout.attemptPassword({ account: `acc_${i}`, ip: '10.6.6.6' }, no),
      ),
    );
    expect(results.filter((r) => r.checked)).toHaveLength(7);
  });

  it('a check that throws counts nothing and frees the slot', async () => {
    const { lockout, counters } = setup();
    await expect(
      lockout.attemptPassword({ account: 'acc_1', ip: '10.0.0.1' }, () =>
        Promise.reject(new Error('db down')),
      ),
    ).rejects.toThrow('db down');
    expect(await lockout.accountStatus('acc_1')).toMatchObject({ failures: 0 });
    expect(counters.size).toBeGreaterThanOrEqual(0);
    expect(
      (await lockout.attemptPassword({ account: 'acc_1', ip: '10.0.0.1' }, yes)).outcome,
    ).toEqual({ kind: 'allowed' });
  });

  it('refuses non-string keys as misuse; empty and very long keys work', async () => {
    const { lockout } = setup();
    await expect(
      lockout.attemptPassword({ account: 42 as never, ip: '1' }, yes),
    ).rejects.toMatchObject({ code: 'ERR_INVALID_ARGUMENT' });
    expect((await lockout.attemptPassword({ account: '', ip: '' }, yes)).outcome).toEqual({
      kind: 'allowed',
    });
    const long = 'x'.repeat(10_000);
    expect((await lockout.attemptPassword({ account: long, ip: long }, no)).outcome.kind).toBe(
      'wrong_password',
    );
    expect((await lockout.accountStatus(long)).failures).toBe(1);
  });
});
