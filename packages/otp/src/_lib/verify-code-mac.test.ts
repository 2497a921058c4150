import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { computeCodeMac } from './compute-code-mac.js';
import { verifyCodeMac } from './verify-code-mac.js';

const key = new Uint8Array(32).fill(3);

describe('verifyCodeMac', () => {
  test.prop([fc.stringMatching(/^\d{6}$/), fc.stringMatching(/^\d{6}$/)])(
    'S-3: accepts exactly the code the MAC was made from',
    (code, typed) => {
      const mac = computeCodeMac({ key, challengeId: 'otp_1', sessionId: 'ses_1', code });
      expect(
        verifyCodeMac({ key, challengeId: 'otp_1', sessionId: 'ses_1', code: typed, mac }),
      ).toBe(code === typed);
    },
  );

  it('OTP-2: rejects the right code under another session or challenge', () => {
    const mac = computeCodeMac({ key, challengeId: 'otp_1', sessionId: 'ses_1', code: '000111' });
    expect(
      verifyCodeMac({ key, challengeId: 'otp_1', sessionId: 'ses_2', code: '000111', mac }),
    ).toBe(false);
    expect(
      verifyCodeMac({ key, challengeId: 'otp_2', sessionId: 'ses_1', code: '000111', mac }),
    ).toBe(false);
  });

  test.prop([fc.string()])('rejects malformed stored MACs without throwing', (mac) => {
    expect(
      verifyCodeMac({ key, challengeId: 'otp_1', sessionId: 'ses_1', code: '000111', mac }),
    ).toBe(false);
  });
});
