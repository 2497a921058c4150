import { describe, expect, it } from 'vitest';
import { checkLockoutPolicy } from './check-lockout-policy.js';
import {
  defaultLockoutPolicy,
  strictLockoutPolicy,
  supportLockoutPolicy,
  type LockoutPolicy,
} from './lockout-policy.js';

const fields = (p: LockoutPolicy): unknown[] => {
  const r = checkLockoutPolicy(p);
  return r.success ? [] : r.issues.map((i) => i.params?.field);
};

describe('checkLockoutPolicy', () => {
  it('accepts both presets', () => {
    expect(fields(defaultLockoutPolicy)).toEqual([]);
    expect(fields(strictLockoutPolicy)).toEqual([]);
    expect(fields(supportLockoutPolicy)).toEqual([]);
  });

  it('S-7, ACC-8: the default locks for a while and caps at 100 with a self-service unlock; "until support" is the support preset', () => {
    expect(defaultLockoutPolicy.password).toMatchObject({
      lockAfterFailures: 10,
      lockMs: 5 * 60_000,
      maxLockMs: 60 * 60_000,
      maxConsecutiveFailures: 100,
      selfUnlock: true,
    });
    expect(supportLockoutPolicy.password).toMatchObject({
      lockAfterFailures: 10,
      lockMs: null,
      selfUnlock: false,
    });
  });

  it('OTP-3: the portal preset blocks for five minutes after a wrong code', () => {
    expect(defaultLockoutPolicy.code.blockMs).toBe(5 * 60_000);
    expect(strictLockoutPolicy.code.blockMs).toBe(5 * 60_000);
  });

  it('the strict preset is never looser than the portal one', () => {
    const p = defaultLockoutPolicy;
    const s = strictLockoutPolicy;
    expect(s.code.maxFailuresPerDay).toBeLessThanOrEqual(p.code.maxFailuresPerDay);
    expect(s.code.maxFailuresPerIpPerDay).toBeLessThanOrEqual(p.code.maxFailuresPerIpPerDay);
    expect(s.password.freeFailures).toBeLessThanOrEqual(p.password.freeFailures);
    expect(s.password.maxDelayMs).toBeGreaterThanOrEqual(p.password.maxDelayMs);
    expect(s.password.pairWindowMs).toBeGreaterThanOrEqual(p.password.pairWindowMs);
    expect(s.password.maxConsecutiveFailures).toBeLessThanOrEqual(
      p.password.maxConsecutiveFailures,
    );
    expect(s.password.lockAfterFailures).toBeLessThanOrEqual(p.password.lockAfterFailures);
    expect(s.password.ipFreeFailures).toBeLessThanOrEqual(p.password.ipFreeFailures);
    expect(s.password.trustedPairMs).toBeLessThanOrEqual(p.password.trustedPairMs);
    expect(s.password.accountWindowMs).toBeGreaterThanOrEqual(p.password.accountWindowMs);
    expect(s.password.maxFailuresPerIpPerDay).toBeLessThanOrEqual(
      p.password.maxFailuresPerIpPerDay,
    );
    expect(s.send.cooldownMs).toBeGreaterThanOrEqual(p.send.cooldownMs);
    expect(s.send.maxPerPhonePerDay).toBeLessThanOrEqual(p.send.maxPerPhonePerDay);
    expect(s.send.maxPerEmailPerDay).toBeLessThanOrEqual(p.send.maxPerEmailPerDay);
    expect(s.send.maxPerIpPerDay).toBeLessThanOrEqual(p.send.maxPerIpPerDay);
    expect(s.lookup.maxPerSubjectPerDay).toBeLessThanOrEqual(p.lookup.maxPerSubjectPerDay);
  });

  it('S-7: refuses more than 100 consecutive failures per account (NIST), shrinking delays and bad numbers', () => {
    const pw = defaultLockoutPolicy.password;
    expect(
      fields({ ...defaultLockoutPolicy, password: { ...pw, maxConsecutiveFailures: 101 } }),
    ).toEqual(['password.maxConsecutiveFailures']);
    expect(fields({ ...defaultLockoutPolicy, password: { ...pw, delayFactor: 0.5 } })).toEqual([
      'password.delayFactor',
    ]);
    expect(fields({ ...defaultLockoutPolicy, password: { ...pw, maxDelayMs: 1000 } })).toEqual([
      'password.maxDelayMs',
    ]);
    expect(fields({ ...defaultLockoutPolicy, password: { ...pw, lockMs: 0 } })).toEqual([
      'password.lockMs',
    ]);
    expect(fields({ ...defaultLockoutPolicy, password: { ...pw, lockMs: 2 * 3_600_000 } })).toEqual(
      ['password.maxLockMs'],
    );
    expect(
      fields({
        ...defaultLockoutPolicy,
        password: {
          ...pw,
          lockAfterFailures: 0,
          lockFactor: 0.5,
          trustedPairMs: -1,
          selfUnlock: 'yes' as never,
        },
      }),
    ).toEqual([
      'password.lockAfterFailures',
      'password.lockFactor',
      'password.trustedPairMs',
      'password.selfUnlock',
    ]);
    expect(
      fields({ ...defaultLockoutPolicy, code: { ...defaultLockoutPolicy.code, blockMs: -1 } }),
    ).toEqual(['code.blockMs']);
    expect(fields({ ...defaultLockoutPolicy, dayOffsetMinutes: 900 })).toEqual([
      'dayOffsetMinutes',
    ]);
    expect(
      fields({ ...defaultLockoutPolicy, lookup: { maxPerSubjectPerDay: 0, maxTotalPerDay: 1.5 } }),
    ).toEqual(['lookup.maxPerSubjectPerDay', 'lookup.maxTotalPerDay']);
  });
});
