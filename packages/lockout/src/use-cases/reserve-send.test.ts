import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { defaultLockoutPolicy } from '../policy/lockout-policy.js';
import { MIN, setup } from '../../test/lockout-fixtures.js';

describe('createLockoutService — sends and look-ups', () => {
  const phone = { channel: 'sms' as const, destination: '+79161234567', ip: '203.0.113.5' };

  test.prop([fc.integer({ min: 1, max: 10 * MIN })], { numRuns: 30 })(
    'S-5: a resend waits exactly for the cooldown',
    async (cooldownMs) => {
      const { lockout, clock } = setup({
        ...defaultLockoutPolicy,
        send: { ...defaultLockoutPolicy.send, cooldownMs },
      });
      expect(await lockout.reserveSend(phone)).toEqual({
        allowed: true,
        nextSendAt: clock.now() + cooldownMs,
        remainingToday: 4,
      });
      clock.advance(cooldownMs - 1);
      expect(await lockout.reserveSend(phone)).toEqual({
        allowed: false,
        reason: 'cooldown',
        retryAfterMs: 1,
      });
      clock.advance(1);
      expect(await lockout.reserveSend(phone)).toMatchObject({ allowed: true, remainingToday: 3 });
    },
  );

  it('S-5: daily caps per phone and e-mail; refused sends use no quota; the day resets them', async () => {
    const { lockout, clock } = setup();
    for (let i = 0; i < 5; i++) {
      expect((await lockout.reserveSend(phone)).allowed).toBe(true);
      expect((await lockout.reserveSend(phone)).allowed).toBe(false);
      clock.advance(MIN);
    }
    expect(await lockout.reserveSend(phone)).toMatchObject({ allowed: false, reason: 'capped' });
    const mail = { channel: 'email' as const, destination: 'anna@example.org', ip: '203.0.113.9' };
    for (let i = 0; i < 10; i++) {
      expect((await lockout.reserveSend(mail)).allowed).toBe(true);
      clock.advance(MIN);
    }
    expect((await lockout.reserveSend(mail)).allowed).toBe(false);
    clock.set(Date.UTC(2026, 0, 1, 21));
    expect((await lockout.reserveSend(phone)).allowed).toBe(true);
  });

  it('S-4, S-5: limits follow the destination, not the flow or the IP', async () => {
    const { lockout } = setup();
    expect((await lockout.reserveSend(phone)).allowed).toBe(true);
    expect(await lockout.reserveSend({ ...phone, ip: '198.51.100.1' })).toMatchObject({
      allowed: false,
      reason: 'cooldown',
    });
  });

  it('S-5: the per-IP daily cap', async () => {
    const { lockout } = setup();
    for (let i = 0; i < 20; i++)
      expect(
        (
          await lockout.reserveSend({
            ...phone,
            destination: `+7916000${String(i).padStart(4, '0')}`,
          })
        ).allowed,
      ).toBe(true);
    expect(await lockout.reserveSend({ ...phone, destination: '+79990000000' })).toMatchObject({
      allowed: false,
      reason: 'ip_capped',
    });
  });

  test.prop([fc.integer({ min: 2, max: 40 })], { numRuns: 10 })(
    'S-9: N parallel sends to one destination: exactly one goes',
    async (n) => {
      const { lockout } = setup();
      const results = await Promise.all(
        Array.from({ length: n }, () => lockout.reserveSend(phone)),
      );
      expect(results.filter((r) => r.allowed)).toHaveLength(1);
    },
  );

  test.prop([fc.integer({ min: 1, max: 50 })], { numRuns: 10 })(
    'S-9: N parallel sends from one IP: exactly min(N, cap) go',
    async (n) => {
      const { lockout } = setup();
      const results = await Promise.all(
        Array.from({ length: n }, (_, i) =>
          lockout.reserveSend({ ...phone, destination: `+7916000${String(i).padStart(4, '0')}` }),
        ),
      );
      expect(results.filter((r) => r.allowed)).toHaveLength(Math.min(n, 20));
    },
  );

  it('rejects an unknown channel as misuse', async () => {
    const { lockout } = setup();
    await expect(lockout.reserveSend({ ...phone, channel: 'fax' as never })).rejects.toMatchObject({
      code: 'ERR_INVALID_ARGUMENT',
    });
  });
});
