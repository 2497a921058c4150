import { createId, fail, ok, type Result } from '@kabinet/core';
import type { AccountRecord, IdentityCheckKind, IdentityConfirmationRecord } from '@kabinet/ports';
import type { AccountContext } from '../context/account-context.js';
import type { IdentityCheckEvent } from '../machine/identity-check-machines.js';
import { formatDeadline } from '../_lib/format-deadline.js';
import { notifyAccount } from '../_lib/notify.js';
import { lookUpRegistry, type RegistryStep } from '../_lib/registry-check.js';
import { applyCheckEvent, type AppliedTransition } from './transitions.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/** An account after a check moved, with what to journal and tell the holder. */
export interface CheckAdvance {
  readonly account: AccountRecord;
  readonly transitions: readonly AppliedTransition[];
  readonly registry?: RegistryStep['outcome'];
}

/**
 * A new check of a kind in `started`, with its evidence encrypted (ACC-10).
 *
 * @example
 * ```ts
 * const check = newCheck(ctx, account.id, 'documents', evidence, { documentType: 'passport' }, now);
 * ```
 */
export function newCheck(
  ctx: AccountContext,
  accountId: string,
  kind: IdentityCheckKind,
  evidence: unknown,
  summary: Readonly<Record<string, string | number | boolean>>,
  now: number,
): IdentityConfirmationRecord {
  const id = createId('chk', now, ctx.random);
  return {
    id,
    kind,
    state: 'started',
    createdAt: now,
    updatedAt: now,
    evidence: ctx.pii.encryptJson(evidence ?? {}, `account:${accountId}:check:${id}`),
    summary,
    registryChecks: [],
    defects: [],
  };
}

/**
 * Applies an event to a check; when the check lands in `checking`, looks the person up in
 * the registry (OTP-7 limits first) and applies the outcome too: confirmed (with the level
 * rise it earns), a clarification with defects and the 48-hour deadline, or a delay (ACC-5).
 *
 * @example
 * ```ts
 * const moved = await advanceCheck(ctx, account, check.id, 'submitted', {}, now);
 * ```
 */
export async function advanceCheck(
  ctx: AccountContext,
  account: AccountRecord,
  checkId: string,
  event: IdentityCheckEvent,
  patch: Partial<IdentityConfirmationRecord>,
  now: number,
): Promise<Result<CheckAdvance, AccountIssueCode>> {
  const first = applyCheckEvent(account, checkId, event, patch, now);
  if (!first.success) return first;
  const check = first.data.account.identityChecks.find((c) => c.id === checkId)!;
  if (check.state !== 'checking' || event === 'registry_delayed')
    return ok({ account: first.data.account, transitions: first.data.transitions });
  const registry = await lookUpRegistry(ctx, first.data.account, check, now);
  const second = applyCheckEvent(first.data.account, checkId, registry.event, registry.patch, now);
  if (!second.success) return fail(second.issues);
  return ok({
    account: second.data.account,
    transitions: [...first.data.transitions, ...second.data.transitions],
    registry: registry.outcome,
  });
}

/**
 * Tells the holder what a registry outcome means for them (after the write).
 *
 * @example
 * ```ts
 * await noticeFor(ctx, before, written, checkId);
 * ```
 */
export async function noticeFor(
  ctx: AccountContext,
  before: AccountRecord,
  after: AccountRecord,
  checkId: string,
): Promise<void> {
  const check = after.identityChecks.find((c) => c.id === checkId);
  if (check === undefined) return;
  if (after.level !== before.level) {
    await notifyAccount(ctx, after, {
      code: 'notice.identity_confirmed',
      params: { level: after.level },
      purpose: 'notice',
    });
  } else if (check.state === 'clarification_requested' && check.deadline !== undefined) {
    await notifyAccount(ctx, after, {
      code: 'notice.clarification_requested',
      params: {
        defects: check.defects.map((d) => d.field).join(', '),
        deadline: formatDeadline(check.deadline),
      },
      purpose: 'notice',
    });
  }
}
