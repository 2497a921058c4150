import { createSeededRandom } from '@kabinet/core';
import { createMemoryKeyProvider, createMemoryVersionedStore } from '@kabinet/memory';
import { describe, expect, it } from 'vitest';
import { conflictFirst, thrownCode } from '../../test/conflicts.js';
import type { ChallengeRecord } from './challenge-record.js';
import { createOtpService } from './create-otp-service.js';
import { defaultOtpPolicy, strictOtpPolicy } from './otp-policy.js';
import { createFakeClock } from '@kabinet/core/testing';
import { SESSION, issued, setup, smsInput } from '../../test/otp-fixtures.js';

describe('createOtpService', () => {
  it('S-3: codes come from the random source with the policy length and alphabet', async () => {
    const { otp } = setup();
    for (let i = 0; i < 50; i++) expect((await issued(otp)).code).toMatch(/^\d{6}$/);
    const strict = setup(strictOtpPolicy).otp;
    expect((await issued(strict)).code).toMatch(/^\d{8}$/);
    const letters = setup({
      ...defaultOtpPolicy,
      alphabet: 'ABCDEFGHJKMNPQRSTUVWXYZ',
      codeLength: 6,
    }).otp;
    expect((await issued(letters)).code).toMatch(/^[A-HJKMNP-Z]{6}$/);
  });

  it('S-3: the store holds only MACs: neither the code nor the session id appears in a dump', async () => {
    const { otp, challenges } = setup();
    const { challengeId, code } = await issued(otp);
    const dump = JSON.stringify(challenges.peek(challengeId));
    expect(dump).not.toContain(code);
    expect(dump).not.toContain(SESSION);
    expect(dump).not.toContain('9161234567');
    expect(challenges.peek(challengeId)).toMatchObject({
      destinationMasked: '+7916*****67',
      attempts: 0,
      channel: 'sms',
    });
  });

  it('S-4: a resend supersedes the previous code of the same session, purpose and channel', async () => {
    const { otp } = setup();
    const first = await issued(otp);
    const second = await issued(otp);
    expect(
      await otp.verify({ challengeId: first.challengeId, sessionId: SESSION, code: first.code }),
    ).toEqual({ outcome: 'expired' });
    expect(
      (await otp.verify({ challengeId: second.challengeId, sessionId: SESSION, code: second.code }))
        .outcome,
    ).toBe('ok');
    // After the live one is spent a third code can be issued again.
    const third = await issued(otp);
    expect(
      (await otp.verify({ challengeId: third.challengeId, sessionId: SESSION, code: third.code }))
        .outcome,
    ).toBe('ok');
  });

  it('S-4: parallel resends leave exactly one live code', async () => {
    const { otp } = setup();
    const all = await Promise.all(Array.from({ length: 8 }, () => issued(otp)));
    const outcomes = await Promise.all(
      all.map((c) => otp.verify({ challengeId: c.challengeId, sessionId: SESSION, code: c.code })),
    );
    expect(outcomes.filter((o) => o.outcome === 'ok')).toHaveLength(1);
    expect(outcomes.filter((o) => o.outcome === 'expired')).toHaveLength(7);
  });

  it('returns issues, never throws, for a bad issue request', async () => {
    const { otp } = setup();
    const r = await otp.issue({
      purpose: 'nope',
      channel: 'fax',
      destination: ' ',
      sessionId: '',
      subject: 1,
    } as never);
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues.map((i) => i.code).sort()).toEqual(
        [
          'otp.channel.unknown',
          'otp.destination.required',
          'otp.purpose.unknown',
          'otp.session.required',
          'otp.subject.required',
        ].sort(),
      );
    }
    const phone = await otp.issue(smsInput({ destination: '8916123' }));
    expect(phone.success ? [] : phone.issues.map((i) => i.code)).toEqual([
      'otp.destination.invalid',
    ]);
    const mail = await otp.issue(smsInput({ channel: 'email', destination: 'no-at-sign' }));
    expect(mail.success ? [] : mail.issues.map((i) => i.code)).toEqual(['otp.destination.invalid']);
    expect((await otp.issue(null as never)).success).toBe(false);
  });

  it('CONTACT-1: non-Russian numbers get codes', async () => {
    const { otp } = setup();
    for (const destination of ['+998901234567', '+8613812345678', '+4915123456789']) {
      expect((await otp.issue(smsInput({ destination }))).success).toBe(true);
    }
  });

  it('is deterministic with a seeded random source (tests only)', async () => {
    const make = async () => {
      const clock = createFakeClock();
      const otp = createOtpService({
        challenges: createMemoryVersionedStore<ChallengeRecord>({ clock }),
        keys: createMemoryKeyProvider(),
        clock,
        random: createSeededRandom(7),
      });
      return (await issued(otp)).code;
    };
    expect(await make()).toBe(await make());
  });
});

describe('createOtpService: conflicts', () => {
  it("S-15: issuing retries a version conflict the policy's conflictRetries times, then the conflict goes to the caller", async () => {
    for (const n of [0, 3]) {
      const enough = setup({ ...defaultOtpPolicy, conflictRetries: n });
      conflictFirst(enough.challenges, 'create', n);
      expect((await enough.otp.issue(smsInput())).success).toBe(true);
      if (n === 0) continue;
      const short = setup({ ...defaultOtpPolicy, conflictRetries: n - 1 });
      conflictFirst(short.challenges, 'create', n);
      expect(await thrownCode(short.otp.issue(smsInput()))).toBe('ERR_CONFLICT');
    }
  });
});
