// DESIGN-8, fail closed: when the counter store cannot answer (ERR_UNAVAILABLE from a Redis
// outage), no lockout decision is made. Every operation, on every path (wrong, right, delayed,
// locked, blocked, refused, allowed), rejects with the store's error whichever of its counter
// calls fails first — it never resolves with an outcome, least of all one that allows.
import { KabinetError } from '@kabinet/core';
import { createMemoryCounterStore } from '@kabinet/memory';
import type { CounterStore } from '@kabinet/ports';
import { describe, expect, it } from 'vitest';
import { defaultLockoutPolicy, type LockoutPolicy } from '../policy/lockout-policy.js';
import { createLockoutService, type LockoutService } from './create-lockout-service.js';
import { createFakeClock } from '@kabinet/core/testing';

const small: LockoutPolicy = {
  ...defaultLockoutPolicy,
  password: {
    ...defaultLockoutPolicy.password,
    freeFailures: 1,
    baseDelayMs: 1_000,
    maxConsecutiveFailures: 3,
  },
};

/**
 * A memory counter store whose call number `failAt` fails with ERR_UNAVAILABLE: only that call
 * (a single timeout — a swallowed error then goes unnoticed by later calls) or, with `lasting`,
 * every call from it on (an outage).
 */
function outage(
  inner: CounterStore,
): CounterStore & { calls: number; failAt: number; lasting: boolean } {
  const store = {
    calls: 0,
    failAt: Number.POSITIVE_INFINITY,
    lasting: false,
    gate(): void {
      store.calls += 1;
      if (store.calls === store.failAt || (store.lasting && store.calls > store.failAt))
        throw new KabinetError('ERR_UNAVAILABLE', 'counter store unavailable', {
          details: { retryAfterSeconds: 2 },
        });
    },
    increment: async (...args: Parameters<CounterStore['increment']>) => (
      store.gate(),
      inner.increment(...args)
    ),
    raiseTo: async (...args: Parameters<CounterStore['raiseTo']>) => (
      store.gate(),
      inner.raiseTo(...args)
    ),
    get: async (...args: Parameters<CounterStore['get']>) => (store.gate(), inner.get(...args)),
    reset: async (...args: Parameters<CounterStore['reset']>) => (
      store.gate(),
      inner.reset(...args)
    ),
  };
  return store;
}

const who = { account: 'acc_1', ip: '203.0.113.5' };
const yes = (): Promise<boolean> => Promise.resolve(true);
const no = (): Promise<boolean> => Promise.resolve(false);

/** Each case: state to build first (with the store up), the operation under test, and what it answers with the store up (the path it takes). */
const CASES: readonly (readonly [
  string,
  (l: LockoutService) => Promise<unknown>,
  (l: LockoutService) => Promise<unknown>,
  object,
])[] = [
  [
    'a wrong password',
    async () => undefined,
    (l) => l.attemptPassword(who, no),
    { outcome: { kind: 'wrong_password' } },
  ],
  [
    'a right password after failures (the reset path)',
    (l) => l.attemptPassword({ account: who.account, ip: '10.0.0.1' }, no),
    (l) => l.attemptPassword(who, yes),
    { outcome: { kind: 'allowed' } },
  ],
  [
    'a password while delayed',
    async (l) => Promise.all([l.attemptPassword(who, no), l.attemptPassword(who, no)]),
    (l) => l.attemptPassword(who, yes),
    { outcome: { kind: 'retry_later', reason: 'delayed' } },
  ],
  [
    'a password on a locked account',
    async (l) => {
      for (let i = 0; i < 3; i++)
        await l.attemptPassword({ account: who.account, ip: `10.0.0.${i}` }, no);
    },
    (l) => l.attemptPassword({ account: who.account, ip: '10.9.9.9' }, yes),
    { outcome: { kind: 'locked' } },
  ],
  [
    'a wrong code',
    async () => undefined,
    (l) =>
      l.attemptCode({ identifier: '+79161234567', ip: who.ip }, async () => ({ outcome: 'wrong' })),
    { ran: true, verdict: 'failure' },
  ],
  [
    'a right code',
    async () => undefined,
    (l) =>
      l.attemptCode({ identifier: '+79161234567', ip: who.ip }, async () => ({ outcome: 'ok' })),
    { ran: true, verdict: 'success' },
  ],
  [
    'a code while blocked',
    (l) =>
      l.attemptCode({ identifier: '+79161234567', ip: who.ip }, async () => ({ outcome: 'wrong' })),
    (l) =>
      l.attemptCode({ identifier: '+79161234567', ip: who.ip }, async () => ({ outcome: 'ok' })),
    { ran: false, reason: 'blocked' },
  ],
  [
    'an allowed send',
    async () => undefined,
    (l) => l.reserveSend({ channel: 'sms', destination: '+79161234567', ip: who.ip }),
    { allowed: true },
  ],
  [
    'a send in the cooldown',
    (l) => l.reserveSend({ channel: 'sms', destination: '+79161234567', ip: who.ip }),
    (l) => l.reserveSend({ channel: 'sms', destination: '+79161234567', ip: who.ip }),
    { allowed: false },
  ],
  [
    'a registry look-up',
    async () => undefined,
    (l) => l.reserveLookup({ subject: 'acc_1' }),
    { allowed: true },
  ],
  [
    'a support unlock',
    (l) => l.attemptPassword(who, no),
    (l) => l.unlockBySupport({ account: who.account, identifiers: ['+79161234567'] }),
    [{ type: 'lockout.unlocked', failures: 1 }],
  ],
  [
    'an account status',
    (l) => l.attemptPassword(who, no),
    (l) => l.accountStatus(who.account),
    { locked: false, failures: 1 },
  ],
];

function setup() {
  const clock = createFakeClock();
  const counters = outage(createMemoryCounterStore({ clock }));
  return { counters, lockout: createLockoutService({ counters, clock, policy: small }) };
}

describe('DESIGN-8: the lockout service fails closed when its counters cannot answer', () => {
  for (const [name, prepare, operate, answered] of CASES) {
    it(`DESIGN-8: ${name} rejects with ERR_UNAVAILABLE whichever counter call fails (alone or for good), never an outcome`, async () => {
      // A run with the store up tells how many counter calls the operation makes on this path.
      const probe = setup();
      await prepare(probe.lockout);
      const before = probe.counters.calls;
      expect(await operate(probe.lockout)).toMatchObject(answered);
      const calls = probe.counters.calls - before;
      expect(calls).toBeGreaterThan(0);
      for (const lasting of [false, true]) {
        for (let k = 1; k <= calls; k++) {
          const { counters, lockout } = setup();
          await prepare(lockout);
          counters.failAt = counters.calls + k;
          counters.lasting = lasting;
          const outcome = await operate(lockout).then(
            (value) => ({ resolved: value }),
            (error: unknown) => ({
              rejected: KabinetError.isInstance(error) ? error.code : String(error),
            }),
          );
          expect(
            outcome,
            `counter call ${k} of ${calls} failed${lasting ? ', and every call after it' : ' (only that one)'}`,
          ).toEqual({ rejected: 'ERR_UNAVAILABLE' });
        }
      }
    });
  }
});
