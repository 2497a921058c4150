import { createMemoryKeyProvider, createMemoryVersionedStore } from '@kabinet/memory';
import { describe, expect, it } from 'vitest';
import type { ChallengeRecord } from './challenge-record.js';
import { createOtpService } from './create-otp-service.js';
import { defaultOtpPolicy } from './otp-policy.js';
import { createFakeClock } from '@kabinet/core/testing';

describe('createOtpService', () => {
  it('rejects a policy that breaks S-3', () => {
    const clock = createFakeClock();
    const base = {
      challenges: createMemoryVersionedStore<ChallengeRecord>({ clock }),
      keys: createMemoryKeyProvider(),
      clock,
    };
    expect(() =>
      createOtpService({ ...base, policy: { ...defaultOtpPolicy, ttlMs: 10 * 60_000 + 1 } }),
    ).toThrow(/ttlMs/);
    expect(() =>
      createOtpService({ ...base, policy: { ...defaultOtpPolicy, codeLength: 5 } }),
    ).toThrow(/codeLength/);
  });
});
