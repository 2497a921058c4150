import { fc, test } from '@fast-check/vitest';
import { KabinetError, createSeededRandom } from '@kabinet/core';
import { createMemoryKeyProvider, createMemoryVersionedStore, createOutbox } from '@kabinet/memory';
import { describe, expect, it } from 'vitest';
import { conflictFirst, thrownCode } from '../../test/conflicts.js';
import type { ChallengeRecord } from './challenge-record.js';
import { createOtpService, type IssueCodeInput, type IssuedCode } from './create-otp-service.js';
import { defaultOtpPolicy, strictOtpPolicy, type OtpPolicy } from './otp-policy.js';
import { createFakeClock } from '@kabinet/core/testing';

const SESSION = 'ses_01jd4s9x3k0000000000000001';
const OTHER_SESSION = 'ses_01jd4s9x3k0000000000000002';

function setup(policy: OtpPolicy = defaultOtpPolicy) {
  const clock = createFakeClock();
  const challenges = createMemoryVersionedStore<ChallengeRecord>({
    clock,
    entity: 'otp-challenge',
  });
  const keys = createMemoryKeyProvider();
  const otp = createOtpService({ challenges, keys, clock, policy });
  return { clock, challenges, keys, otp };
}

const smsInput = (over: Partial<IssueCodeInput> = {}): IssueCodeInput => ({
  purpose: 'registration',
  channel: 'sms',
  destination: '+79161234567',
  sessionId: SESSION,
  subject: 'draft_1',
  ...over,
});

async function issued(
  otp: ReturnType<typeof setup>['otp'],
  over: Partial<IssueCodeInput> = {},
): Promise<IssuedCode> {
  const r = await otp.issue(smsInput(over));
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}

