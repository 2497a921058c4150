import { fc, test } from '@fast-check/vitest';
import {
  createMemoryCounterStore,
  createMemoryKeyProvider,
  createMemoryVersionedStore,
  createOutbox,
} from '@kabinet/memory';
import { createOtpService, type ChallengeRecord } from '@kabinet/otp';
import { describe, expect, it } from 'vitest';
import { defaultLockoutPolicy, type LockoutPolicy } from '../policy/lockout-policy.js';
import { createLockoutService } from './create-lockout-service.js';
import { createFakeClock } from '@kabinet/core/testing';
import { MIN } from '../../test/lockout-fixtures.js';

describe('createLockoutService with @kabinet/otp', () => {
  function flow(policy: LockoutPolicy = defaultLockoutPolicy) {
    const clock = createFakeClock();
    const lockout = createLockoutService({
      counters: createMemoryCounterStore({ clock }),
      clock,
      policy,
    });
    const otp = createOtpService({
      challenges: createMemoryVersionedStore<ChallengeRecord>({ clock }),
      keys: createMemoryKeyProvider(),
      clock,
    });
    const outbox = createOutbox({ clock });
    const phone = '+79161234567';
    const sessionId = 'ses_01jd4s9x3k0000000000000001';
    const ip = '203.0.113.5';
    const send = async (session = sessionId) => {
      const reserved = await lockout.reserveSend({ channel: 'sms', destination: phone, ip });
      if (!reserved.allowed) return reserved;
      const sent = await otp.issueAndSend(
        {
          purpose: 'registration',
          channel: 'sms',
          destination: phone,
          sessionId: session,
          subject: 'draft_1',
        },
        outbox,
      );
      if (!sent.success) throw new Error('issue');
      return { ...reserved, challengeId: sent.data.challengeId, code: outbox.lastCode(phone)! };
    };
    const enter = (challengeId: string, code: string, session = sessionId) =>
      lockout.attemptCode({ identifier: phone, ip }, () =>
        otp.verify({ challengeId, sessionId: session, code }),
      );
    return { clock, send, enter };
  }

  it('S-4, OTP-3: a new code does not reset the five-minute block after a wrong one', async () => {
    const { clock, send, enter } = flow();
    const first = await send();
    if (!('code' in first)) throw new Error('send refused');
    const wrongCode = first.code.replace(/^./, (d) => String((Number(d) + 1) % 10));
    expect(await enter(first.challengeId, wrongCode)).toMatchObject({
      ran: true,
      verdict: 'failure',
      retryAfterMs: 5 * MIN,
    });
    clock.advance(MIN);
    const second = await send();
    if (!('code' in second)) throw new Error('send refused');
    // The right, fresh code is still refused until five minutes after the wrong one.
    expect(await enter(second.challengeId, second.code)).toEqual({
      ran: false,
      reason: 'blocked',
      retryAfterMs: 4 * MIN,
    });
    clock.advance(4 * MIN);
    expect(await enter(second.challengeId, second.code)).toMatchObject({
      ran: true,
      verdict: 'success',
      value: { outcome: 'ok' },
    });
  });

  it('S-4: a new session (new flow) resets nothing either: limits follow the phone', async () => {
    const { clock, send, enter } = flow();
    const first = await send();
    if (!('code' in first)) throw new Error('send refused');
    await enter(
      first.challengeId,
      first.code.replace(/^./, (d) => String((Number(d) + 1) % 10)),
    );
    // A brand-new registration for the same phone, in another session, within the cooldown.
    expect(await send('ses_01jd4s9x3k0000000000000009')).toMatchObject({
      allowed: false,
      reason: 'cooldown',
    });
    clock.advance(MIN);
    const other = await send('ses_01jd4s9x3k0000000000000009');
    if (!('code' in other)) throw new Error('send refused');
    expect(
      await enter(other.challengeId, other.code, 'ses_01jd4s9x3k0000000000000009'),
    ).toMatchObject({ ran: false, reason: 'blocked' });
  });

  test.prop([fc.array(fc.boolean(), { minLength: 1, maxLength: 12 })], { numRuns: 25 })(
    'S-4: however often new codes are requested, wrong codes per phone stay within the daily cap',
    async (rights) => {
      const policy: LockoutPolicy = {
        ...defaultLockoutPolicy,
        code: { ...defaultLockoutPolicy.code, maxFailuresPerDay: 3 },
        send: { ...defaultLockoutPolicy.send, maxPerPhonePerDay: 50 },
      };
      const { clock, send, enter } = flow(policy);
      let ranWrong = 0;
      for (const right of rights) {
        clock.advance(5 * MIN);
        const s = await send();
        if (!('code' in s)) continue;
        const r = await enter(
          s.challengeId,
          right ? s.code : s.code.replace(/^./, (d) => String((Number(d) + 1) % 10)),
        );
        if (r.ran && r.verdict === 'failure') ranWrong += 1;
      }
      expect(ranWrong).toBe(Math.min(3, rights.filter((r) => !r).length));
    },
  );
});
