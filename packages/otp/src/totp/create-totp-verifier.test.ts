import { fc, test } from '@fast-check/vitest';
import { createSeededRandom } from '@kabinet/core';
import { createMemoryVersionedStore } from '@kabinet/memory';
import { generateSync } from 'otplib';
import { describe, expect, it } from 'vitest';
import { conflictFirst, thrownCode } from '../../test/conflicts.js';
import { createTotpVerifier, type TotpStepRecord } from './create-totp-verifier.js';
import { generateTotpSecret } from './generate-totp-secret.js';
import { defaultTotpPolicy, type TotpPolicy } from './totp-policy.js';
import { createFakeClock } from '@kabinet/core/testing';

const appCode = (secret: string, ms: number): string =>
  generateSync({ secret, epoch: Math.floor(ms / 1000) });

function setup(policy: TotpPolicy = defaultTotpPolicy) {
  const clock = createFakeClock();
  const steps = createMemoryVersionedStore<TotpStepRecord>({ clock, entity: 'totp-step' });
  return { clock, steps, totp: createTotpVerifier({ steps, clock, policy }) };
}

describe('createTotpVerifier', () => {
  it('S-6: accepts a code once and rejects its replay', async () => {
    const { totp, clock } = setup();
    const secret = generateTotpSecret();
    const code = appCode(secret, clock.now());
    expect((await totp.verify({ accountId: 'acc_1', secret, code })).outcome).toBe('ok');
    expect((await totp.verify({ accountId: 'acc_1', secret, code })).outcome).toBe('replayed');
    clock.advance(30_000);
    expect((await totp.verify({ accountId: 'acc_1', secret, code })).outcome).toBe('replayed');
    expect(
      (await totp.verify({ accountId: 'acc_1', secret, code: appCode(secret, clock.now()) }))
        .outcome,
    ).toBe('ok');
  });

  test.prop([fc.integer({ min: 2, max: 30 })], { numRuns: 20 })(
    'S-6, S-9: N parallel uses of one code succeed exactly once',
    async (n) => {
      const { totp, clock } = setup();
      const secret = generateTotpSecret();
      const code = appCode(secret, clock.now());
      const results = await Promise.all(
        Array.from({ length: n }, () => totp.verify({ accountId: 'acc_1', secret, code })),
      );
      expect(results.filter((r) => r.outcome === 'ok')).toHaveLength(1);
      expect(results.filter((r) => r.outcome === 'replayed')).toHaveLength(n - 1);
    },
  );

  test.prop(
    [
      fc.integer(),
      fc.array(
        fc.record({
          wait: fc.integer({ min: 0, max: 70_000 }),
          offset: fc.integer({ min: -2, max: 2 }),
        }),
        { minLength: 1, maxLength: 25 },
      ),
    ],
    { numRuns: 60 },
  )(
    'S-6: over any sequence of submissions each time step is accepted at most once, in increasing order',
    async (seed, submissions) => {
      const { totp, clock } = setup();
      const secret = generateTotpSecret({ random: createSeededRandom(seed) });
      const accepted: number[] = [];
      for (const { wait, offset } of submissions) {
        clock.advance(wait);
        const r = await totp.verify({
          accountId: 'acc_1',
          secret,
          code: appCode(secret, clock.now() + offset * 30_000),
        });
        if (r.outcome === 'ok') accepted.push(r.timeStep);
      }
      for (let i = 1; i < accepted.length; i++)
        expect(accepted[i]!).toBeGreaterThan(accepted[i - 1]!);
    },
  );

  it('keeps a step record only while a code of that step could still verify', async () => {
    const { totp, clock, steps } = setup();
    const secret = generateTotpSecret();
    const r = await totp.verify({ accountId: 'acc_1', secret, code: appCode(secret, clock.now()) });
    if (r.outcome !== 'ok') throw new Error('setup');
    const record = steps.peek('acc_1');
    expect(record?.lastTimeStep).toBe(r.timeStep);
    expect(record!.expiresAt).toBe((r.timeStep + defaultTotpPolicy.driftPastSteps + 2) * 30_000);
  });

  it('keeps accounts apart and refuses a missing account id', async () => {
    const { totp, clock } = setup();
    const secret = generateTotpSecret();
    const code = appCode(secret, clock.now());
    expect((await totp.verify({ accountId: 'acc_1', secret, code })).outcome).toBe('ok');
    expect((await totp.verify({ accountId: 'acc_2', secret, code })).outcome).toBe('ok');
    await expect(totp.verify({ accountId: '', secret, code })).rejects.toMatchObject({
      code: 'ERR_INVALID_ARGUMENT',
    });
  });

  it('rejects a policy with more than one step of drift', () => {
    const clock = createFakeClock();
    expect(() =>
      createTotpVerifier({
        steps: createMemoryVersionedStore<TotpStepRecord>({ clock }),
        clock,
        policy: { ...defaultTotpPolicy, driftPastSteps: 2 as 1 },
      }),
    ).toThrow(expect.objectContaining({ code: 'ERR_CONFIG' }));
  });
});

describe('createTotpVerifier: conflicts', () => {
  it("S-15: recording the accepted step retries a version conflict the policy's conflictRetries times, then the conflict goes to the caller", async () => {
    for (const n of [0, 3]) {
      const enough = setup({ ...defaultTotpPolicy, conflictRetries: n });
      const secret = generateTotpSecret();
      conflictFirst(enough.steps, 'create', n);
      expect(
        (
          await enough.totp.verify({
            accountId: 'acc_1',
            secret,
            code: appCode(secret, enough.clock.now()),
          })
        ).outcome,
      ).toBe('ok');
      if (n === 0) continue;
      const short = setup({ ...defaultTotpPolicy, conflictRetries: n - 1 });
      conflictFirst(short.steps, 'create', n);
      expect(
        await thrownCode(
          short.totp.verify({
            accountId: 'acc_1',
            secret,
            code: appCode(secret, short.clock.now()),
          }),
        ),
      ).toBe('ERR_CONFLICT');
    }
  });
});
