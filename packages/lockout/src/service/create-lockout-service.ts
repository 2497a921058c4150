import { createHash } from 'node:crypto';
import { KabinetError, type Clock } from '@kabinet/core';
import type { CounterState, CounterStore } from '@kabinet/ports';
import { lockoutKeys } from '../_lib/keys.js';
import { decideCodeAttempt } from '../decide/decide-code-attempt.js';
import { decideLookup, type LookupDecision } from '../decide/decide-lookup.js';
import { accountLockFor } from '../decide/account-lock-for.js';
import {
  decidePasswordAttempt,
  LOCKED_UNTIL_SUPPORT,
  LOCKED_UNTIL_UNLOCK,
} from '../decide/decide-password-attempt.js';
import { failuresBeforeLock } from '../decide/failures-before-lock.js';
import { ipDelayMs } from '../decide/ip-delay-ms.js';
import { decideSend, type SendDecision } from '../decide/decide-send.js';
import { dayWindow } from '../decide/day-window.js';
import { passwordDelayMs } from '../decide/password-delay-ms.js';
import { defineLockoutPolicy } from '../policy/define-lockout-policy.js';
import { defaultLockoutPolicy, type LockoutPolicy } from '../policy/lockout-policy.js';
import { judgeAttempt, type Verdict } from './judge-attempt.js';
import type { LockoutEvent } from './lockout-event.js';
import type { PasswordOutcome } from '../decide/password-outcome.js';

/** What {@link createLockoutService} needs. */
export interface LockoutServiceDeps {
  /** Atomic counters (`@kabinet/memory`'s `createMemoryCounterStore`, Redis, Postgres, …) shared by every instance. */
  readonly counters: CounterStore;
  /** The source of time for windows, delays and locks. */
  readonly clock: Clock;
  /** Default {@link defaultLockoutPolicy}. */
  readonly policy?: LockoutPolicy;
  /** Prefix of every counter key (default `lk`), to share a store with other users. */
  readonly keyPrefix?: string;
}

/** Who is trying a password: the account key and the client IP. */
export interface PasswordAttemptInput {
  /**
   * The account key: the normalized login identifier as typed (so unknown accounts behave
   * exactly like existing ones, S-8), or an account id / blind index.
   */
  readonly account: string;
  /** The client IP as resolved by the HTTP layer (behind a proxy: the trusted forwarded address). */
  readonly ip: string;
}

/** Options of {@link LockoutService.attemptPassword}. */
export interface PasswordAttemptOptions {
  /**
   * Runs instead of the check when the account is locked, so the answer takes as long as a
   * real check (S-8 "comparable time"): e.g. `() => hasher.verify(dummyHash, password)`.
   */
  readonly equalize?: () => Promise<unknown>;
}

/**
 * The result of a password attempt. Its `outcome` is the one vocabulary from here to the public
 * answer: translate it once (a wrong password and a locked account get the same answer and the
 * same `retryAfterMs` rule, S-8); `retry_later`'s reason and the rest are for logs and the journal.
 */
export interface PasswordAttemptResult {
  /**
   * How the attempt ended. `retryAfterMs` of `wrong_password` and `locked` is the pair's or the
   * IP's own progressive delay once it has started; it never depends on the lock.
   */
  readonly outcome: PasswordOutcome;
  /** Whether `check` ran. */
  readonly checked: boolean;
  /** Whether the account+IP pair was trusted (the owner logged in or unlocked from it), so the account's timed lock and cap did not hold it. */
  readonly trusted?: boolean;
  /** The account's consecutive failures before this attempt (after a success: the failures it cleared). */
  readonly priorFailures?: number;
  /** Events to journal. */
  readonly events: readonly LockoutEvent[];
}

/** Which identifier a one-time code is for, and the client IP. */
export interface CodeAttemptInput {
  /** The phone, e-mail (or a blind index of it), or `totp:<account>` / `backup:<account>`: never a flow or challenge id (S-4). */
  readonly identifier: string;
  /** The client IP. */
  readonly ip: string;
}

/**
 * The result of a one-time-code attempt: the attempt ran (`ran: true`, with what it returned
 * and how it was judged; after a failure `retryAfterMs` is the OTP-3 block), or it was
 * refused without running (`retry_later` with the time left).
 */
