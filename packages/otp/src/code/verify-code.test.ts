import { fc, test } from '@fast-check/vitest';
import { KabinetError } from '@kabinet/core';
import { createMemoryKeyProvider } from '@kabinet/memory';
import { describe, expect, it } from 'vitest';
import { conflictFirst, thrownCode } from '../../test/conflicts.js';
import { createOtpService } from './create-otp-service.js';
import { defaultOtpPolicy } from './otp-policy.js';
import { OTHER_SESSION, SESSION, issued, setup, wrongCode } from '../../test/otp-fixtures.js';

describe('createOtpService', () => {
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

  it('an expired and retained challenge answers expired, then not_found once the store drops it', async () => {
    const { otp, clock } = setup({ ...defaultOtpPolicy, retainMs: 1000 });
    const { challengeId, code } = await issued(otp);
    clock.advance(defaultOtpPolicy.ttlMs);
    expect((await otp.verify({ challengeId, sessionId: SESSION, code })).outcome).toBe('expired');
    clock.advance(1000);
    expect((await otp.verify({ challengeId, sessionId: SESSION, code })).outcome).toBe('not_found');
  });
});

describe('createOtpService: conflicts', () => {
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
