// What the support requests use cases share: deps, policy, hooks, collection names, parties,
// and the one place a request change is written (request, queue entry, journal
// entry and notice in one unit).
import { fail, issue, type Result } from '@kabinet/core';
import type { JournalPayloadOf, KnownJournalAction } from '@kabinet/audit';
import type { JournaledUnit } from '@kabinet/audit/units';
import type { Stored } from '@kabinet/ports';
import type { FileScanner } from '@kabinet/validators/file';
import type { ServicesDeps } from '../../context/services-deps.js';
import type { NoticeDraft } from '../../notifications/notice-board.js';
import type { SupportAccountOperations } from '../support-account-operations.js';
import {
  supportRequestMachine,
  type SupportRequestEvent,
  type SupportRequestStatus,
} from '../support-request-machine.js';
import type { SupportRequestRecord } from '../support-request-record.js';
import type { SupportRequestBase } from './support-request-journal-actions.js';
import type { SupportRequestsPolicy } from '../support-requests-policy.js';
import { REQUESTS } from './collections.js';
import { syncQueue } from './queue.js';
import type { SupportRequestIssueCode } from '../support-request-messages.js';

export interface SupportContext<AccountCode extends string = string> {
  readonly deps: ServicesDeps;
  readonly policy: SupportRequestsPolicy;
  readonly scanFile: FileScanner | undefined;
  readonly accountOperations: SupportAccountOperations<AccountCode> | undefined;
}

export interface Party {
  readonly type: string;
  readonly id: string;
}

export const SYSTEM: Party = { type: 'system', id: 'support_requests' };
export const userParty = (accountId: string): Party => ({ type: 'account', id: accountId });
export const operatorParty = (operatorId: string): Party => ({ type: 'support', id: operatorId });

/** The record without the store-managed `version`. */
export function unstore(stored: Stored<SupportRequestRecord>): SupportRequestRecord {
  const { version: _version, ...rest } = stored;
  return rest;
}

/** What the tick should do next for a record: the answer deadline, the end of the reopen window, or nothing. */
export function dueAtOf(ctx: SupportContext, record: SupportRequestRecord): number | undefined {
  if (
    (record.status === 'received' || record.status === 'in_progress') &&
    record.deadline.state === 'running' &&
    !record.escalated
  )
    return record.deadline.deadlineAt;
  if (record.status === 'resolved' && record.resolvedAt !== undefined)
    return record.resolvedAt + ctx.policy.reopenWindowMs;
  return undefined;
}

/** The record with `dueAt` recomputed (absent when nothing is due). */
export function withDue(ctx: SupportContext, record: SupportRequestRecord): SupportRequestRecord {
  const { dueAt: _old, ...rest } = record;
  const dueAt = dueAtOf(ctx, rest);
  return dueAt === undefined ? rest : { ...rest, dueAt };
}

/** The journal actions of support requests' steps. */
export type SupportRequestAction = Extract<KnownJournalAction, `support_request.${string}`>;

/** A step's own payload: the action's in the catalogue without what `effects` adds. */
type StepDetails<A extends SupportRequestAction> = Omit<
  JournalPayloadOf<A>,
  keyof SupportRequestBase
>;

/** One step's journal entry (an action with exactly its own payload). */
export type StepJournal = {
  readonly [A in SupportRequestAction]: { readonly action: A } & (object extends StepDetails<A>
    ? { readonly payload?: StepDetails<A> }
    : { readonly payload: StepDetails<A> });
}[SupportRequestAction];

/** One step's journal entry and notice. */
export type StepEffects = StepJournal & {
  readonly actor: Party;
  readonly notice?: Omit<NoticeDraft, 'accountId' | 'kind' | 'subject'>;
};

/** Journals a step about the request's account and posts its notice (kind `support`), in the unit. */
export async function effects(
  ctx: SupportContext,
  unit: JournaledUnit,
  record: SupportRequestRecord,
  step: StepEffects,
): Promise<void> {
  const base: SupportRequestBase = {
    requestId: record.id,
    number: record.number,
    topic: record.topic,
    status: record.status,
    escalated: record.escalated,
  };
  // `StepJournal` paired the action with its details; the entry is the base and them.
  await unit.append<string>({
    actor: step.actor,
    action: step.action,
    subject: userParty(record.ownerId),
    payload: { ...base, ...(step.payload ?? {}) },
  });
  if (step.notice !== undefined) {
    await ctx.deps.notices.post(unit, {
      ...step.notice,
      accountId: record.ownerId,
      kind: 'support',
      subject: { type: 'support_request', id: record.id },
    });
  }
}

/**
 * Writes a changed request (`next`, read at `before.version`) with its queue entry, journal
 * entry and notice as one unit; a stale version throws ConflictError before anything else is
 * written.
 */
export async function writeStep(
  ctx: SupportContext,
  before: Stored<SupportRequestRecord>,
  next: SupportRequestRecord,
  step: StepEffects,
): Promise<Stored<SupportRequestRecord>> {
  const record = withDue(ctx, next);
  return ctx.deps.units.run(async (unit) => {
    const written = await unit
      .versioned<SupportRequestRecord>(REQUESTS)
      .update(record, before.version);
    await syncQueue(unit, written);
    await effects(ctx, unit, written, step);
    return written;
  });
}

/** The status after `event` by the transition table, or `support_request.not_allowed` (never applied). */
export function move(
  record: SupportRequestRecord,
  event: SupportRequestEvent,
): Result<SupportRequestStatus, SupportRequestIssueCode> {
  const r = supportRequestMachine.transition(record.status, event);
  return r.success
    ? r
    : fail(
        issue('support_request.not_allowed', ['requestId'], {
          number: record.number,
          status: record.status,
          event,
        }),
      );
}

/** The stored request, if there is one. */
export function loadRequest(
  ctx: SupportContext,
  requestId: string,
): Promise<Stored<SupportRequestRecord> | undefined> {
  return ctx.deps.versioned<SupportRequestRecord>(REQUESTS).get(requestId);
}
