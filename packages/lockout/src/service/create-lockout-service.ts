import type { Clock } from '@kabinet/core';
import type { CounterStore } from '@kabinet/ports';
import { lockoutKeys } from '../_lib/keys.js';
import { defineLockoutPolicy } from '../policy/define-lockout-policy.js';
import { defaultLockoutPolicy, type LockoutPolicy } from '../policy/lockout-policy.js';
import type { LockoutContext } from '../steps/lockout-context.js';
import { accountStatus } from '../use-cases/account-status.js';
import { attemptCode } from '../use-cases/attempt-code.js';
import { attemptPassword } from '../use-cases/attempt-password.js';
import { reserveLookup } from '../use-cases/reserve-lookup.js';
import { reserveSend } from '../use-cases/reserve-send.js';
import { unlockByOwner } from '../use-cases/unlock-by-owner.js';
import { unlockBySupport } from '../use-cases/unlock-by-support.js';
import { judgeAttempt } from './judge-attempt.js';
import type { LockoutService } from './lockout-service.js';

export type { LockoutService } from './lockout-service.js';

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
 * @throws KabinetError `ERR_CONFIG` for a policy {@link defineLockoutPolicy} would refuse
 * @example
 * ```ts
 * const lockout = createLockoutService({ counters: createMemoryCounterStore({ clock }), clock });
 * const r = await lockout.attemptPassword({ account: login, ip }, () => hasher.verify(account.hash, password));
 * if (r.outcome.kind === 'retry_later') return reply(429, { error: 'retry_later' }, r.outcome.retryAfterMs);
 * if (r.outcome.kind !== 'allowed') return reply(401, { error: 'invalid_credentials' }, r.outcome.retryAfterMs);
 * ```
 */
export function createLockoutService(deps: LockoutServiceDeps): LockoutService {
  const ctx: LockoutContext = {
    policy: defineLockoutPolicy({}, deps.policy ?? defaultLockoutPolicy),
    counters: deps.counters,
    clock: deps.clock,
    keys: lockoutKeys(deps.keyPrefix ?? 'lk'),
  };
  return {
    policy: ctx.policy,
    attemptPassword: (input, check, options) => attemptPassword(ctx, input, check, options),
    attemptCode: (input, run, judge = judgeAttempt) => attemptCode(ctx, input, run, judge),
    reserveSend: (input) => reserveSend(ctx, input),
    reserveLookup: (input) => reserveLookup(ctx, input),
    unlockBySupport: (input) => unlockBySupport(ctx, input),
    unlockByOwner: (input) => unlockByOwner(ctx, input),
    accountStatus: (account) => accountStatus(ctx, account),
  };
}
