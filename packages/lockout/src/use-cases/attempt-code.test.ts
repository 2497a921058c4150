import { fc, test } from '@fast-check/vitest';
import { createMemoryCounterStore } from '@kabinet/memory';
import { describe, expect, it } from 'vitest';
import { defaultLockoutPolicy } from '../policy/lockout-policy.js';
import { createLockoutService } from '../service/create-lockout-service.js';
import { createFakeClock } from '@kabinet/core/testing';
import { MIN, no, setup, small, yes } from '../../test/lockout-fixtures.js';

describe('createLockoutService — one-time codes', () => {
  const who = { identifier: '+79161234567', ip: '203.0.113.5' };
  const wrong = () => Promise.resolve({ outcome: 'wrong' as const, attemptsLeft: 4 });
  const right = () => Promise.resolve({ outcome: 'ok' as const });

  test.prop([fc.integer({ min: 1, max: 3_600_000 })], { numRuns: 40 })(
    'OTP-3: a wrong code blocks the next try for exactly blockMs',
    async (blockMs) => {
      const { lockout, clock } = setup({
        ...defaultLockoutPolicy,
        code: { ...defaultLockoutPolicy.code, blockMs },
      });
      expect(await lockout.attemptCode(who, wrong)).toMatchObject({
        ran: true,
        verdict: 'failure',
        retryAfterMs: blockMs,
      });
      clock.advance(blockMs - 1);
      expect(await lockout.attemptCode(who, right)).toEqual({
        ran: false,
        reason: 'blocked',
        retryAfterMs: 1,
      });
      clock.advance(1);
      expect(await lockout.attemptCode(who, right)).toMatchObject({
        ran: true,
        verdict: 'success',
      });
    },
  );

  it("OTP-3, S-9: a try whose slot is granted just after a wrong try released it still sees that try's block (the interleaving that judged two)", async () => {
    const clock = createFakeClock(Date.UTC(2026, 0, 1));
    const store = createMemoryCounterStore({ clock });
    // The interleaving: the second try asks for the slot while the first holds it and reads the
    // block before the first writes it; its slot is granted only after the first released it.
    let firstOver!: () => void;
    const over = new Promise<void>((resolve) => (firstOver = resolve));
    let secondRead!: () => void;
    const read = new Promise<void>((resolve) => (secondRead = resolve));
    let slotCalls = 0;
    let nextReads = 0;
    const counters: typeof store = {
      ...store,
      increment: async (key, options) => {
        if (key.includes(':slot:') && ++slotCalls === 2) await over;
        return store.increment(key, options);
      },
      get: async (key) => {
        const value = await store.get(key);
        if (key.includes(':next:') && ++nextReads === 2) secondRead();
        return value;
      },
      raiseTo: async (key, value, ttlMs) => {
        // The first try writes its block only once the second has read (or after 50 ms, when the second reads only after its slot).
        await Promise.race([read, new Promise((resolve) => setTimeout(resolve, 50))]);
        return store.raiseTo(key, value, ttlMs);
      },
    };
    const lockout = createLockoutService({ counters, clock });
    const first = lockout.attemptCode(who, wrong);
    const second = lockout.attemptCode(who, right);
    expect(await first).toMatchObject({ ran: true, verdict: 'failure' });
    firstOver();
    expect(await second).toMatchObject({ ran: false, reason: 'blocked' });
  });

  it('OTP-3: the default block is five minutes', async () => {
    const { lockout, clock } = setup();
    await lockout.attemptCode(who, wrong);
    clock.advance(5 * MIN - 1);
    expect((await lockout.attemptCode(who, right)).ran).toBe(false);
    clock.advance(1);
    expect((await lockout.attemptCode(who, right)).ran).toBe(true);
  });

  interface CodeStep {
    wait: number;
    verdict: 'success' | 'failure' | 'neutral';
  }
  test.prop(
    [
      fc.array(
        fc.record({
          wait: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 400_000 })),
          verdict: fc.constantFrom<CodeStep['verdict']>('success', 'failure', 'failure', 'neutral'),
        }),
        { minLength: 1, maxLength: 30 },
      ),
    ],
    { numRuns: 120 },
  )(
    'OTP-3, S-4: over any sequence a code attempt runs exactly when the policy allows — never sooner, never more per day',
    async (sequence) => {
      const { lockout, clock } = setup(small);
      let next = 0;
      let failuresToday = 0;
      const dayEnd = Date.UTC(2026, 0, 1, 21);
      for (const { wait, verdict } of sequence) {
        clock.advance(wait);
        const now = clock.now();
        if (now >= dayEnd) break;
        const r = await lockout.attemptCode(
          who,
          () => Promise.resolve(verdict),
          (v) => v,
        );
        const expectRun = failuresToday < small.code.maxFailuresPerDay && now >= next;
        expect(r.ran).toBe(expectRun);
        if (!r.ran)
          expect(r.reason).toBe(
            failuresToday >= small.code.maxFailuresPerDay ? 'capped' : 'blocked',
          );
        if (r.ran && verdict === 'failure') {
          failuresToday += 1;
          next = now + small.code.blockMs;
        }
        if (r.ran && verdict === 'success') next = 0;
      }
      expect(failuresToday).toBeLessThanOrEqual(small.code.maxFailuresPerDay);
    },
  );

  test.prop([fc.integer({ min: 2, max: 30 })], { numRuns: 10 })(
    'S-9: N parallel code attempts for one identifier run one at a time',
    async (n) => {
      const { lockout } = setup();
      let runs = 0;
      const results = await Promise.all(
        Array.from({ length: n }, () =>
          lockout.attemptCode(who, async () => {
            runs += 1;
            return false;
          }),
        ),
      );
      expect(runs).toBe(1);
      expect(results.filter((r) => !r.ran && r.reason === 'busy')).toHaveLength(n - 1);
    },
  );

  test.prop([fc.integer({ min: 1, max: 80 })], { numRuns: 10 })(
    'S-9: N parallel wrong codes from one IP across identifiers count N against the IP cap',
    async (n) => {
      const policy = {
        ...defaultLockoutPolicy,
        code: { ...defaultLockoutPolicy.code, maxFailuresPerIpPerDay: 20 },
      };
      const { lockout } = setup(policy);
      const results = await Promise.all(
        Array.from({ length: n }, (_, i) =>
          lockout.attemptCode(
            { identifier: `+7916000${String(i).padStart(4, '0')}`, ip: '10.6.6.6' },
            no,
          ),
        ),
      );
      expect(results.filter((r) => r.ran)).toHaveLength(Math.min(n, 20));
      const after = await lockout.attemptCode({ identifier: '+79990000000', ip: '10.6.6.6' }, yes);
      expect(after.ran).toBe(n < 20);
    },
  );

  it('neutral results (expired, used, not_found, wrong_session) count nothing', async () => {
    const { lockout } = setup();
    for (const outcome of ['expired', 'used', 'not_found', 'wrong_session', 'locked']) {
      expect(await lockout.attemptCode(who, () => Promise.resolve({ outcome }))).toMatchObject({
        ran: true,
        verdict: 'neutral',
      });
    }
    expect((await lockout.attemptCode(who, right)).ran).toBe(true);
  });

  it('S-7: password and code counters are separate', async () => {
    const { lockout, clock } = setup(small);
    for (let i = 0; i < 4; i++) {
      await lockout.attemptCode({ identifier: 'acc_1', ip: '10.0.0.1' }, no);
      clock.advance(5 * MIN);
    }
    expect((await lockout.attemptCode({ identifier: 'acc_1', ip: '10.0.0.1' }, yes)).ran).toBe(
      false,
    );
    expect(
      (await lockout.attemptPassword({ account: 'acc_1', ip: '10.0.0.1' }, yes)).outcome,
    ).toEqual({ kind: 'allowed' });
    for (let i = 0; i < 5; i++)
      await lockout.attemptPassword({ account: 'acc_2', ip: `10.0.1.${i}` }, no);
    expect((await lockout.accountStatus('acc_2')).locked).toBe(true);
    expect((await lockout.attemptCode({ identifier: 'acc_2', ip: '10.0.0.1' }, yes)).ran).toBe(
      true,
    );
  });

  it('ACC-8: support lifts the code block and the daily cap of the identifiers it names', async () => {
    const { lockout } = setup(small);
    await lockout.attemptCode(who, no);
    expect((await lockout.attemptCode(who, yes)).ran).toBe(false);
    await lockout.unlockBySupport({ account: 'acc_1', identifiers: [who.identifier] });
    expect((await lockout.attemptCode(who, yes)).ran).toBe(true);
  });

  it('a run that throws counts nothing and frees the slot', async () => {
    const { lockout } = setup();
    await expect(
      lockout.attemptCode(who, () => Promise.reject(new Error('store down'))),
    ).rejects.toThrow('store down');
    expect((await lockout.attemptCode(who, no)).ran).toBe(true);
  });
});