export type CodeAttemptResult<T> =
  | {
      /** The attempt ran. */
      readonly ran: true;
      /** How it was judged. */
      readonly verdict: Verdict;
      /** What it returned (e.g. the `VerifyOutcome` of `@kabinet/otp`). */
      readonly value: T;
      /** After a failure: when the next try is allowed (OTP-3). */
      readonly retryAfterMs?: number;
    }
  | {
      /** The attempt was refused without running. */
      readonly ran: false;
      /** Why (for logs and the journal). */
      readonly reason: 'ip_capped' | 'busy' | 'blocked' | 'capped';
      /** When to try again. */
      readonly retryAfterMs: number;
    };

/** Input of {@link LockoutService.reserveSend}. */
export interface SendInput {
  /** How the code goes. */
  readonly channel: 'sms' | 'email';
  /** The normalized phone or e-mail (or a blind index of it). */
  readonly destination: string;
  /** The client IP that asked. */
  readonly ip: string;
}

/** Input of {@link LockoutService.unlockBySupport}. */
export interface SupportUnlockInput {
  /** The account key (as passed to `attemptPassword`). */
  readonly account: string;
  /** Phones / e-mails whose code blocks and daily caps are lifted too. */
  readonly identifiers?: readonly string[];
  /** The operator, for the journal. */
  readonly operator?: string;
}

/** Input of {@link LockoutService.unlockByOwner}. */
export interface OwnerUnlockInput {
  /** The account key (as passed to `attemptPassword`). */
  readonly account: string;
  /** The address the owner unlocked from: it becomes trusted for the account (`trustedPairMs`). */
  readonly ip: string;
}

/** An account's lock state, for support tools. */
export interface AccountLockStatus {
  /** Whether the account is locked now. */
  readonly locked: boolean;
  /**
   * Epoch ms the lock ends; `'unlock'` at the hard cap (until the owner's code or support);
   * `'support'` for a lock only support can lift (ACC-8).
   */
  readonly until?: number | 'unlock' | 'support';
  /** Consecutive failures counted now (across the locks in a row). */
  readonly failures: number;
  /** Locks in a row so far. */
  readonly locksInRow: number;
}

/** Attempt and send limits over the `CounterStore` port. */
export interface LockoutService {
  /** The policy in force. */
  readonly policy: LockoutPolicy;
  /**
   * Guards a password check: refuses it when the IP, the account+IP pair or the account is
   * over its limit, else runs `check` (true = right password) and counts the result.
   * A locked account is refused exactly like a wrong password: same public outcome, the same
   * account+IP delay growth, `equalize` in place of the check (S-8). A trusted pair (the
   * owner logged in or unlocked from it) is not held by the account's timed lock or cap.
   * Rethrows what `check` throws, counting nothing.
   */
  attemptPassword(
    input: PasswordAttemptInput,
    check: () => Promise<boolean>,
    options?: PasswordAttemptOptions,
  ): Promise<PasswordAttemptResult>;
  /**
   * Guards a one-time-code check for an identifier: one attempt at a time, blocked for
   * `code.blockMs` after a wrong code (OTP-3), capped per day and per IP (S-4). `judge`
   * (default {@link judgeAttempt}) maps the result to success / failure / neutral. Rethrows
   * what `run` throws, counting nothing.
   */
  attemptCode<T>(
    input: CodeAttemptInput,
    run: () => Promise<T>,
    judge?: (value: T) => Verdict,
  ): Promise<CodeAttemptResult<T>>;
  /** Reserves a code send to a destination (S-5): cooldown, daily caps per destination and per IP. A refused send counts nothing. */
  reserveSend(input: SendInput): Promise<SendDecision>;
  /** Reserves a registry look-up for a subject today (OTP-7); refused look-ups are deferred to the next day and count nothing. */
  reserveLookup(input: { readonly subject: string }): Promise<LookupDecision>;
  /** Lifts an account's lock and failure count (and code blocks of its identifiers) on a support decision (ACC-8, ACC-9). */
  unlockBySupport(input: SupportUnlockInput): Promise<LockoutEvent[]>;
  /**
   * Lifts an account's lock, failure count and lock series on its owner's proof (a code sent
   * to a confirmed contact, checked by the caller), and trusts the address it came from.
   * @throws KabinetError `ERR_INVALID_STATE` when the policy has no self-service unlock
   */
  unlockByOwner(input: OwnerUnlockInput): Promise<LockoutEvent[]>;
  /** The account's lock state. */
  accountStatus(account: string): Promise<AccountLockStatus>;
}

