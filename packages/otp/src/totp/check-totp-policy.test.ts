import { describe, expect, it } from 'vitest';
import { checkTotpPolicy } from './check-totp-policy.js';
import { defaultTotpPolicy, strictTotpPolicy } from './totp-policy.js';

describe('checkTotpPolicy', () => {
  it('S-6, S-15: accepts both presets and refuses longer steps, wider drift, short secrets, a negative or fractional conflictRetries', () => {
    expect(checkTotpPolicy(defaultTotpPolicy).success).toBe(true);
    expect(checkTotpPolicy(strictTotpPolicy).success).toBe(true);
    const fields = (p: typeof defaultTotpPolicy): unknown[] => {
      const r = checkTotpPolicy(p);
      return r.success ? [] : r.issues.map((i) => i.params?.field);
    };
    expect(fields({ ...defaultTotpPolicy, periodSeconds: 60 })).toEqual(['periodSeconds']);
    expect(fields({ ...defaultTotpPolicy, driftFutureSteps: 2 as 1 })).toEqual([
      'driftFutureSteps',
    ]);
    expect(fields({ ...defaultTotpPolicy, secretBytes: 16 })).toEqual(['secretBytes']);
    expect(fields({ ...defaultTotpPolicy, digits: 7 as 6 })).toEqual(['digits']);
    expect(fields({ ...defaultTotpPolicy, algorithm: 'md5' as 'sha1' })).toEqual(['algorithm']);
    expect(fields({ ...defaultTotpPolicy, conflictRetries: 0 })).toEqual([]);
    expect(fields({ ...defaultTotpPolicy, conflictRetries: -1 })).toEqual(['conflictRetries']);
    expect(fields({ ...defaultTotpPolicy, conflictRetries: 1.5 })).toEqual(['conflictRetries']);
  });
});
