import { fail, ok, type Result, type StateMachine } from '@kabinet/core';
import type {
  AccountLevel,
  AccountLifecycle,
  AccountRecord,
  IdentityConfirmationRecord,
} from '@kabinet/ports';
import { accountLevelMachine, type AccountLevelEvent } from '../machine/account-level-machine.js';
import {
  accountLifecycleMachine,
  type AccountLifecycleEvent,
} from '../machine/account-lifecycle-machine.js';
import {
  identityCheckMachines,
  type IdentityCheckEvent,
} from '../machine/identity-check-machines.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/** One applied row of a transition table, as journaled. */
export interface AppliedTransition {
  readonly machine: string;
  readonly from: string;
  readonly event: string;
  readonly to: string;
}

/** An account after some transitions, with the transitions applied. */
export interface Transitioned {
  readonly account: AccountRecord;
  readonly transitions: readonly AppliedTransition[];
}

function run<S extends string, E extends string>(
  machine: StateMachine<S, E>,
  from: S,
  event: E,
): Result<{ to: S; transition: AppliedTransition }, AccountIssueCode> {
  const r = machine.transition(from, event);
  if (!r.success) return fail(r.issues);
  return ok({ to: r.data, transition: { machine: machine.id, from, event, to: r.data } });
}

/**
 * Applies a lifecycle event through the table; an event the table forbids is an issue, never applied.
 *
 * @example
 * ```ts
 * const r = applyLifecycle(account, 'owner_unlock', clock.now());
 * if (r.success) save(r.data.account, r.data.transitions);
 * ```
 */
export function applyLifecycle(
  account: AccountRecord,
  event: AccountLifecycleEvent,
  now: number,
): Result<Transitioned, AccountIssueCode> {
  const r = run<AccountLifecycle, AccountLifecycleEvent>(
    accountLifecycleMachine,
    account.lifecycle,
    event,
  );
  if (!r.success) return r;
  return ok({
    account: { ...account, lifecycle: r.data.to, updatedAt: now },
    transitions: [r.data.transition],
  });
}

/**
 * Applies a level event through the table (ACC-2: one step up, only by its own evidence).
 *
 * @example
 * ```ts
 * const r = applyLevel(account, 'documents_verified', clock.now());
 * ```
 */
export function applyLevel(
  account: AccountRecord,
  event: AccountLevelEvent,
  now: number,
): Result<Transitioned, AccountIssueCode> {
  const r = run<AccountLevel, AccountLevelEvent>(accountLevelMachine, account.level, event);
  if (!r.success) return r;
  return ok({
    account: { ...account, level: r.data.to, updatedAt: now },
    transitions: [r.data.transition],
  });
}

const RECONCILE_EVENTS: readonly AccountLifecycleEvent[] = [
  'clarification_requested',
  'clarification_answered',
  'deadline_passed',
  'restriction_lifted',
];
const RECONCILED: ReadonlySet<AccountLifecycle> = new Set([
  'active',
  'clarification_requested',
  'restricted',
]);

/**
 * Brings the lifecycle in line with the identity checks (ACC-5): an overdue clarification
 * restricts, an open one is `clarification_requested`, none is `active`. Moves only along
 * table rows (shortest path), and only for accounts in use (locked, blocked, closed and
 * unfinished accounts are left alone).
 *
 * @example
 * ```ts
 * const { account: next, transitions } = reconcileLifecycle(account, clock.now());
 * ```
 */
export function reconcileLifecycle(account: AccountRecord, now: number): Transitioned {
  if (!RECONCILED.has(account.lifecycle)) return { account, transitions: [] };
  const checks = account.identityChecks;
  const target: AccountLifecycle = checks.some((c) => c.state === 'overdue')
    ? 'restricted'
    : checks.some((c) => c.state === 'clarification_requested')
      ? 'clarification_requested'
      : 'active';
  if (target === account.lifecycle) return { account, transitions: [] };
  const queue: { state: AccountLifecycle; path: AccountLifecycleEvent[] }[] = [
    { state: account.lifecycle, path: [] },
  ];
  const seen = new Set<AccountLifecycle>([account.lifecycle]);
  let path: AccountLifecycleEvent[] = [];
  while (queue.length > 0) {
    const { state, path: p } = queue.shift()!;
    if (state === target) {
      path = p;
      break;
    }
    for (const event of RECONCILE_EVENTS) {
      const r = accountLifecycleMachine.transition(state, event);
      if (r.success && !seen.has(r.data)) {
        seen.add(r.data);
        queue.push({ state: r.data, path: [...p, event] });
      }
    }
  }
  let current = account;
  const transitions: AppliedTransition[] = [];
  for (const event of path) {
    const r = applyLifecycle(current, event, now);
    if (!r.success) break;
    current = r.data.account;
    transitions.push(...r.data.transitions);
  }
  return { account: current, transitions };
}

