import { fc, test } from '@fast-check/vitest';
import {
  createMemoryCounterStore,
  createMemoryKeyProvider,
  createMemoryVersionedStore,
  createOutbox,
} from '@kabinet/memory';
import { createOtpService, type ChallengeRecord } from '@kabinet/otp';
import { describe, expect, it } from 'vitest';
import { accountLockFor } from '../decide/account-lock-for.js';
import { ipDelayMs } from '../decide/ip-delay-ms.js';
import { passwordDelayMs } from '../decide/password-delay-ms.js';
import type { PasswordOutcome } from '../decide/password-outcome.js';
import {
  defaultLockoutPolicy,
  supportLockoutPolicy,
  type LockoutPolicy,
} from '../policy/lockout-policy.js';
import { createLockoutService } from './create-lockout-service.js';
import { createFakeClock } from '@kabinet/core/testing';

const MIN = 60_000;

/** Small numbers so short property runs reach every limit. */
const small: LockoutPolicy = {
  ...defaultLockoutPolicy,
  code: { blockMs: 5 * MIN, maxFailuresPerDay: 4, maxFailuresPerIpPerDay: 100 },
  password: {
    ...defaultLockoutPolicy.password,
    freeFailures: 2,
    baseDelayMs: 1_000,
    delayFactor: 2,
    maxDelayMs: 8_000,
    ipFreeFailures: 4,
    lockAfterFailures: 5,
    lockMs: 10_000,
    lockFactor: 2,
    maxLockMs: 40_000,
    maxConsecutiveFailures: 20,
    maxFailuresPerIpPerDay: 7,
  },
};

/** The first lock is the cap: a locked account stays locked (for the S-8 comparison). */
const capAt5: LockoutPolicy = {
  ...small,
  password: { ...small.password, maxConsecutiveFailures: 5 },
};

function setup(policy: LockoutPolicy = defaultLockoutPolicy) {
  const clock = createFakeClock();
  const counters = createMemoryCounterStore({ clock });
  return { clock, counters, lockout: createLockoutService({ counters, clock, policy }) };
}

const yes = (): Promise<boolean> => Promise.resolve(true);
/** An outcome as the client sees it: `locked` and `wrong_password` are one answer (S-8). */
const asSeen = (o: PasswordOutcome): PasswordOutcome =>
  o.kind === 'locked' ? { ...o, kind: 'wrong_password' } : o;
const no = (): Promise<boolean> => Promise.resolve(false);

