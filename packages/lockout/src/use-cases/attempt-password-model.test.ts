import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { accountLockFor } from '../decide/account-lock-for.js';
import { ipDelayMs } from '../decide/ip-delay-ms.js';
import { passwordDelayMs } from '../decide/password-delay-ms.js';
import { defaultLockoutPolicy } from '../policy/lockout-policy.js';
import { MIN, setup, small, yes } from '../../test/lockout-fixtures.js';

describe('createLockoutService — passwords', () => {
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
});
