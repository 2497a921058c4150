import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkOtpPolicy } from './check-otp-policy.js';
import { defaultOtpPolicy, strictOtpPolicy } from './otp-policy.js';

const fields = (policy: Parameters<typeof checkOtpPolicy>[0]): unknown[] => {
  const r = checkOtpPolicy(policy);
  return r.success ? [] : r.issues.map((i) => i.params?.field);
};

describe('checkOtpPolicy', () => {
  it('accepts both presets; strict is at least as strict as portal', () => {
    expect(checkOtpPolicy(defaultOtpPolicy).success).toBe(true);
    expect(checkOtpPolicy(strictOtpPolicy).success).toBe(true);
    expect(strictOtpPolicy.ttlMs).toBeLessThanOrEqual(defaultOtpPolicy.ttlMs);
    expect(strictOtpPolicy.maxAttempts).toBeLessThanOrEqual(defaultOtpPolicy.maxAttempts);
    expect(strictOtpPolicy.codeLength).toBeGreaterThanOrEqual(defaultOtpPolicy.codeLength);
  });

  test.prop([fc.integer({ min: -1e9, max: 1e9 })])(
    'S-3: a TTL is accepted only in (0, 10 minutes]',
    (ttlMs) => {
      expect(fields({ ...defaultOtpPolicy, ttlMs }).includes('ttlMs')).toBe(
        !(ttlMs > 0 && ttlMs <= 600_000),
      );
    },
  );

  test.prop([fc.integer({ min: 4, max: 12 }), fc.integer({ min: 2, max: 36 })])(
    'S-3: a code must carry at least 20 bits',
    (codeLength, size) => {
      const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, size);
      const enough = codeLength * Math.log2(size) >= 19.9;
      expect(fields({ ...defaultOtpPolicy, codeLength, alphabet }).includes('codeLength')).toBe(
        !enough,
      );
    },
  );

  it('rejects repeated alphabet characters, attempt caps outside 1..100 and a negative retention', () => {
    expect(fields({ ...defaultOtpPolicy, alphabet: '00123456789' })).toEqual(['alphabet']);
    expect(fields({ ...defaultOtpPolicy, maxAttempts: 0 })).toEqual(['maxAttempts']);
    expect(fields({ ...defaultOtpPolicy, maxAttempts: 101 })).toEqual(['maxAttempts']);
    expect(fields({ ...defaultOtpPolicy, retainMs: -1 })).toEqual(['retainMs']);
  });

  it('S-15: refuses a conflictRetries that is not a non-negative integer; 0 is allowed', () => {
    expect(fields({ ...defaultOtpPolicy, conflictRetries: 0 })).toEqual([]);
    expect(fields({ ...defaultOtpPolicy, conflictRetries: -1 })).toEqual(['conflictRetries']);
    expect(fields({ ...defaultOtpPolicy, conflictRetries: 1.5 })).toEqual(['conflictRetries']);
  });
});