describe('createLockoutService — passwords', () => {
  it('OTP-5, S-7: free failures, then a delay per account+IP that ends exactly when the policy says', async () => {
    const { lockout, clock } = setup();
    const who = { account: 'anna@example.org', ip: '203.0.113.5' };
    for (let i = 1; i <= 4; i++)
      expect(await lockout.attemptPassword(who, no)).toMatchObject({
        outcome: { kind: 'wrong_password' },
        checked: true,
      });
    const fifth = await lockout.attemptPassword(who, no);
    expect(fifth).toMatchObject({
      outcome: { kind: 'wrong_password', retryAfterMs: 30_000 },
    });
    clock.advance(29_999);
    expect(await lockout.attemptPassword(who, yes)).toMatchObject({
      outcome: { kind: 'retry_later', reason: 'delayed', retryAfterMs: 1 },
      checked: false,
    });
    // Another IP is not delayed by this pair (the victim is not locked out from elsewhere).
    expect((await lockout.attemptPassword({ ...who, ip: '198.51.100.7' }, no)).outcome.kind).toBe(
      'wrong_password',
    );
    clock.advance(1);
    expect((await lockout.attemptPassword(who, no)).outcome).toEqual({
      kind: 'wrong_password',
      retryAfterMs: 60_000,
    });
  });

  it('S-7: an IP spraying across accounts gets its own progressive delay after ipFreeFailures, ending exactly when the policy says', async () => {
    const { lockout, clock } = setup(small);
    const ip = '10.6.6.6';
    for (let i = 0; i < 3; i++)
      expect(await lockout.attemptPassword({ account: `acc_${i}`, ip }, no)).toMatchObject({
        outcome: { kind: 'wrong_password' },
        checked: true,
      });
    expect(await lockout.attemptPassword({ account: 'acc_3', ip }, no)).toMatchObject({
      outcome: { kind: 'wrong_password', retryAfterMs: 1_000 },
    });
    clock.advance(999);
    expect(await lockout.attemptPassword({ account: 'acc_9', ip }, yes)).toMatchObject({
      outcome: { kind: 'retry_later', reason: 'ip_delayed', retryAfterMs: 1 },
      checked: false,
    });
    // Other addresses are not held by it.
    expect(
      (await lockout.attemptPassword({ account: 'acc_9', ip: '10.7.7.7' }, yes)).outcome,
    ).toEqual({ kind: 'allowed' });
    clock.advance(1);
    expect(await lockout.attemptPassword({ account: 'acc_4', ip }, no)).toMatchObject({
      outcome: { kind: 'wrong_password', retryAfterMs: 2_000 },
    });
  });

  it('OTP-5, S-7: every lockAfterFailures failures lock the account for a while, each lock longer up to maxLockMs; at the hard cap no more passwords are checked', async () => {
    const { lockout, clock } = setup(small);
    const pw = small.password;
    let checks = 0;
    let n = 0;
    const durations: number[] = [];
    const kinds: string[] = [];
    // An attacker with endless addresses, who waits out every lock at once.
    for (let step = 0; step < 200; step++) {
      const r = await lockout.attemptPassword(
        { account: 'acc_1', ip: `10.1.${n >> 8}.${n++ & 255}` },
        async () => {
          checks += 1;
          return false;
        },
      );
      for (const e of r.events) {
        if (e.type !== 'lockout.locked') continue;
        kinds.push(e.kind);
        if (e.until !== null) durations.push(e.until - e.at);
      }
      const status = await lockout.accountStatus('acc_1');
      if (status.locked && typeof status.until === 'number') clock.set(status.until);
      else if (status.locked) clock.advance(24 * 3_600_000);
    }
    expect(durations).toEqual([10_000, 20_000, 40_000]);
    expect(kinds).toEqual(['temporary', 'temporary', 'temporary', 'capped']);
    expect(checks).toBe(pw.maxConsecutiveFailures);
    expect(await lockout.accountStatus('acc_1')).toEqual({
      locked: true,
      until: 'unlock',
      failures: pw.maxConsecutiveFailures,
      locksInRow: 4,
    });
  });

  it('OTP-5, S-7: a temporary lock ends exactly after lockMs and the end is journaled as unlocked by time', async () => {
    const { lockout, clock } = setup(small);
    for (let i = 0; i < 5; i++)
      await lockout.attemptPassword({ account: 'acc_1', ip: `10.0.0.${i}` }, no);
    expect(await lockout.accountStatus('acc_1')).toMatchObject({
      locked: true,
      until: clock.now() + small.password.lockMs!,
      failures: 5,
    });
    clock.advance(small.password.lockMs! - 1);
    expect(
      (await lockout.attemptPassword({ account: 'acc_1', ip: '10.1.0.0' }, yes)).outcome.kind,
    ).toBe('locked');
    clock.advance(1);
    const r = await lockout.attemptPassword({ account: 'acc_1', ip: '10.1.0.1' }, yes);
    expect(r.outcome).toEqual({ kind: 'allowed' });
    expect(r.events[0]).toEqual({
      type: 'lockout.unlocked',
      key: 'acc_1',
      at: clock.now(),
      by: 'time',
    });
  });

  it('OTP-5, ACC-8: supportLockoutPolicy locks until support unlocks it, trusted addresses included; a locked account answers like a wrong password', async () => {
    const { lockout } = setup(supportLockoutPolicy);
    const account = 'acc_1';
    expect((await lockout.attemptPassword({ account, ip: '192.0.2.10' }, yes)).outcome).toEqual({
      kind: 'allowed',
    });
    let locked;
    for (let i = 0; i < 10; i++) {
      const r = await lockout.attemptPassword({ account, ip: `10.0.0.${i}` }, no);
      expect(r.outcome.kind).toBe('wrong_password');
      if (i === 9) locked = r.events;
    }
    expect(locked).toEqual([
      {
        type: 'lockout.locked',
        key: account,
        at: expect.any(Number),
        until: null,
        failures: 10,
        kind: 'support',
        lockNumber: 1,
      },
    ]);
    expect(await lockout.accountStatus(account)).toEqual({
      locked: true,
      until: 'support',
      failures: 10,
      locksInRow: 1,
    });
    let checked = false;
    const right = await lockout.attemptPassword({ account, ip: '10.0.1.1' }, async () => {
      checked = true;
      return true;
    });
    expect(checked).toBe(false);
    expect(right).toMatchObject({
      outcome: { kind: 'locked' },
      checked: false,
      events: [],
    });
    expect((await lockout.attemptPassword({ account, ip: '192.0.2.10' }, yes)).outcome.kind).toBe(
      'locked',
    );
    await expect(lockout.unlockByOwner({ account, ip: '192.0.2.10' })).rejects.toMatchObject({
      code: 'ERR_INVALID_STATE',
    });
    const events = await lockout.unlockBySupport({ account, operator: 'op_7' });
    expect(events).toEqual([
      {
        type: 'lockout.unlocked',
        key: account,
        at: expect.any(Number),
        by: 'support',
        failures: 10,
        wasLocked: true,
        operator: 'op_7',
      },
    ]);
    expect((await lockout.attemptPassword({ account, ip: '10.0.1.1' }, yes)).outcome).toEqual({
      kind: 'allowed',
    });
  });

  it('S-8: while locked the equaliser runs in place of the check', async () => {
    const { lockout } = setup(small);
    for (let i = 0; i < 5; i++)
      await lockout.attemptPassword({ account: 'acc_1', ip: `10.0.0.${i}` }, no);
    let equalised = 0;
    const r = await lockout.attemptPassword({ account: 'acc_1', ip: '10.9.9.9' }, yes, {
      equalize: async () => void equalised++,
    });
    expect(r.outcome.kind).toBe('locked');
    expect(equalised).toBe(1);
  });

  it('S-7: an address the owner logged in from is not held by the account lock or the cap; freeFailures failures from it end that', async () => {
    const { lockout } = setup(small);
    const home = { account: 'acc_1', ip: '192.0.2.10' };
    expect(await lockout.attemptPassword(home, yes)).toMatchObject({
      outcome: { kind: 'allowed' },
      trusted: false,
    });
    for (let i = 0; i < 5; i++)
      await lockout.attemptPassword({ account: 'acc_1', ip: `10.0.0.${i}` }, no);
    expect((await lockout.accountStatus('acc_1')).locked).toBe(true);
    expect(await lockout.attemptPassword(home, yes)).toMatchObject({
      outcome: { kind: 'allowed' },
      trusted: true,
      checked: true,
    });
    // The owner's login cleared the lock too; lock it again and mistype twice at home.
    for (let i = 0; i < 5; i++)
      await lockout.attemptPassword({ account: 'acc_1', ip: `10.0.1.${i}` }, no);
    expect(await lockout.attemptPassword(home, no)).toMatchObject({
      outcome: { kind: 'wrong_password' },
      trusted: true,
    });
    expect(await lockout.attemptPassword(home, no)).toMatchObject({
      outcome: { kind: 'wrong_password' },
      trusted: true,
    });
    expect(await lockout.attemptPassword(home, yes)).toMatchObject({
      outcome: { kind: 'retry_later', reason: 'delayed' },
    });
  });

  it('S-7: the owner unlocks with a code from a new address: the lock, the count and the series go, and that address is trusted', async () => {
    const { lockout, clock } = setup(small);
    for (let round = 0; round < 4; round++) {
      for (let i = 0; i < 5; i++)
        await lockout.attemptPassword({ account: 'acc_1', ip: `10.${round}.0.${i}` }, no);
      const status = await lockout.accountStatus('acc_1');
      if (typeof status.until === 'number') clock.set(status.until);
    }
    expect(await lockout.accountStatus('acc_1')).toMatchObject({
      locked: true,
      until: 'unlock',
      failures: 20,
    });
    const travel = { account: 'acc_1', ip: '198.51.100.50' };
    expect((await lockout.attemptPassword(travel, yes)).outcome.kind).toBe('locked');
    expect(await lockout.unlockByOwner(travel)).toEqual([
      {
        type: 'lockout.unlocked',
        key: 'acc_1',
        at: clock.now(),
        by: 'owner',
        failures: 20,
        wasLocked: true,
      },
    ]);
    expect(await lockout.accountStatus('acc_1')).toEqual({
      locked: false,
      failures: 0,
      locksInRow: 0,
    });
    // The attacker starts again at once and locks it; the owner, at the address they unlocked from, is not held.
    for (let i = 0; i < 5; i++)
      await lockout.attemptPassword({ account: 'acc_1', ip: `10.9.0.${i}` }, no);
    expect((await lockout.accountStatus('acc_1')).locked).toBe(true);
    expect(await lockout.attemptPassword(travel, yes)).toMatchObject({
      outcome: { kind: 'allowed' },
      trusted: true,
    });
  });

  it('S-7: a successful login clears the failures (journaled as unlocked by login) when the policy says so', async () => {
    const { lockout } = setup(small);
    for (let i = 0; i < 3; i++)
      await lockout.attemptPassword({ account: 'acc_1', ip: `10.0.0.${i}` }, no);
    const ok = await lockout.attemptPassword({ account: 'acc_1', ip: '10.0.0.9' }, yes);
    expect(ok.events).toEqual([
      { type: 'lockout.unlocked', key: 'acc_1', at: expect.any(Number), by: 'login', failures: 3 },
    ]);
    expect(ok.priorFailures).toBe(3);
    expect((await lockout.accountStatus('acc_1')).failures).toBe(0);
    expect(
      (await lockout.attemptPassword({ account: 'acc_1', ip: '10.0.0.9' }, yes)).events,
    ).toEqual([]);

    const keep = setup({
      ...small,
      password: { ...small.password, successResetsAccount: false },
    }).lockout;
    for (let i = 0; i < 3; i++)
      await keep.attemptPassword({ account: 'acc_1', ip: `10.0.0.${i}` }, no);
    await keep.attemptPassword({ account: 'acc_1', ip: '10.0.0.9' }, yes);
    expect((await keep.accountStatus('acc_1')).failures).toBe(3);
  });

  it('S-7: the per-IP daily cap stops spraying across accounts until the local day ends', async () => {
    const policy = { ...small, password: { ...small.password, ipFreeFailures: 50 } };
    const { lockout, clock } = setup(policy);
    for (let i = 0; i < 7; i++)
      expect(
        (await lockout.attemptPassword({ account: `acc_${i}`, ip: '10.6.6.6' }, no)).outcome,
      ).toMatchObject({ kind: 'wrong_password' });
    const capped = await lockout.attemptPassword({ account: 'acc_x', ip: '10.6.6.6' }, yes);
    const midnightMsk = Date.UTC(2026, 0, 1, 21);
    expect(capped).toMatchObject({
      outcome: {
        kind: 'retry_later',
        reason: 'ip_capped',
        retryAfterMs: midnightMsk - clock.now(),
      },
    });
    // Successes do not use the cap.
    const fresh = setup(policy).lockout;
    for (let i = 0; i < 20; i++)
      expect(
        (await fresh.attemptPassword({ account: `acc_${i}`, ip: '10.6.6.6' }, yes)).outcome,
      ).toEqual({ kind: 'allowed' });
    clock.set(midnightMsk);
    expect(
      (await lockout.attemptPassword({ account: 'acc_x', ip: '10.6.6.6' }, yes)).outcome,
    ).toEqual({ kind: 'allowed' });
  });

  test.prop(
    [
      fc.array(
        fc.record({
          // The attacker knows the lock state (the worst case): mostly it waits each lock out at once.
          patient: fc.integer({ min: 0, max: 9 }).map((n) => n > 0),
          wait: fc.oneof(
            fc.constant(0),
            fc.integer({ min: 0, max: 5 * MIN }),
            fc.constant(3_600_000),
          ),
          ip: fc.integer({ min: 0, max: 2_000 }),
        }),
        { minLength: 120, maxLength: 300 },
      ),
      fc.array(fc.integer({ min: 0, max: 299 }), { maxLength: 4 }),
    ],
    { numRuns: 25 },
  )(
    'S-7, S-8: an attacker who knows only the login gets at most maxConsecutiveFailures checks, and cannot keep the owner out longer than the temporary lock (real portal numbers)',
    async (attack, ownerAt) => {
      const policy = defaultLockoutPolicy;
      const { lockout, clock } = setup(policy);
      const home = { account: 'acc_1', ip: '192.0.2.10' };
      expect((await lockout.attemptPassword(home, yes)).outcome).toEqual({ kind: 'allowed' });
      const owner = new Set(ownerAt);
      let attackerChecks = 0;
      for (const [step, { patient, wait, ip }] of attack.entries()) {
        clock.advance(wait);
        const status = await lockout.accountStatus('acc_1');
        if (patient && status.locked && typeof status.until === 'number') clock.set(status.until);
        const r = await lockout.attemptPassword(
          { account: 'acc_1', ip: `10.${ip >> 8}.${ip & 255}.1` },
          async () => {
            attackerChecks += 1;
            return false;
          },
        );
        expect(r.outcome.kind).not.toBe('allowed');
        // The cap holds: no sequence of addresses and waits gets more guesses.
        expect(attackerChecks).toBeLessThanOrEqual(policy.password.maxConsecutiveFailures);
        if (owner.has(step)) {
          // The owner, from the address they logged in from, is never held by the attack.
          expect(await lockout.attemptPassword(home, yes)).toMatchObject({
            outcome: { kind: 'allowed' },
            checked: true,
          });
          attackerChecks = 0;
        }
      }
      // The owner from a new address: held at most the longest temporary lock, or unlocks at once with a code.
      const travel = { account: 'acc_1', ip: '198.51.100.50' };
      const status = await lockout.accountStatus('acc_1');
      if (status.locked && typeof status.until === 'number') {
        expect(status.until - clock.now()).toBeLessThanOrEqual(policy.password.maxLockMs);
        clock.set(status.until);
      } else if (status.locked) {
        expect(status.until).toBe('unlock');
        await lockout.unlockByOwner(travel);
      }
      expect((await lockout.attemptPassword(travel, yes)).outcome).toEqual({ kind: 'allowed' });
    },
  );

  interface Step {
    wait: number;
    ip: number;
    right: boolean;
  }
  const stepsArb = fc.array(
    fc.record({
      wait: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 12_000 })),
      ip: fc.integer({ min: 0, max: 3 }),
      right: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
    }),
    { minLength: 1, maxLength: 60, size: 'max' },
  );

  test.prop([stepsArb], { numRuns: 150 })(
    'OTP-5, S-7, S-8: over any sequence, every attempt is allowed or refused exactly as the policy model says — no sequence gets more tries',
    async (sequence: Step[]) => {
      const policy = { ...small, password: { ...small.password, maxFailuresPerIpPerDay: 12 } };
      const pw = policy.password;
      const { lockout, clock } = setup(policy);
      // The model: per pair (failures, next, trusted), per IP (failures, next, today), the account's batch, locks in a row and lock.
      const pair = new Map<number, { failures: number; next: number; trusted: boolean }>();
      const ipState = new Map<number, { failures: number; next: number; today: number }>();
      let batch = 0;
      let series = 0;
      let lock: number | 'cap' | undefined;
      const allowance = (): number =>
        Math.max(
          0,
          Math.min(pw.lockAfterFailures, pw.maxConsecutiveFailures - series * pw.lockAfterFailures),
        );
      const applyLock = (now: number): void => {
        series += 1;
        const l = accountLockFor(series, policy);
        lock = l.kind === 'temporary' ? now + l.ms : 'cap';
      };
      for (const { wait, ip, right } of sequence) {
        clock.advance(wait);
        const now = clock.now();
        if (typeof lock === 'number' && lock <= now) {
          lock = undefined;
          batch = 0;
        }
        const p = pair.get(ip) ?? { failures: 0, next: 0, trusted: false };
        const a = ipState.get(ip) ?? { failures: 0, next: 0, today: 0 };
        const trusted = p.trusted;
        let checked = false;
        const r = await lockout.attemptPassword(
          { account: 'acc_1', ip: `10.0.0.${ip}` },
          async () => {
            checked = true;
            return right;
          },
        );
        const fail = (): number => {
          p.failures += 1;
          a.failures += 1;
          a.today += 1;
          const pd = passwordDelayMs(p.failures, policy);
          const id = ipDelayMs(a.failures, policy);
          if (pd > 0) p.next = Math.max(p.next, now + pd);
          if (id > 0) a.next = Math.max(a.next, now + id);
          if (p.trusted && p.failures >= pw.freeFailures) p.trusted = false;
          return Math.max(pd, id);
        };
        if (a.today >= pw.maxFailuresPerIpPerDay)
          expect(r.outcome).toMatchObject({ kind: 'retry_later', reason: 'ip_capped' });
        else if (now < a.next)
          expect(r).toMatchObject({
            outcome: { kind: 'retry_later', reason: 'ip_delayed', retryAfterMs: a.next - now },
          });
        else if (now < p.next)
          expect(r).toMatchObject({
            outcome: { kind: 'retry_later', reason: 'delayed', retryAfterMs: p.next - now },
          });
        else if (!trusted && (lock !== undefined || batch >= allowance())) {
          if (lock === undefined) applyLock(now);
          const delay = fail();
          expect(r.outcome).toEqual({
            kind: 'locked',
            ...(delay > 0 ? { retryAfterMs: delay } : {}),
          });
        } else if (right) {
          expect(r.outcome).toEqual({ kind: 'allowed' });
          Object.assign(p, { failures: 0, next: 0, trusted: true });
          batch = 0;
          series = 0;
          lock = undefined;
        } else {
          const delay = fail();
          expect(r.outcome).toEqual({
            kind: 'wrong_password',
            ...(delay > 0 ? { retryAfterMs: delay } : {}),
          });
          // An untrusted failure counts for the account; a trusted one only wears the trust down.
          if (!trusted) {
            batch += 1;
            if (batch >= allowance()) applyLock(now);
          }
        }
        pair.set(ip, p);
        ipState.set(ip, a);
        expect(checked).toBe(r.checked);
        expect(r.trusted).toBe(trusted);
        const status = await lockout.accountStatus('acc_1');
        expect(status.locksInRow).toBe(series);
        expect(status.locked).toBe(lock === 'cap' || (typeof lock === 'number' && lock > now));
      }
      // Never more consecutive untrusted wrong checks than the cap.
      expect(series * pw.lockAfterFailures + batch).toBeLessThanOrEqual(
        pw.maxConsecutiveFailures + pw.lockAfterFailures,
      );
    },
  );

  test.prop(
    [
      fc.array(
        fc.record({ wait: fc.integer({ min: 0, max: 5_000 }), rightInLockedWorld: fc.boolean() }),
        { minLength: 1, maxLength: 25 },
      ),
    ],
    { numRuns: 80 },
  )(
    'S-8: an attacker sees exactly the same answers whether the account is locked or the password is just wrong',
    async (sequence) => {
      const locked = setup(capAt5);
      const open = setup(capAt5);
      // Lock one world's account from other IPs.
      for (let i = 0; i < 5; i++)
        await locked.lockout.attemptPassword({ account: 'acc_1', ip: `10.9.0.${i}` }, no);
      expect((await locked.lockout.accountStatus('acc_1')).locked).toBe(true);
      for (const { wait, rightInLockedWorld } of sequence) {
        locked.clock.advance(wait);
        open.clock.advance(wait);
        const a = await locked.lockout.attemptPassword({ account: 'acc_1', ip: '192.0.2.1' }, () =>
          Promise.resolve(rightInLockedWorld),
        );
        const b = await open.lockout.attemptPassword({ account: 'acc_1', ip: '192.0.2.1' }, no);
        // `locked` is answered as `wrong_password` (S-8): compare them as the client sees them.
        expect(asSeen(a.outcome)).toEqual(asSeen(b.outcome));
        expect(a.outcome.kind).not.toBe('allowed');
        // The open world may lock itself by now; from then on both are locked and still agree.
      }
    },
  );

  test.prop([fc.integer({ min: 1, max: 10 })], { numRuns: 10 })(
    'S-9: N parallel wrong passwords from N IPs count N',
    async (n) => {
      const { lockout } = setup();
      const results = await Promise.all(
        Array.from({ length: n }, (_, i) =>
          lockout.attemptPassword({ account: 'acc_1', ip: `10.0.0.${i}` }, no),
        ),
      );
      expect(results.every((r) => r.outcome.kind === 'wrong_password')).toBe(true);
      expect((await lockout.accountStatus('acc_1')).failures).toBe(n);
    },
  );

  test.prop([fc.integer({ min: 11, max: 60 })], { numRuns: 10 })(
    'S-9, OTP-5: a parallel burst never gets more checks than the batch before the lock, and locks once',
    async (n) => {
      const { lockout } = setup();
      let checks = 0;
      const results = await Promise.all(
        Array.from({ length: n }, (_, i) =>
          lockout.attemptPassword(
            { account: 'acc_1', ip: `10.0.${i >> 8}.${i & 255}` },
            async () => {
              checks += 1;
              return false;
            },
          ),
        ),
      );
      expect(checks).toBe(10);
      expect(results.filter((r) => r.outcome.kind === 'locked')).toHaveLength(n - 10);
      expect(
        results.flatMap((r) => r.events).filter((e) => e.type === 'lockout.locked'),
      ).toHaveLength(1);
      expect(await lockout.accountStatus('acc_1')).toMatchObject({
        locked: true,
        failures: 10,
        locksInRow: 1,
      });
    },
  );

  test.prop([fc.integer({ min: 2, max: 30 })], { numRuns: 10 })(
    'S-9: parallel attempts from one account+IP run one at a time',
    async (n) => {
      const { lockout } = setup();
      const results = await Promise.all(
        Array.from({ length: n }, () =>
          lockout.attemptPassword({ account: 'acc_1', ip: '10.0.0.1' }, no),
        ),
      );
      expect(results.filter((r) => r.checked)).toHaveLength(1);
      expect(
        results.filter((r) => r.outcome.kind === 'retry_later' && r.outcome.reason === 'busy'),
      ).toHaveLength(n - 1);
      expect((await lockout.accountStatus('acc_1')).failures).toBe(1);
      // The slot is free again.
      expect(
        (await lockout.attemptPassword({ account: 'acc_1', ip: '10.0.0.1' }, no)).checked,
      ).toBe(true);
    },
  );

  it('S-9: a burst from one IP across accounts stops at the IP cap', async () => {
    const { lockout } = setup({ ...small, password: { ...small.password, ipFreeFailures: 50 } });
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        lockout.attemptPassword({ account: `acc_${i}`, ip: '10.6.6.6' }, no),
      ),
    );
    expect(results.filter((r) => r.checked)).toHaveLength(7);
  });

  it('a check that throws counts nothing and frees the slot', async () => {
    const { lockout, counters } = setup();
    await expect(
      lockout.attemptPassword({ account: 'acc_1', ip: '10.0.0.1' }, () =>
        Promise.reject(new Error('db down')),
      ),
    ).rejects.toThrow('db down');
    expect(await lockout.accountStatus('acc_1')).toMatchObject({ failures: 0 });
    expect(counters.size).toBeGreaterThanOrEqual(0);
    expect(
      (await lockout.attemptPassword({ account: 'acc_1', ip: '10.0.0.1' }, yes)).outcome,
    ).toEqual({ kind: 'allowed' });
  });

  it('refuses non-string keys as misuse; empty and very long keys work', async () => {
    const { lockout } = setup();
    await expect(
      lockout.attemptPassword({ account: 42 as never, ip: '1' }, yes),
    ).rejects.toMatchObject({ code: 'ERR_INVALID_ARGUMENT' });
    expect((await lockout.attemptPassword({ account: '', ip: '' }, yes)).outcome).toEqual({
      kind: 'allowed',
    });
    const long = 'x'.repeat(10_000);
    expect((await lockout.attemptPassword({ account: long, ip: long }, no)).outcome.kind).toBe(
      'wrong_password',
    );
    expect((await lockout.accountStatus(long)).failures).toBe(1);
  });
});

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

