import { createHash } from 'node:crypto';
import { KabinetError, type Clock } from '@kabinet/core';
import type { CounterState, CounterStore } from '@kabinet/ports';
import { lockoutKeys } from '../_lib/keys.js';
import { decideCodeAttempt } from '../decide/decide-code-attempt.js';
import { decideLookup, type LookupDecision } from '../decide/decide-lookup.js';
import { decidePasswordAttempt } from '../decide/decide-password-attempt.js';
import { decideSend, type SendDecision } from '../decide/decide-send.js';
import { dayWindow } from '../decide/day-window.js';
import { passwordDelayMs } from '../decide/password-delay-ms.js';
import { checkLockoutPolicy } from '../policy/check-lockout-policy.js';
import { portalLockoutPolicy, type LockoutPolicy } from '../policy/lockout-policy.js';
import { judgeAttempt, type Verdict } from './judge-attempt.js';
import type { LockoutEvent } from './lockout-event.js';

/** What {@link createLockoutService} needs. */
export interface LockoutServiceDeps {
  /** Atomic counters (`@kabinet/memory`'s `createMemoryCounterStore`, Redis, Postgres, …) shared by every instance. */
  readonly counters: CounterStore;
  /** The source of time for windows, delays and locks. */
  readonly clock: Clock;
  /** Default {@link portalLockoutPolicy}. */
  readonly policy?: LockoutPolicy;
  /** Prefix of every counter key (default `lk`), to share a store with other users. */
  readonly keyPrefix?: string;
}