/**
 * Applies an event to one identity check, then the level rise its confirmation earns
 * (documents → standard, a method → confirmed) and the lifecycle that follows from the
 * checks. The patch is merged into the check (evidence, deadline, defects, …).
 *
 * @example
 * ```ts
 * const r = applyCheckEvent(account, checkId, 'registry_confirmed', {}, clock.now());
 * ```
 */
export function applyCheckEvent(
  account: AccountRecord,
  checkId: string,
  event: IdentityCheckEvent,
  patch: Partial<IdentityConfirmationRecord>,
  now: number,
): Result<Transitioned, AccountIssueCode> {
  const index = account.identityChecks.findIndex((c) => c.id === checkId);
  const check = account.identityChecks[index];
  if (check === undefined) return fail({ code: 'identity.check_not_found', path: ['checkId'] });
  const r = run(identityCheckMachines[check.kind], check.state, event);
  if (!r.success) return r;
  const updated = tidyCheck({ ...check, ...patch, state: r.data.to, updatedAt: now });
  const checks = account.identityChecks.map((c, i) => (i === index ? updated : c));
  let current: AccountRecord = { ...account, identityChecks: checks, updatedAt: now };
  const transitions: AppliedTransition[] = [
    { ...r.data.transition, machine: `${r.data.transition.machine}#${check.id}` },
  ];
  if (updated.state === 'confirmed') {
    const levelEvent: AccountLevelEvent | undefined =
      check.kind === 'documents'
        ? current.level === 'simplified'
          ? 'documents_verified'
          : undefined
        : current.level === 'standard'
          ? 'identity_confirmed'
          : undefined;
    if (levelEvent !== undefined) {
      const lv = applyLevel(current, levelEvent, now);
      if (lv.success) {
        current = lv.data.account;
        transitions.push(...lv.data.transitions);
      }
    }
  }
  const reconciled = reconcileLifecycle(current, now);
  return ok({
    account: reconciled.account,
    transitions: [...transitions, ...reconciled.transitions],
  });
}

/**
 * The clock-driven part of ACC-5, evaluated lazily on every read and use case: every open
 * clarification whose deadline has passed becomes overdue, and the account is restricted.
 * No background job is needed; the caller persists the result.
 *
 * @example
 * ```ts
 * const { account: current, transitions } = advanceAccount(stored, clock.now());
 * ```
 */
export function advanceAccount(account: AccountRecord, now: number): Transitioned {
  let current = account;
  const transitions: AppliedTransition[] = [];
  for (const check of account.identityChecks) {
    if (
      check.state === 'clarification_requested' &&
      check.deadline !== undefined &&
      check.deadline <= now
    ) {
      const r = applyCheckEvent(current, check.id, 'deadline_passed', {}, now);
      if (r.success) {
        current = r.data.account;
        transitions.push(...r.data.transitions);
      }
    }
  }
  const reconciled = reconcileLifecycle(current, now);
  return { account: reconciled.account, transitions: [...transitions, ...reconciled.transitions] };
}

/** Drops fields that belong to other states: the deadline outside a clarification, the retry time outside a check. */
function tidyCheck(check: IdentityConfirmationRecord): IdentityConfirmationRecord {
  const { deadline, retryAt, ...rest } = check;
  const keepDeadline = check.state === 'clarification_requested' || check.state === 'overdue';
  return {
    ...rest,
    ...(keepDeadline && deadline !== undefined ? { deadline } : {}),
    ...(check.state === 'checking' && retryAt !== undefined ? { retryAt } : {}),
  };
}