describe('createLockoutService — sends and look-ups', () => {
  const phone = { channel: 'sms' as const, destination: '+79161234567', ip: '203.0.113.5' };

  test.prop([fc.integer({ min: 1, max: 10 * MIN })], { numRuns: 30 })(
    'S-5: a resend waits exactly for the cooldown',
    async (cooldownMs) => {
      const { lockout, clock } = setup({
        ...defaultLockoutPolicy,
        send: { ...defaultLockoutPolicy.send, cooldownMs },
      });
      expect(await lockout.reserveSend(phone)).toEqual({
        allowed: true,
        nextSendAt: clock.now() + cooldownMs,
        remainingToday: 4,
      });
      clock.advance(cooldownMs - 1);
      expect(await lockout.reserveSend(phone)).toEqual({
        allowed: false,
        reason: 'cooldown',
        retryAfterMs: 1,
      });
      clock.advance(1);
      expect(await lockout.reserveSend(phone)).toMatchObject({ allowed: true, remainingToday: 3 });
    },
  );

  it('S-5: daily caps per phone and e-mail; refused sends use no quota; the day resets them', async () => {
    const { lockout, clock } = setup();
    for (let i = 0; i < 5; i++) {
      expect((await lockout.reserveSend(phone)).allowed).toBe(true);
      expect((await lockout.reserveSend(phone)).allowed).toBe(false);
      clock.advance(MIN);
    }
    expect(await lockout.reserveSend(phone)).toMatchObject({ allowed: false, reason: 'capped' });
    const mail = { channel: 'email' as const, destination: 'anna@example.org', ip: '203.0.113.9' };
    for (let i = 0; i < 10; i++) {
      expect((await lockout.reserveSend(mail)).allowed).toBe(true);
      clock.advance(MIN);
    }
    expect((await lockout.reserveSend(mail)).allowed).toBe(false);
    clock.set(Date.UTC(2026, 0, 1, 21));
    expect((await lockout.reserveSend(phone)).allowed).toBe(true);
  });

  it('S-4, S-5: limits follow the destination, not the flow or the IP', async () => {
    const { lockout } = setup();
    expect((await lockout.reserveSend(phone)).allowed).toBe(true);
    expect(await lockout.reserveSend({ ...phone, ip: '198.51.100.1' })).toMatchObject({
      allowed: false,
      reason: 'cooldown',
    });
  });

  it('S-5: the per-IP daily cap', async () => {
    const { lockout } = setup();
    for (let i = 0; i < 20; i++)
      expect(
        (
          await lockout.reserveSend({
            ...phone,
            destination: `+7916000${String(i).padStart(4, '0')}`,
          })
        ).allowed,
      ).toBe(true);
    expect(await lockout.reserveSend({ ...phone, destination: '+79990000000' })).toMatchObject({
      allowed: false,
      reason: 'ip_capped',
    });
  });

  test.prop([fc.integer({ min: 2, max: 40 })], { numRuns: 10 })(
    'S-9: N parallel sends to one destination: exactly one goes',
    async (n) => {
      const { lockout } = setup();
      const results = await Promise.all(
        Array.from({ length: n }, () => lockout.reserveSend(phone)),
      );
      expect(results.filter((r) => r.allowed)).toHaveLength(1);
    },
  );

  test.prop([fc.integer({ min: 1, max: 50 })], { numRuns: 10 })(
    'S-9: N parallel sends from one IP: exactly min(N, cap) go',
    async (n) => {
      const { lockout } = setup();
      const results = await Promise.all(
        Array.from({ length: n }, (_, i) =>
          lockout.reserveSend({ ...phone, destination: `+7916000${String(i).padStart(4, '0')}` }),
        ),
      );
      expect(results.filter((r) => r.allowed)).toHaveLength(Math.min(n, 20));
    },
  );

  it('rejects an unknown channel as misuse', async () => {
    const { lockout } = setup();
    await expect(lockout.reserveSend({ ...phone, channel: 'fax' as never })).rejects.toMatchObject({
      code: 'ERR_INVALID_ARGUMENT',
    });
  });

  it('OTP-7: registry look-ups are capped per day and deferred to the next local day', async () => {
    const { lockout, clock } = setup();
    for (let i = 0; i < 5; i++)
      expect(await lockout.reserveLookup({ subject: 'acc_1' })).toEqual({
        allowed: true,
        remainingToday: 4 - i,
      });
    const midnight = Date.UTC(2026, 0, 1, 21);
    expect(await lockout.reserveLookup({ subject: 'acc_1' })).toEqual({
      allowed: false,
      outcome: 'deferred',
      reason: 'subject_capped',
      retryAt: midnight,
      retryAfterMs: midnight - clock.now(),
    });
    expect((await lockout.reserveLookup({ subject: 'acc_2' })).allowed).toBe(true);
    clock.set(midnight);
    expect((await lockout.reserveLookup({ subject: 'acc_1' })).allowed).toBe(true);
  });

  test.prop([fc.integer({ min: 1, max: 40 })], { numRuns: 10 })(
    'OTP-7, S-9: parallel look-ups never exceed the subject and deployment caps',
    async (n) => {
      const { lockout } = setup({
        ...defaultLockoutPolicy,
        lookup: { maxPerSubjectPerDay: 5, maxTotalPerDay: 12 },
      });
      const results = await Promise.all(
        Array.from({ length: n }, (_, i) => lockout.reserveLookup({ subject: `acc_${i % 3}` })),
      );
      const allowed = results.filter((r) => r.allowed).length;
      expect(allowed).toBe(
        Math.min(
          n,
          12,
          [0, 1, 2].reduce((sum, s) => sum + Math.min(5, Math.ceil((n - s) / 3)), 0),
        ),
      );
    },
  );
});

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