/** Whether a lock value is a point in time (not the cap's or support's sentinel). */
const isTimed = (value: number): boolean => value < LOCKED_UNTIL_UNLOCK;

/**
 * Creates the lockout service: the pure decisions of `@kabinet/lockout/decide` applied to
 * counters updated atomically (S-9). Every attempt first reserves its counts (atomic
 * increments), then decides on the values those increments returned, so N parallel
 * attempts count N and can never all slip under a cap; refused attempts give their
 * reservations back. Counters are keyed on identifiers (account, account+IP, IP, phone,
 * e-mail), never on the flow, so a new code or a new flow resets nothing (S-4). Password
 * and code counters are separate (S-7). Password failures earn progressive temporary locks
 * per account+IP, per IP and per account, and stop being checked at the account's hard cap;
 * an address its owner logged in from stays open to the owner, and the owner can lift a lock
 * with `unlockByOwner` — so no one who knows only a login can keep its owner out for longer
 * than a temporary lock.
 *
 * @param deps - counters, clock, policy, key prefix
 * @returns the service
 * @throws KabinetError `ERR_CONFIG` for a policy that fails {@link checkLockoutPolicy}
 * @example
 * ```ts
 * const lockout = createLockoutService({ counters: createMemoryCounterStore({ clock }), clock });
 * const r = await lockout.attemptPassword({ account: login, ip }, () => hasher.verify(account.hash, password));
 * if (r.outcome.kind === 'retry_later') return reply(429, { error: 'retry_later' }, r.outcome.retryAfterMs);
 * if (r.outcome.kind !== 'allowed') return reply(401, { error: 'invalid_credentials' }, r.outcome.retryAfterMs);
 * ```
 */
