import { fc, test } from '@fast-check/vitest';
import { createSeededRandom } from '@kabinet/core';
import { generateSync } from 'otplib';
import { describe, expect, it } from 'vitest';
import { generateTotpSecret } from './generate-totp-secret.js';
import { defaultTotpPolicy, strictTotpPolicy, type TotpPolicy } from './totp-policy.js';
import { verifyTotpCode } from './verify-totp-code.js';

const T0 = Date.UTC(2026, 0, 1);
/** The code an authenticator app shows at `ms`. */
const appCode = (secret: string, ms: number, policy: TotpPolicy = defaultTotpPolicy): string =>
  generateSync({
    secret,
    epoch: Math.floor(ms / 1000),
    digits: policy.digits,
    algorithm: policy.algorithm,
    period: policy.periodSeconds,
  });

const secretArb = fc
  .integer()
  .map((seed) => generateTotpSecret({ random: createSeededRandom(seed) }));
const nowArb = fc.integer({ min: T0, max: T0 + 365 * 86_400_000 });

describe('verifyTotpCode', () => {
  it('OTP-6: accepts the current code and reports its time step', () => {
    const secret = generateTotpSecret();
    const r = verifyTotpCode({ secret, code: appCode(secret, T0), now: T0 });
    expect(r).toEqual({ outcome: 'ok', timeStep: Math.floor(T0 / 30_000), delta: 0 });
  });

  test.prop([secretArb, nowArb, fc.integer({ min: -4, max: 4 })], { numRuns: 150 })(
    'S-6: a code from k steps away is accepted only for |k| ≤ 1 (portal) — drift beyond one step is rejected',
    (secret, now, k) => {
      const code = appCode(secret, now + k * 30_000);
      const r = verifyTotpCode({ secret, code, now });
      const currentStep = Math.floor(now / 30_000);
      if (Math.abs(k) <= 1) expect(r).toMatchObject({ outcome: 'ok', timeStep: currentStep + k });
      // A far step can collide with a near one by chance (1 in 10^6); only then may it pass.
      else if (r.outcome === 'ok')
        expect(Math.abs(r.timeStep - currentStep)).toBeLessThanOrEqual(1);
      else expect(r.outcome).toBe('wrong');
    },
  );

  test.prop([secretArb, nowArb, fc.integer({ min: -3, max: 3 })], { numRuns: 100 })(
    'S-6: the strict preset accepts the previous step but not the next one',
    (secret, now, k) => {
      const r = verifyTotpCode({
        secret,
        code: appCode(secret, now + k * 30_000, strictTotpPolicy),
        now,
        policy: strictTotpPolicy,
      });
      const currentStep = Math.floor(now / 30_000);
      if (k === 0 || k === -1)
        expect(r).toMatchObject({ outcome: 'ok', timeStep: currentStep + k });
      else if (r.outcome === 'ok') expect([currentStep - 1, currentStep]).toContain(r.timeStep);
      else expect(r.outcome).toBe('wrong');
    },
  );

  test.prop([secretArb, nowArb, fc.integer({ min: -1, max: 1 })], { numRuns: 100 })(
    'S-6: a code is accepted once: with its step recorded it is a replay',
    (secret, now, k) => {
      const code = appCode(secret, now + k * 30_000);
      const first = verifyTotpCode({ secret, code, now });
      expect(first.outcome).toBe('ok');
      if (first.outcome !== 'ok') return;
      expect(verifyTotpCode({ secret, code, now, lastTimeStep: first.timeStep })).toEqual({
        outcome: 'replayed',
        timeStep: first.timeStep,
      });
      // A later step's record also makes it a replay (never a throw, even past the window).
      expect(verifyTotpCode({ secret, code, now, lastTimeStep: first.timeStep + 5 }).outcome).toBe(
        'replayed',
      );
    },
  );

  it('S-6: after a step is used, the next step still works', () => {
    const secret = generateTotpSecret();
    const first = verifyTotpCode({ secret, code: appCode(secret, T0), now: T0 });
    if (first.outcome !== 'ok') throw new Error('setup');
    const next = verifyTotpCode({
      secret,
      code: appCode(secret, T0 + 30_000),
      now: T0 + 30_000,
      lastTimeStep: first.timeStep,
    });
    expect(next).toMatchObject({ outcome: 'ok', timeStep: first.timeStep + 1 });
  });

  test.prop([fc.anything()], { numRuns: 200 })(
    'S-17: malformed codes are wrong, never a throw',
    (code) => {
      const secret = 'PERHBJ2KNH6XR3UITIMORHOXSK4AXRQM';
      const r = verifyTotpCode({ secret, code: code as string, now: T0 });
      expect(['wrong', 'ok']).toContain(r.outcome);
    },
  );

  it('tolerates spaces and full-width digits in a typed code', () => {
    const secret = generateTotpSecret();
    const code = appCode(secret, T0);
    expect(
      verifyTotpCode({ secret, code: `${code.slice(0, 3)} ${code.slice(3)}`, now: T0 }).outcome,
    ).toBe('ok');
    const wide = [...code].map((d) => String.fromCodePoint(0xff10 + Number(d))).join('');
    expect(verifyTotpCode({ secret, code: wide, now: T0 }).outcome).toBe('ok');
  });

  it('a corrupt secret or step is a fault, not a wrong code', () => {
    expect(() => verifyTotpCode({ secret: 'AAAA', code: '123456', now: T0 })).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
    );
    expect(() =>
      verifyTotpCode({
        secret: 'PERHBJ2KNH6XR3UITIMORHOXSK4AXRQM',
        code: '123456',
        now: T0,
        lastTimeStep: -1,
      }),
    ).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }));
  });
});
