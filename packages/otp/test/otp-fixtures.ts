// Shared by the one-time-code service's tests: a service on a fake clock and memory stores, an
// SMS issue input, an issued code, and a wrong code of the right shape.
import { createMemoryKeyProvider, createMemoryVersionedStore } from '@kabinet/memory';
import { createFakeClock } from '@kabinet/core/testing';
import type { ChallengeRecord } from '../src/code/challenge-record.js';
import {
  createOtpService,
  type IssueCodeInput,
  type IssuedCode,
} from '../src/code/create-otp-service.js';
import { defaultOtpPolicy, type OtpPolicy } from '../src/code/otp-policy.js';

export const SESSION = 'ses_01jd4s9x3k0000000000000001';
export const OTHER_SESSION = 'ses_01jd4s9x3k0000000000000002';

export function setup(policy: OtpPolicy = defaultOtpPolicy) {
  const clock = createFakeClock();
  const challenges = createMemoryVersionedStore<ChallengeRecord>({
    clock,
    entity: 'otp-challenge',
  });
  const keys = createMemoryKeyProvider();
  const otp = createOtpService({ challenges, keys, clock, policy });
  return { clock, challenges, keys, otp };
}

export const smsInput = (over: Partial<IssueCodeInput> = {}): IssueCodeInput => ({
  purpose: 'registration',
  channel: 'sms',
  destination: '+79161234567',
  sessionId: SESSION,
  subject: 'draft_1',
  ...over,
});

export async function issued(
  otp: ReturnType<typeof setup>['otp'],
  over: Partial<IssueCodeInput> = {},
): Promise<IssuedCode> {
  const r = await otp.issue(smsInput(over));
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}

/** A code of the right shape that is not `code`. */
export const wrongCode = (code: string): string =>
  code.replace(/^./, (d) => String((Number(d) + 1) % 10));