/** Who is trying a password: the account key and the client IP. */
export interface PasswordAttemptInput {
  /**
   * The account key: the normalised login identifier as typed (so unknown accounts behave
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
 * The result of a password attempt. Send the client only `publicOutcome` and
 * `retryAfterMs`: they are identical for a wrong password and a locked account (S-8).
 * `outcome` is for the server's logs and journal.
 */
export interface PasswordAttemptResult {
  /** What happened, for the server's logs and journal only. */
  readonly outcome: 'ok' | 'wrong' | 'locked' | 'delayed' | 'busy' | 'ip_capped';
  /** The only answer the client may see (with `retryAfterMs`). */
  readonly publicOutcome: 'ok' | 'invalid_credentials' | 'retry_later';
  /**
   * When the same account+IP may try again: after a wrong password (or a locked account) once
   * the progressive delay has started, and for every `retry_later`. It depends only on this
   * client's own failures, never on the lock.
   */
  readonly retryAfterMs?: number;
  /** Whether `check` ran. */
  readonly checked: boolean;
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
      /** What the client may be told. */
      readonly publicOutcome: 'retry_later';
      /** When to try again. */
      readonly retryAfterMs: number;
    };

/** Input of {@link LockoutService.reserveSend}. */
export interface SendInput {
  /** How the code goes. */
  readonly channel: 'sms' | 'email';
  /** The normalised phone or e-mail (or a blind index of it). */
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

/** An account's lock state, for support tools. */
export interface AccountLockStatus {
  /** Whether the account is locked now. */
  readonly locked: boolean;
  /** Epoch ms the lock ends, or `'support'` for a lock only support can lift. */
  readonly until?: number | 'support';
  /** Consecutive failures counted now. */
  readonly failures: number;
}

/** Attempt and send limits over the `CounterStore` port. */
export interface LockoutService {
  /** The policy in force. */
  readonly policy: LockoutPolicy;
  /**
   * Guards a password check: refuses it when the IP, the account+IP pair or the account is
   * over its limit, else runs `check` (true = right password) and counts the result.
   * A locked account is refused exactly like a wrong password: same public outcome, the same
   * account+IP delay growth, `equalize` in place of the check (S-8). Rethrows what `check`
   * throws, counting nothing.
   */
  attemptPassword(input: PasswordAttemptInput, check: () => Promise<boolean>, options?: PasswordAttemptOptions): Promise<PasswordAttemptResult>;
  /**
   * Guards a one-time-code check for an identifier: one attempt at a time, blocked for
   * `code.blockMs` after a wrong code (OTP-3), capped per day and per IP (S-4). `judge`
   * (default {@link judgeAttempt}) maps the result to success / failure / neutral. Rethrows
   * what `run` throws, counting nothing.
   */
  attemptCode<T>(input: CodeAttemptInput, run: () => Promise<T>, judge?: (value: T) => Verdict): Promise<CodeAttemptResult<T>>;
  /** Reserves a code send to a destination (S-5): cooldown, daily caps per destination and per IP. A refused send counts nothing. */
  reserveSend(input: SendInput): Promise<SendDecision>;
  /** Reserves a registry look-up for a subject today (OTP-7); refused look-ups are deferred to the next day and count nothing. */
  reserveLookup(input: { readonly subject: string }): Promise<LookupDecision>;
  /** Lifts an account's lock and failure count (and code blocks of its identifiers) on a support decision (ACC-8, ACC-9). */
  unlockBySupport(input: SupportUnlockInput): Promise<LockoutEvent[]>;
  /** The account's lock state. */
  accountStatus(account: string): Promise<AccountLockStatus>;
}

/** The lock value of a lock only support can lift. */
const SUPPORT_LOCK = Number.MAX_SAFE_INTEGER;

/**
 * Creates the lockout service: the pure decisions of `@kabinet/lockout/decide` applied to
 * counters updated atomically (S-9). Every attempt first reserves its counts (atomic
 * increments), then decides on the values those increments returned, so N parallel
 * attempts count N and can never all slip under a cap; refused attempts give their
 * reservations back. Counters are keyed on identifiers (account, account+IP, IP, phone,
 * e-mail), never on the flow, so a new code or a new flow resets nothing (S-4). Password
 * and code counters are separate (S-7).
 *
 * @param deps - counters, clock, policy, key prefix
 * @returns the service
 * @throws KabinetError `ERR_CONFIG` for a policy that fails {@link checkLockoutPolicy}
 * @example
 * ```ts
 * const lockout = createLockoutService({ counters: createMemoryCounterStore({ clock }), clock });
 * const r = await lockout.attemptPassword({ account: login, ip }, () => hasher.verify(account.hash, password));
 * if (r.publicOutcome !== 'ok') return reply(r.publicOutcome === 'retry_later' ? 429 : 401, { error: r.publicOutcome }, r.retryAfterMs);
 * ```
 */
export function createLockoutService(deps: LockoutServiceDeps): LockoutService {
  const policy = deps.policy ?? portalLockoutPolicy;
  const checked = checkLockoutPolicy(policy);
  if (!checked.success) {
    throw new KabinetError('ERR_CONFIG', `invalid lockout policy: ${checked.issues.map((i) => `${String(i.params?.field)} ${String(i.params?.rule)}`).join(', ')}`);
  }
  const { counters, clock } = deps;
  const k = lockoutKeys(deps.keyPrefix ?? 'lk');

  /** Gives back a reservation; a counter that had expired and was recreated negative is put back to zero. */
  async function giveBack(key: string, ttlMs: number): Promise<void> {
    const state = await counters.increment(key, { by: -1, ttlMs: Math.max(1, ttlMs) });
    if (state.value < 0) await counters.increment(key, { by: -state.value, ttlMs: Math.max(1, ttlMs) });
  }

  async function pairFailure(account: string, ip: string): Promise<number> {
    const now = clock.now();
    const failures = await counters.increment(k.pairFailures(account, ip), { ttlMs: policy.password.pairWindowMs, window: 'sliding' });
    const delay = passwordDelayMs(failures.value, policy);
    if (delay > 0) await counters.raiseTo(k.pairNext(account, ip), now + delay, delay);
    return delay;
  }

  async function lockAccount(account: string, failures: number): Promise<LockoutEvent> {
    const now = clock.now();
    const { lockMs, lockRetentionMs } = policy.password;
    const until = lockMs === null ? SUPPORT_LOCK : now + lockMs;
    await counters.raiseTo(k.lock(account), until, lockMs === null ? lockRetentionMs : lockMs + lockRetentionMs);
    return { type: 'lockout.locked', key: account, at: now, until: lockMs === null ? null : until, failures };
  }

  return {
    policy,

    async attemptPassword(input, check, options = {}) {
      const account = keyPart(input?.account, 'account');
      const ip = keyPart(input?.ip, 'ip');
      const events: LockoutEvent[] = [];
      let now = clock.now();
      let lock = await counters.get(k.lock(account));
      if (lock !== undefined && lock.value <= now) {
        await Promise.all([counters.reset(k.lock(account)), counters.reset(k.account(account))]);
        events.push({ type: 'lockout.unlocked', key: account, at: now, by: 'time' });
        lock = undefined;
      }
      now = clock.now();
      const day = dayWindow(now, policy.dayOffsetMinutes);
      const ipKey = k.pwIp(ip, day.index);
      const [ipState, slot, next, accountState] = await Promise.all([
        counters.increment(ipKey, { ttlMs: day.end - now }),
        counters.increment(k.pairSlot(account, ip), { ttlMs: policy.attemptLeaseMs }),
        counters.get(k.pairNext(account, ip)),
        counters.increment(k.account(account), { ttlMs: policy.password.accountWindowMs, window: 'sliding' }),
      ]);
      const decision = decidePasswordAttempt(
        { ipFailuresToday: ipState.value, holders: slot.value, nextAllowedAt: next?.value ?? 0, lockedUntil: lock?.value ?? 0, accountFailures: accountState.value },
        now,
        policy,
      );
      const releaseSlot = (): Promise<void> => (slot.value === 1 ? counters.reset(k.pairSlot(account, ip)) : Promise.resolve());
      const giveBackAccount = (): Promise<void> => giveBack(k.account(account), policy.password.accountWindowMs);
      const giveBackIp = (): Promise<void> => giveBack(ipKey, day.end - clock.now());

      if (!decision.allowed) {
        if (decision.reason !== 'locked') {
          await Promise.all([giveBackIp(), giveBackAccount(), releaseSlot()]);
          return { outcome: decision.reason as 'delayed' | 'busy' | 'ip_capped', publicOutcome: 'retry_later', retryAfterMs: decision.retryAfterMs ?? policy.busyRetryMs, checked: false, events };
        }
        // Locked: answer exactly as for a wrong password — the account+IP delay grows and the
        // IP failure stays counted — but the account's count does not (it is locked already).
        await giveBackAccount();
        if (lock === undefined) events.push(await lockAccount(account, accountState.value - 1));
        const delay = await pairFailure(account, ip);
        await releaseSlot();
        if (options.equalize !== undefined) await options.equalize();
        return { outcome: 'locked', publicOutcome: 'invalid_credentials', ...(delay > 0 ? { retryAfterMs: delay } : {}), checked: false, events };
      }

      let right: boolean;
      try {
        right = (await check()) === true;
      } catch (error) {
        await Promise.all([giveBackIp(), giveBackAccount(), releaseSlot()]);
        throw error;
      }
      if (right) {
        const pair = await counters.get(k.pairFailures(account, ip));
        const cleared = policy.password.successResetsAccount ? Math.max(accountState.value - 1, pair?.value ?? 0) : (pair?.value ?? 0);
        await Promise.all([
          counters.reset(k.pairFailures(account, ip)),
          counters.reset(k.pairNext(account, ip)),
          policy.password.successResetsAccount ? counters.reset(k.account(account)) : giveBackAccount(),
          giveBackIp(),
        ]);
        await releaseSlot();
        if (cleared > 0) events.push({ type: 'lockout.unlocked', key: account, at: clock.now(), by: 'login', failures: cleared });
        return { outcome: 'ok', publicOutcome: 'ok', checked: true, events };
      }
      const delay = await pairFailure(account, ip);
      if (accountState.value >= policy.password.maxConsecutiveFailures) events.push(await lockAccount(account, accountState.value));
      await releaseSlot();
      return { outcome: 'wrong', publicOutcome: 'invalid_credentials', ...(delay > 0 ? { retryAfterMs: delay } : {}), checked: true, events };
    },

    async attemptCode<T>(input: CodeAttemptInput, run: () => Promise<T>, judge: (value: T) => Verdict = judgeAttempt): Promise<CodeAttemptResult<T>> {
      const id = keyPart(input?.identifier, 'identifier');
      const ip = keyPart(input?.ip, 'ip');
      const now = clock.now();
      const day = dayWindow(now, policy.dayOffsetMinutes);
      const ipKey = k.codeIp(ip, day.index);
      const [ipState, slot, next, today] = await Promise.all([
        counters.increment(ipKey, { ttlMs: day.end - now }),
        counters.increment(k.codeSlot(id), { ttlMs: policy.attemptLeaseMs }),
        counters.get(k.codeNext(id)),
        counters.get(k.codeDay(id, day.index)),
      ]);
      const decision = decideCodeAttempt(
        { ipFailuresToday: ipState.value, holders: slot.value, nextAllowedAt: next?.value ?? 0, failuresToday: today?.value ?? 0 },
        now,
        policy,
      );
      const releaseSlot = (): Promise<void> => (slot.value === 1 ? counters.reset(k.codeSlot(id)) : Promise.resolve());
      const giveBackIp = (): Promise<void> => giveBack(ipKey, day.end - clock.now());
      if (!decision.allowed) {
        await Promise.all([giveBackIp(), releaseSlot()]);
        return {
          ran: false,
          reason: decision.reason as 'ip_capped' | 'busy' | 'blocked' | 'capped',
          publicOutcome: 'retry_later',
          retryAfterMs: decision.retryAfterMs ?? policy.busyRetryMs,
        };
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
      await Promise.all([giveBackIp(), verdict === 'success' ? counters.reset(k.codeNext(id)) : Promise.resolve()]);
      await releaseSlot();
      return { ran: true, verdict, value };
    },

    async reserveSend(input) {
      const channel = input?.channel;
      if (channel !== 'sms' && channel !== 'email') throw new KabinetError('ERR_INVALID_ARGUMENT', 'channel must be sms or email');
      const destination = keyPart(input.destination, 'destination');
      const ip = keyPart(input.ip, 'ip');
      const now = clock.now();
      const day = dayWindow(now, policy.dayOffsetMinutes);
      const keys = [k.sendIp(ip, day.index), k.sendCooldown(channel, destination), k.sendDay(channel, destination, day.index)] as const;
      const [ipState, cooldown, dest] = await Promise.all([
        counters.increment(keys[0], { ttlMs: day.end - now }),
        counters.increment(keys[1], { ttlMs: policy.send.cooldownMs }),
        counters.increment(keys[2], { ttlMs: day.end - now }),
      ]);
      const decision = decideSend(
        { ipSendsToday: ipState.value, cooldownHits: cooldown.value, cooldownEndsAt: cooldown.expiresAt, destinationSendsToday: dest.value },
        channel,
        now,
        policy,
      );
      if (!decision.allowed) await giveBackAll([keys[0], ipState], [keys[1], cooldown], [keys[2], dest]);
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
        policy.lookup.maxTotalPerDay === null ? Promise.resolve(undefined) : counters.increment(totalKey, { ttlMs: day.end - now }),
      ]);
      const decision = decideLookup({ subjectToday: subjectState.value, totalToday: totalState?.value ?? 0 }, now, policy);
      if (!decision.allowed) await giveBackAll([subjectKey, subjectState], ...(totalState === undefined ? [] : [[totalKey, totalState] as const]));
      return decision;
    },

    async unlockBySupport(input) {
      const account = keyPart(input?.account, 'account');
      const now = clock.now();
      const [lock, failures] = await Promise.all([counters.get(k.lock(account)), counters.get(k.account(account))]);
      const day = dayWindow(now, policy.dayOffsetMinutes);
      const identifiers = (input.identifiers ?? []).map((i) => keyPart(i, 'identifier'));
      await Promise.all([
        counters.reset(k.lock(account)),
        counters.reset(k.account(account)),
        ...identifiers.flatMap((id) => [counters.reset(k.codeNext(id)), counters.reset(k.codeDay(id, day.index))]),
      ]);
      return [
        {
          type: 'lockout.unlocked',
          key: account,
          at: now,
          by: 'support',
          failures: failures?.value ?? 0,
          wasLocked: lock !== undefined && lock.value > now,
          ...(input.operator === undefined ? {} : { operator: input.operator }),
        },
      ];
    },

    async accountStatus(accountInput) {
      const account = keyPart(accountInput, 'account');
      const now = clock.now();
      const [lock, failures] = await Promise.all([counters.get(k.lock(account)), counters.get(k.account(account))]);
      const locked = lock !== undefined && lock.value > now;
      return {
        locked,
        ...(locked ? { until: lock.value === SUPPORT_LOCK ? ('support' as const) : lock.value } : {}),
        failures: failures?.value ?? 0,
      };
    },
  };

  async function giveBackAll(...reserved: readonly (readonly [string, CounterState])[]): Promise<void> {
    const now = clock.now();
    await Promise.all(reserved.map(([key, state]) => giveBack(key, state.expiresAt - now)));
  }
}

/** A key part: strings as they are (long ones hashed to keep keys bounded). */
function keyPart(value: unknown, name: string): string {
  if (typeof value !== 'string') throw new KabinetError('ERR_INVALID_ARGUMENT', `${name} must be a string`);
  return value.length > 256 ? `sha256:${createHash('sha256').update(value, 'utf8').digest('base64url')}` : value;
}