export function createLockoutService(deps: LockoutServiceDeps): LockoutService {
  const policy = defineLockoutPolicy({}, deps.policy ?? defaultLockoutPolicy);
  const { counters, clock } = deps;
  const k = lockoutKeys(deps.keyPrefix ?? 'lk');

  /** Gives back a reservation; a counter that had expired and was recreated negative is put back to zero. */
  async function giveBack(key: string, ttlMs: number): Promise<void> {
    const state = await counters.increment(key, { by: -1, ttlMs: Math.max(1, ttlMs) });
    if (state.value < 0)
      await counters.increment(key, { by: -state.value, ttlMs: Math.max(1, ttlMs) });
  }

  /** Counts a password failure of the pair and of the IP; returns the longer delay it starts. A trusted pair stops being trusted after `freeFailures`. */
  async function failure(account: string, ip: string, trusted: boolean): Promise<number> {
    const now = clock.now();
    const pw = policy.password;
    const [pair, ipFailures] = await Promise.all([
      counters.increment(k.pairFailures(account, ip), {
        ttlMs: pw.pairWindowMs,
        window: 'sliding',
      }),
      counters.increment(k.ipFailures(ip), { ttlMs: pw.ipWindowMs, window: 'sliding' }),
    ]);
    const pairDelay = passwordDelayMs(pair.value, policy);
    const ipDelay = ipDelayMs(ipFailures.value, policy);
    await Promise.all([
      pairDelay > 0
        ? counters.raiseTo(k.pairNext(account, ip), now + pairDelay, pairDelay)
        : undefined,
      ipDelay > 0 ? counters.raiseTo(k.ipNext(ip), now + ipDelay, ipDelay) : undefined,
      trusted && pair.value >= pw.freeFailures ? counters.reset(k.trust(account, ip)) : undefined,
    ]);
    return Math.max(pairDelay, ipDelay);
  }

  /**
   * Applies the account's `lockNumber`-th lock in a row. Every attempt that finds the batch
   * spent may call it; one claim per lock number (held for the attempt lease) makes one of
   * them apply it and report it, so a parallel burst locks once.
   */
  async function lockAccount(
    account: string,
    lockNumber: number,
  ): Promise<LockoutEvent | undefined> {
    const claim = await counters.increment(k.lockClaim(account, lockNumber), {
      ttlMs: policy.attemptLeaseMs,
    });
    if (claim.value !== 1) return undefined;
    const now = clock.now();
    const pw = policy.password;
    const lock = accountLockFor(lockNumber, policy);
    const until =
      lock.kind === 'temporary'
        ? now + lock.ms
        : lock.kind === 'capped'
          ? LOCKED_UNTIL_UNLOCK
          : LOCKED_UNTIL_SUPPORT;
    await Promise.all([
      counters.raiseTo(
        k.series(account),
        lockNumber,
        lock.kind === 'temporary' ? pw.accountWindowMs : pw.lockRetentionMs,
      ),
      counters.raiseTo(
        k.lock(account),
        until,
        lock.kind === 'temporary' ? lock.ms + pw.lockRetentionMs : pw.lockRetentionMs,
      ),
    ]);
    const failures = Math.min(lockNumber * pw.lockAfterFailures, pw.maxConsecutiveFailures);
    return {
      type: 'lockout.locked',
      key: account,
      at: now,
      until: lock.kind === 'temporary' ? until : null,
      failures,
      kind: lock.kind,
      lockNumber,
    };
  }

  /** Resets the series and the lock claims up to the next one, so a new series locks from its first lock again. */
  function resetSeries(account: string, locksInRow: number): Promise<void>[] {
    return [
      counters.reset(k.series(account)),
      ...Array.from({ length: locksInRow + 1 }, (_, i) =>
        counters.reset(k.lockClaim(account, i + 1)),
      ),
    ];
  }

  /**
   * Consecutive failures: the full batches of the locks in a row, plus the current batch —
   * which, while a lock record exists (even one that has run out and is not cleared yet), is
   * the batch that earned it and is already among the locks.
   */
  function consecutive(locksInRow: number, batch: number, lockRecord: boolean): number {
    return (
      Math.min(
        locksInRow * policy.password.lockAfterFailures,
        policy.password.maxConsecutiveFailures,
      ) + (lockRecord ? 0 : Math.max(0, batch))
    );
  }

  return {
    policy,

    async attemptPassword(input, check, options = {}) {
      const account = keyPart(input?.account, 'account');
      const ip = keyPart(input?.ip, 'ip');
      const pw = policy.password;
      const events: LockoutEvent[] = [];
      let now = clock.now();
      const [lockRead, trust] = await Promise.all([
        counters.get(k.lock(account)),
        pw.trustedPairMs > 0 ? counters.get(k.trust(account, ip)) : Promise.resolve(undefined),
      ]);
      let lock = lockRead;
      if (lock !== undefined && isTimed(lock.value) && lock.value <= now) {
        // A timed lock ran out: the next batch of failures may start (the series stays, so the next lock is longer).
        await Promise.all([counters.reset(k.lock(account)), counters.reset(k.account(account))]);
        events.push({ type: 'lockout.unlocked', key: account, at: now, by: 'time' });
        lock = undefined;
      }
      const trusted = trust !== undefined;
      now = clock.now();
      const day = dayWindow(now, policy.dayOffsetMinutes);
      const ipKey = k.pwIp(ip, day.index);
      // The pair's slot first, its state after (see attemptCode).
      const slot = await counters.increment(k.pairSlot(account, ip), {
        ttlMs: policy.attemptLeaseMs,
      });
      const [ipState, ipNext, next, accountState, series] = await Promise.all([
        counters.increment(ipKey, { ttlMs: day.end - now }),
        counters.get(k.ipNext(ip)),
        counters.get(k.pairNext(account, ip)),
        // A trusted pair's attempts are not part of the account's count (they are the owner's, or capped by the pair's own limits).
        trusted
          ? Promise.resolve(undefined)
          : counters.increment(k.account(account), {
              ttlMs: pw.accountWindowMs,
              window: 'sliding',
            }),
        counters.get(k.series(account)),
      ]);
      const locksInRow = series?.value ?? 0;
      const decision = decidePasswordAttempt(
        {
          ipFailuresToday: ipState.value,
          ipNextAllowedAt: ipNext?.value ?? 0,
          holders: slot.value,
          nextAllowedAt: next?.value ?? 0,
          lockedUntil: lock?.value ?? 0,
          accountFailures: accountState?.value ?? 0,
          locksInRow,
          trusted,
        },
        now,
        policy,
      );
      const releaseSlot = (): Promise<void> =>
        slot.value === 1 ? counters.reset(k.pairSlot(account, ip)) : Promise.resolve();
      const giveBackAccount = (): Promise<void> =>
        accountState === undefined
          ? Promise.resolve()
          : giveBack(k.account(account), pw.accountWindowMs);
      const giveBackIp = (): Promise<void> => giveBack(ipKey, day.end - clock.now());
      const prior = consecutive(locksInRow, (accountState?.value ?? 1) - 1, lock !== undefined);

      if (decision.kind === 'retry_later') {
        await Promise.all([giveBackIp(), giveBackAccount(), releaseSlot()]);
        return { outcome: decision, checked: false, trusted, events };
      }
      if (decision.kind === 'locked') {
        // Locked: answer exactly as for a wrong password — the account+IP and IP delays grow and
        // the IP failure stays counted — but the account's count does not (its batch is spent).
        await giveBackAccount();
        if (lock === undefined) {
          // The batch is spent but its lock is not written yet (a parallel burst, or a changed policy): write it.
          const locked = await lockAccount(account, locksInRow + 1);
          if (locked !== undefined) events.push(locked);
        }
        const delay = await failure(account, ip, trusted);
        await releaseSlot();
        if (options.equalize !== undefined) await options.equalize();
        return {
          outcome: { kind: 'locked', ...(delay > 0 ? { retryAfterMs: delay } : {}) },
          checked: false,
          trusted,
          priorFailures: prior,
          events,
        };
      }

      let right: boolean;
      try {
        right = (await check()) === true;
      } catch (error) {
        await Promise.all([giveBackIp(), giveBackAccount(), releaseSlot()]);
        throw error;
      }
      if (right) {
        const [pair, batch] = await Promise.all([
          counters.get(k.pairFailures(account, ip)),
          trusted ? counters.get(k.account(account)) : Promise.resolve(accountState),
        ]);
        const accountPrior = consecutive(
          locksInRow,
          (batch?.value ?? (trusted ? 0 : 1)) - (trusted ? 0 : 1),
          lock !== undefined,
        );
        const cleared = pw.successResetsAccount
          ? Math.max(accountPrior, pair?.value ?? 0)
          : (pair?.value ?? 0);
        const at = clock.now();
        await Promise.all([
          counters.reset(k.pairFailures(account, ip)),
          counters.reset(k.pairNext(account, ip)),
          ...(pw.successResetsAccount
            ? [
                counters.reset(k.account(account)),
                ...(locksInRow > 0 || lock !== undefined ? resetSeries(account, locksInRow) : []),
                lock !== undefined ? counters.reset(k.lock(account)) : undefined,
              ]
            : [giveBackAccount()]),
          giveBackIp(),
          pw.trustedPairMs > 0
            ? counters.raiseTo(k.trust(account, ip), at + pw.trustedPairMs, pw.trustedPairMs)
            : undefined,
        ]);
        await releaseSlot();
        if (cleared > 0 || (pw.successResetsAccount && lock !== undefined)) {
          events.push({
            type: 'lockout.unlocked',
            key: account,
            at,
            by: 'login',
            failures: cleared,
            ...(lock === undefined ? {} : { wasLocked: true }),
          });
        }
        return {
          outcome: { kind: 'allowed' },
          checked: true,
          trusted,
          priorFailures: accountPrior,
          events,
        };
      }
      const delay = await failure(account, ip, trusted);
      if (
        accountState !== undefined &&
        accountState.value >= failuresBeforeLock(locksInRow, policy)
      ) {
        const locked = await lockAccount(account, locksInRow + 1);
        if (locked !== undefined) events.push(locked);
      }
      await releaseSlot();
      return {
        outcome: { kind: 'wrong_password', ...(delay > 0 ? { retryAfterMs: delay } : {}) },
        checked: true,
        trusted,
        priorFailures: prior,
        events,
      };
    },

    async attemptCode<T>(
      input: CodeAttemptInput,
      run: () => Promise<T>,
      judge: (value: T) => Verdict = judgeAttempt,
    ): Promise<CodeAttemptResult<T>> {
      const id = keyPart(input?.identifier, 'identifier');
      const ip = keyPart(input?.ip, 'ip');
      const now = clock.now();
      const day = dayWindow(now, policy.dayOffsetMinutes);
      const ipKey = k.codeIp(ip, day.index);
      // The slot first, the state after: a holder releases the slot only after it has written its
      // block, so whoever holds the slot next reads that block (read together, a request could
      // read the state before the block and take the slot after its release: two judged).
      const slot = await counters.increment(k.codeSlot(id), { ttlMs: policy.attemptLeaseMs });
      const [ipState, next, today] = await Promise.all([
        counters.increment(ipKey, { ttlMs: day.end - now }),
        counters.get(k.codeNext(id)),
        counters.get(k.codeDay(id, day.index)),
      ]);
      const decision = decideCodeAttempt(
        {
          ipFailuresToday: ipState.value,
          holders: slot.value,
          nextAllowedAt: next?.value ?? 0,
          failuresToday: today?.value ?? 0,
        },
        now,
        policy,
      );
      const releaseSlot = (): Promise<void> =>
        slot.value === 1 ? counters.reset(k.codeSlot(id)) : Promise.resolve();
      const giveBackIp = (): Promise<void> => giveBack(ipKey, day.end - clock.now());
      if (!decision.allowed) {
        await Promise.all([giveBackIp(), releaseSlot()]);
        return { ran: false, reason: decision.reason, retryAfterMs: decision.retryAfterMs };
      }
      let value: T;
      let verdict: Verdict;
      try {
        value = await run();
        verdict = judge(value);
      } catch (error) {
        await Promise.all([giveBackIp(), releaseSlot()]);
        throw error;
      }
      if (verdict === 'failure') {
        const at = clock.now();
        const settleDay = dayWindow(at, policy.dayOffsetMinutes);
        await Promise.all([
          counters.raiseTo(k.codeNext(id), at + policy.code.blockMs, policy.code.blockMs),
          counters.increment(k.codeDay(id, settleDay.index), { ttlMs: settleDay.end - at }),
        ]);
        await releaseSlot();
        return { ran: true, verdict, value, retryAfterMs: policy.code.blockMs };
      }
      await Promise.all([
        giveBackIp(),
        verdict === 'success' ? counters.reset(k.codeNext(id)) : Promise.resolve(),
      ]);
      await releaseSlot();
      return { ran: true, verdict, value };
    },

    async reserveSend(input) {
      const channel = input?.channel;
      if (channel !== 'sms' && channel !== 'email')
        throw new KabinetError('ERR_INVALID_ARGUMENT', 'channel must be sms or email');
      const destination = keyPart(input.destination, 'destination');
      const ip = keyPart(input.ip, 'ip');
      const now = clock.now();
      const day = dayWindow(now, policy.dayOffsetMinutes);
      const keys = [
        k.sendIp(ip, day.index),
        k.sendCooldown(channel, destination),
        k.sendDay(channel, destination, day.index),
      ] as const;
      const [ipState, cooldown, dest] = await Promise.all([
        counters.increment(keys[0], { ttlMs: day.end - now }),
        counters.increment(keys[1], { ttlMs: policy.send.cooldownMs }),
        counters.increment(keys[2], { ttlMs: day.end - now }),
      ]);
      const decision = decideSend(
        {
          ipSendsToday: ipState.value,
          cooldownHits: cooldown.value,
          cooldownEndsAt: cooldown.expiresAt,
          destinationSendsToday: dest.value,
        },
        channel,
        now,
        policy,
      );
      if (!decision.allowed)
        await giveBackAll([keys[0], ipState], [keys[1], cooldown], [keys[2], dest]);
      return decision;
    },

    async reserveLookup(input) {
      const subject = keyPart(input?.subject, 'subject');
      const now = clock.now();
      const day = dayWindow(now, policy.dayOffsetMinutes);
      const subjectKey = k.lookupSubject(subject, day.index);
      const totalKey = k.lookupTotal(day.index);
      const [subjectState, totalState] = await Promise.all([
        counters.increment(subjectKey, { ttlMs: day.end - now }),
        policy.lookup.maxTotalPerDay === null
          ? Promise.resolve(undefined)
          : counters.increment(totalKey, { ttlMs: day.end - now }),
      ]);
      const decision = decideLookup(
        { subjectToday: subjectState.value, totalToday: totalState?.value ?? 0 },
        now,
        policy,
      );
      if (!decision.allowed)
        await giveBackAll(
          [subjectKey, subjectState],
          ...(totalState === undefined ? [] : [[totalKey, totalState] as const]),
        );
      return decision;
    },

    async unlockBySupport(input) {
      const account = keyPart(input?.account, 'account');
      const now = clock.now();
      const [lock, failures, series] = await Promise.all([
        counters.get(k.lock(account)),
        counters.get(k.account(account)),
        counters.get(k.series(account)),
      ]);
      const day = dayWindow(now, policy.dayOffsetMinutes);
      const identifiers = (input.identifiers ?? []).map((i) => keyPart(i, 'identifier'));
      await Promise.all([
        counters.reset(k.lock(account)),
        counters.reset(k.account(account)),
        ...resetSeries(account, series?.value ?? 0),
        ...identifiers.flatMap((id) => [
          counters.reset(k.codeNext(id)),
          counters.reset(k.codeDay(id, day.index)),
        ]),
      ]);
      return [
        {
          type: 'lockout.unlocked',
          key: account,
          at: now,
          by: 'support',
          failures: statusOf(lock, failures, series, now).failures,
          wasLocked: lock !== undefined && lock.value > now,
          ...(input.operator === undefined ? {} : { operator: input.operator }),
        },
      ];
    },

    async unlockByOwner(input) {
      if (!policy.password.selfUnlock)
        throw new KabinetError(
          'ERR_INVALID_STATE',
          'the lockout policy has no self-service unlock (selfUnlock: false)',
        );
      const account = keyPart(input?.account, 'account');
      const ip = keyPart(input?.ip, 'ip');
      const now = clock.now();
      const [lock, failures, series] = await Promise.all([
        counters.get(k.lock(account)),
        counters.get(k.account(account)),
        counters.get(k.series(account)),
      ]);
      await Promise.all([
        counters.reset(k.lock(account)),
        counters.reset(k.account(account)),
        ...resetSeries(account, series?.value ?? 0),
        counters.reset(k.pairFailures(account, ip)),
        counters.reset(k.pairNext(account, ip)),
        policy.password.trustedPairMs > 0
          ? counters.raiseTo(
              k.trust(account, ip),
              now + policy.password.trustedPairMs,
              policy.password.trustedPairMs,
            )
          : undefined,
      ]);
      return [
        {
          type: 'lockout.unlocked',
          key: account,
          at: now,
          by: 'owner',
          failures: statusOf(lock, failures, series, now).failures,
          wasLocked: lock !== undefined && lock.value > now,
        },
      ];
    },

    async accountStatus(accountInput) {
      const account = keyPart(accountInput, 'account');
      const now = clock.now();
      const [lock, failures, series] = await Promise.all([
        counters.get(k.lock(account)),
        counters.get(k.account(account)),
        counters.get(k.series(account)),
      ]);
      return statusOf(lock, failures, series, now);
    },
  };

  /** The lock state from its counters. */
  function statusOf(
    lock: CounterState | undefined,
    batch: CounterState | undefined,
    series: CounterState | undefined,
    now: number,
  ): AccountLockStatus {
    const locked = lock !== undefined && lock.value > now;
    const locksInRow = series?.value ?? 0;
    return {
      locked,
      ...(locked
        ? {
            until:
              lock.value === LOCKED_UNTIL_SUPPORT
                ? ('support' as const)
                : lock.value === LOCKED_UNTIL_UNLOCK
                  ? ('unlock' as const)
                  : lock.value,
          }
        : {}),
      failures: consecutive(locksInRow, batch?.value ?? 0, lock !== undefined),
      locksInRow,
    };
  }

  async function giveBackAll(
    ...reserved: readonly (readonly [string, CounterState])[]
  ): Promise<void> {
    const now = clock.now();
    await Promise.all(reserved.map(([key, state]) => giveBack(key, state.expiresAt - now)));
  }
}

/** A key part: strings as they are (long ones hashed to keep keys bounded). */
function keyPart(value: unknown, name: string): string {
  if (typeof value !== 'string')
    throw new KabinetError('ERR_INVALID_ARGUMENT', `${name} must be a string`);
  return value.length > 256
    ? `sha256:${createHash('sha256').update(value, 'utf8').digest('base64url')}`
    : value;
}
