import { createSeededRandom } from '@kabinet/core';
import { describe, expect, it } from 'vitest';
import { createSimulatedMethodCheck } from './create-simulated-method-check.js';
import { createFakeClock } from '@kabinet/core/testing';

const request = { accountId: 'acc_1', methodId: 'pm_1', attemptId: 'att_1' };

describe('createSimulatedMethodCheck', () => {
  it('PAY-2: an SMS code passes once; a wrong answer is refused; a bank-app check expects approval', async () => {
    const clock = createFakeClock();
    const check = createSimulatedMethodCheck({ clock, random: createSeededRandom(1) });
    const sms = await check.start({ ...request, kind: 'sms_code' });
    const code = check.answerFor(sms.challengeId)!;
    expect(code).toMatch(/^\d{6}$/);
    expect(await check.verify(sms.challengeId, '000000' === code ? '111111' : '000000')).toEqual({
      passed: false,
      reason: 'wrong',
    });
    expect(await check.verify(sms.challengeId, code)).toEqual({ passed: true });
    expect(await check.verify(sms.challengeId, code)).toEqual({ passed: false, reason: 'used' });
    const app = await check.start({ ...request, kind: 'bank_app' });
    expect(await check.verify(app.challengeId, 'approve')).toEqual({ passed: true });
    expect(check.started.map((s) => s.kind)).toEqual(['sms_code', 'bank_app']);
  });

  it('blocks after the allowed wrong answers and expires after its lifetime', async () => {
    const clock = createFakeClock();
    const check = createSimulatedMethodCheck({ clock, maxTries: 2, ttlMs: 1000 });
    const a = await check.start({ ...request, kind: 'wallet_password' });
    expect(await check.verify(a.challengeId, 'x')).toEqual({ passed: false, reason: 'wrong' });
    expect(await check.verify(a.challengeId, 'y')).toEqual({ passed: false, reason: 'blocked' });
    expect(await check.verify(a.challengeId, check.answerFor(a.challengeId)!)).toEqual({
      passed: false,
      reason: 'blocked',
    });
    const b = await check.start({ ...request, kind: 'sms_code' });
    clock.advance(1000);
    expect(await check.verify(b.challengeId, check.answerFor(b.challengeId)!)).toEqual({
      passed: false,
      reason: 'expired',
    });
    expect(await check.verify('chk_unknown', '1')).toEqual({ passed: false, reason: 'unknown' });
  });
});