/** A code of the right shape that is not `code`. */
const wrongCode = (code: string): string => code.replace(/^./, (d) => String((Number(d) + 1) % 10));

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

  test.prop([fc.integer({ min: 1, max: 10 * 60_000 })], { numRuns: 40 })(
    'S-3: a code verifies until its TTL and is expired from exactly issue time + TTL',
    async (ttlMs) => {
      const { otp, clock } = setup({ ...defaultOtpPolicy, ttlMs });
      const a = await issued(otp);
      const b = await issued(otp, { channel: 'email', destination: 'anna@example.org' });
      expect(a.codeExpiresAt - a.issuedAt).toBe(ttlMs);
      clock.advance(ttlMs - 1);
      expect(
        (await otp.verify({ challengeId: a.challengeId, sessionId: SESSION, code: a.code }))
          .outcome,
      ).toBe('ok');
      clock.advance(1);
      expect(
        await otp.verify({ challengeId: b.challengeId, sessionId: SESSION, code: b.code }),
      ).toEqual({ outcome: 'expired' });
    },
  );

  it('OTP-2: a code is valid only for the session that requested it, and a foreign session costs no attempt', async () => {
    const { otp, challenges } = setup();
    const { challengeId, code } = await issued(otp);
    expect(await otp.verify({ challengeId, sessionId: OTHER_SESSION, code })).toEqual({
      outcome: 'wrong_session',
    });
    expect(
      await otp.verify({ challengeId, sessionId: OTHER_SESSION, code: wrongCode(code) }),
    ).toEqual({ outcome: 'wrong_session' });
    expect(challenges.peek(challengeId)?.attempts).toBe(0);
    expect(await otp.describe({ challengeId, sessionId: OTHER_SESSION })).toBeUndefined();
    expect((await otp.verify({ challengeId, sessionId: SESSION, code })).outcome).toBe('ok');
  });

  it('OTP-2: the MAC binds the code to its challenge: a code never verifies another challenge', async () => {
    const { otp } = setup({ ...defaultOtpPolicy, supersede: false });
    const a = await issued(otp);
    const b = await issued(otp);
    expect(
      await otp.verify({
        challengeId: b.challengeId,
        sessionId: SESSION,
        code: a.code === b.code ? wrongCode(b.code) : a.code,
      }),
    ).toMatchObject({
      outcome: 'wrong',
    });
  });

  it('S-3: a code is used once: the second right entry answers used', async () => {
    const { otp } = setup();
    const { challengeId, code } = await issued(otp);
    const first = await otp.verify({ challengeId, sessionId: SESSION, code });
    expect(first).toMatchObject({
      outcome: 'ok',
      challenge: {
        id: challengeId,
        channel: 'sms',
        subject: 'draft_1',
        destinationMasked: '+7916*****67',
      },
    });
    expect(await otp.verify({ challengeId, sessionId: SESSION, code })).toEqual({
      outcome: 'used',
    });
  });

  test.prop([fc.integer({ min: 2, max: 40 })], { numRuns: 20 })(
    'S-3, S-9: N parallel right entries succeed exactly once',
    async (n) => {
      const { otp } = setup();
      const { challengeId, code } = await issued(otp);
      const results = await Promise.all(
        Array.from({ length: n }, () => otp.verify({ challengeId, sessionId: SESSION, code })),
      );
      expect(results.filter((r) => r.outcome === 'ok')).toHaveLength(1);
      expect(results.filter((r) => r.outcome !== 'ok').every((r) => r.outcome === 'used')).toBe(
        true,
      );
    },
  );

  test.prop([fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 10 })], { numRuns: 30 })(
    'S-4, S-9: N parallel wrong entries count N, up to the per-challenge cap, then the challenge is locked',
    async (n, maxAttempts) => {
      const { otp, challenges } = setup({ ...defaultOtpPolicy, maxAttempts });
      const { challengeId, code } = await issued(otp);
      const results = await Promise.all(
        Array.from({ length: n }, () =>
          otp.verify({ challengeId, sessionId: SESSION, code: wrongCode(code) }),
        ),
      );
      const wrong = results.filter((r) => r.outcome === 'wrong');
      expect(wrong).toHaveLength(Math.min(n, maxAttempts));
      expect(results.filter((r) => r.outcome === 'locked')).toHaveLength(
        Math.max(0, n - maxAttempts),
      );
      expect(challenges.peek(challengeId)?.attempts).toBe(Math.min(n, maxAttempts));
      // attemptsLeft values are all distinct: every wrong try was counted once.
      expect(new Set(wrong.map((r) => (r.outcome === 'wrong' ? r.attemptsLeft : -1))).size).toBe(
        wrong.length,
      );
    },
  );

  test.prop(
    [fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 6 })],
    { numRuns: 60 },
  )(
    'S-4: no sequence of entries gets more wrong tries than the cap, and the right code is refused once locked',
    async (sequence, maxAttempts) => {
      const { otp } = setup({ ...defaultOtpPolicy, maxAttempts });
      const { challengeId, code } = await issued(otp);
      let wrongs = 0;
      let spent = false;
      for (const right of sequence) {
        const r = await otp.verify({
          challengeId,
          sessionId: SESSION,
          code: right ? code : wrongCode(code),
        });
        if (spent) expect(r.outcome).toBe('used');
        else if (wrongs >= maxAttempts) expect(r.outcome).toBe('locked');
        else if (right) {
          expect(r.outcome).toBe('ok');
          spent = true;
        } else {
          wrongs += 1;
          expect(r).toEqual({ outcome: 'wrong', attemptsLeft: maxAttempts - wrongs });
        }
      }
    },
  );

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

  it('S-3: typed codes are normalized (spaces, hyphens, full-width digits) and malformed ones count as wrong', async () => {
    const { otp } = setup();
    const a = await issued(otp);
    const spaced = `${a.code.slice(0, 3)} - ${a.code.slice(3)}`;
    expect(
      (await otp.verify({ challengeId: a.challengeId, sessionId: SESSION, code: spaced })).outcome,
    ).toBe('ok');
    const b = await issued(otp);
    const fullWidth = [...b.code].map((d) => String.fromCodePoint(0xff10 + Number(d))).join('');
    expect(
      (await otp.verify({ challengeId: b.challengeId, sessionId: SESSION, code: fullWidth }))
        .outcome,
    ).toBe('ok');
    const c = await issued(otp);
    expect(
      await otp.verify({ challengeId: c.challengeId, sessionId: SESSION, code: '12345' }),
    ).toEqual({ outcome: 'wrong', attemptsLeft: 4 });
  });

  it('S-3: codes issued before a pepper rotation still verify (kid stored); a removed key is a configuration fault', async () => {
    const { otp, keys, challenges, clock } = setup();
    const before = await issued(otp);
    keys.rotate('otp-pepper');
    const after = await issued(otp, { channel: 'email', destination: 'anna@example.org' });
    expect(challenges.peek(before.challengeId)?.kid).not.toBe(
      challenges.peek(after.challengeId)?.kid,
    );
    expect(
      (await otp.verify({ challengeId: before.challengeId, sessionId: SESSION, code: before.code }))
        .outcome,
    ).toBe('ok');
    expect(
      (await otp.verify({ challengeId: after.challengeId, sessionId: SESSION, code: after.code }))
        .outcome,
    ).toBe('ok');
    const orphan = createOtpService({ challenges, keys: createMemoryKeyProvider(), clock });
    const third = await issued(otp, { purpose: 'login' });
    await expect(
      orphan.verify({ challengeId: third.challengeId, sessionId: SESSION, code: third.code }),
    ).rejects.toSatisfy((e: unknown) => KabinetError.isInstance(e) && e.code === 'ERR_CRYPTO');
  });

  test.prop([fc.anything(), fc.anything(), fc.anything()], { numRuns: 200 })(
    'S-17: verify never throws on malformed input',
    async (a, b, c) => {
      const { otp } = setup();
      const { challengeId } = await issued(otp);
      const outcomes = ['not_found', 'wrong_session', 'wrong'];
      expect(outcomes).toContain(
        (await otp.verify({ challengeId: a, sessionId: b, code: c } as never)).outcome,
      );
      expect(['wrong_session', 'wrong']).toContain(
        (await otp.verify({ challengeId, sessionId: b, code: c } as never)).outcome,
      );
      expect(['wrong', 'ok']).toContain(
        (await otp.verify({ challengeId, sessionId: SESSION, code: c } as never)).outcome,
      );
      await expect(otp.verify(a as never)).resolves.toBeDefined();
    },
  );

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

  it('CONTACT-3: phone and e-mail get their own codes, confirmed independently; complete only when both are entered', async () => {
    const { otp } = setup();
    const sms = await issued(otp);
    const email = await issued(otp, { channel: 'email', destination: 'Anna@Example.org' });
    const ids = [sms.challengeId, email.challengeId];
    const status = (): ReturnType<typeof otp.confirmationStatus> =>
      otp.confirmationStatus({
        sessionId: SESSION,
        challengeIds: ids,
        requireChannels: ['sms', 'email'],
      });
    // Each code only opens its own challenge.
    if (sms.code !== email.code) {
      expect(
        (await otp.verify({ challengeId: email.challengeId, sessionId: SESSION, code: sms.code }))
          .outcome,
      ).toBe('wrong');
    }
    expect(
      (await otp.verify({ challengeId: sms.challengeId, sessionId: SESSION, code: sms.code }))
        .outcome,
    ).toBe('ok');
    expect(await status()).toMatchObject({ complete: false, pending: [email.challengeId] });
    // A wrong e-mail code does not undo the phone confirmation.
    expect(
      (
        await otp.verify({
          challengeId: email.challengeId,
          sessionId: SESSION,
          code: wrongCode(email.code),
        })
      ).outcome,
    ).toBe('wrong');
    expect((await status()).confirmed.map((c) => c.channel)).toEqual(['sms']);
    expect(
      (await otp.verify({ challengeId: email.challengeId, sessionId: SESSION, code: email.code }))
        .outcome,
    ).toBe('ok');
    expect(await status()).toMatchObject({ complete: true, pending: [] });
    // Another session sees nothing confirmed; one channel alone is never complete.
    expect(
      (await otp.confirmationStatus({ sessionId: OTHER_SESSION, challengeIds: ids })).complete,
    ).toBe(false);
    expect(
      (
        await otp.confirmationStatus({
          sessionId: SESSION,
          challengeIds: [sms.challengeId],
          requireChannels: ['sms', 'email'],
        })
      ).complete,
    ).toBe(false);
    expect((await otp.confirmationStatus({ sessionId: SESSION, challengeIds: [] })).complete).toBe(
      false,
    );
  });

  it('OTP-1: issueAndSend sends the code by SMS or e-mail with the catalogue text and returns no code', async () => {
    const { otp, challenges, clock } = setup();
    const outbox = createOutbox({ clock });
    const sent = await otp.issueAndSend(smsInput({ destination: '+7 916 123-45-67' }), outbox);
    expect(sent.success).toBe(true);
    if (!sent.success) return;
    expect(sent.data).not.toHaveProperty('code');
    expect(sent.data.delivery).toMatchObject({ status: 'sent' });
    const message = outbox.lastTo('+79161234567');
    expect(message).toMatchObject({ channel: 'sms', purpose: 'registration-code' });
    const code = outbox.lastCode('+79161234567')!;
    expect(message?.channel === 'sms' && message.text).toContain('Код подтверждения');
    expect(JSON.stringify(challenges.peek(sent.data.challengeId))).not.toContain(code);
    expect(
      (await otp.verify({ challengeId: sent.data.challengeId, sessionId: SESSION, code })).outcome,
    ).toBe('ok');

    const mail = await otp.issueAndSend(
      smsInput({ channel: 'email', destination: 'anna@example.org', purpose: 'login' }),
      outbox,
      { locale: 'en' },
    );
    expect(outbox.lastTo('anna@example.org')).toMatchObject({
      channel: 'email',
      purpose: 'login-code',
      subject: 'Confirmation code',
    });
    outbox.failNext({ channel: 'sms', reason: 'gateway down' });
    const failed = await otp.issueAndSend(smsInput({ purpose: 'payment' }), outbox);
    expect(failed.success && failed.data.delivery).toMatchObject({
      status: 'failed',
      reason: 'gateway down',
    });
    expect(mail.success).toBe(true);
  });

  it('a sender that throws surfaces as ERR_SEND', async () => {
    const { otp } = setup();
    const broken = {
      sms: { send: () => Promise.reject(new Error('boom')) },
      email: { send: () => Promise.reject(new Error('boom')) },
    };
    await expect(otp.issueAndSend(smsInput(), broken)).rejects.toSatisfy(
      (e: unknown) => KabinetError.isInstance(e) && e.code === 'ERR_SEND',
    );
  });

  it('an expired and retained challenge answers expired, then not_found once the store drops it', async () => {
    const { otp, clock } = setup({ ...defaultOtpPolicy, retainMs: 1000 });
    const { challengeId, code } = await issued(otp);
    clock.advance(defaultOtpPolicy.ttlMs);
    expect((await otp.verify({ challengeId, sessionId: SESSION, code })).outcome).toBe('expired');
    clock.advance(1000);
    expect((await otp.verify({ challengeId, sessionId: SESSION, code })).outcome).toBe('not_found');
  });

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

  it("S-15: verifying retries a version conflict maxAttempts + the policy's conflictRetries times, then the conflict goes to the caller", async () => {
    for (const n of [0, 3]) {
      const conflicts = defaultOtpPolicy.maxAttempts + n;
      const enough = setup({ ...defaultOtpPolicy, conflictRetries: n });
      const a = await issued(enough.otp);
      conflictFirst(enough.challenges, 'update', conflicts);
      expect(
        (await enough.otp.verify({ challengeId: a.challengeId, sessionId: SESSION, code: a.code }))
          .outcome,
      ).toBe('ok');
      if (n === 0) continue;
      const short = setup({ ...defaultOtpPolicy, conflictRetries: n - 1 });
      const b = await issued(short.otp);
      conflictFirst(short.challenges, 'update', conflicts);
      expect(
        await thrownCode(
          short.otp.verify({ challengeId: b.challengeId, sessionId: SESSION, code: b.code }),
        ),
      ).toBe('ERR_CONFLICT');
    }
  });
});
