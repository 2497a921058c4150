import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { computeCodeMac } from './compute-code-mac.js';

const key = new Uint8Array(32).fill(7);

describe('computeCodeMac', () => {
  it('S-3: is a 256-bit base64url HMAC, stable for the same input', () => {
    const mac = computeCodeMac({ key, challengeId: 'otp_1', sessionId: 'ses_1', code: '123456' });
    expect(mac).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(computeCodeMac({ key, challengeId: 'otp_1', sessionId: 'ses_1', code: '123456' })).toBe(
      mac,
    );
  });

  test.prop([fc.string(), fc.string(), fc.string(), fc.string(), fc.string(), fc.string()])(
    'OTP-2, S-3: different challenge, session or code (however split) give different MACs',
    (c1, s1, k1, c2, s2, k2) => {
      fc.pre(c1 !== c2 || s1 !== s2 || k1 !== k2);
      expect(computeCodeMac({ key, challengeId: c1, sessionId: s1, code: k1 })).not.toBe(
        computeCodeMac({ key, challengeId: c2, sessionId: s2, code: k2 }),
      );
    },
  );

  it('S-3: the MAC depends on the pepper', () => {
    const other = new Uint8Array(32).fill(8);
    expect(computeCodeMac({ key, challengeId: 'a', sessionId: 'b', code: 'c' })).not.toBe(
      computeCodeMac({ key: other, challengeId: 'a', sessionId: 'b', code: 'c' }),
    );
  });

  it('S-3: length prefixes keep the parts apart', () => {
    expect(computeCodeMac({ key, challengeId: 'ab', sessionId: 'c', code: '1' })).not.toBe(
      computeCodeMac({ key, challengeId: 'a', sessionId: 'bc', code: '1' }),
    );
  });
});
