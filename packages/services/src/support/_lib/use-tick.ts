// The tick the integrator calls (or a timer): requests past their answer deadline are escalated
// (flagged, moved to the head of the operator queue, journaled, the user told), and resolved
// requests whose reopen window has ended are closed. Both are found by `listDue` over the
// requests' `dueAt`, earliest first. Every change is a versioned write: when two ticks (on one
// instance or several) take the same request, one write wins and the other re-reads it, finds
// nothing due, and leaves it — each request is escalated once.
import { ok, readInput, retryOnConflict, type Result } from '@kabinet/core';
import type { Stored } from '@kabinet/ports';
import type { SupportTick } from '../support-operator.js';
import { supportRequestInputSchemas as schemas } from '../support-request-input-schemas.js';
import type { SupportRequestRecord } from '../support-request-record.js';
import { closeResolved } from './close-resolved.js';
import { REQUESTS } from './collections.js';
import { SYSTEM, unstore, writeStep, type SupportContext } from './context.js';
import { newMessage } from './new-message.js';
import type { SupportRequestIssueCode } from '../support-request-messages.js';

export type SupportTickReport = SupportTick;

async function escalate(
  ctx: SupportContext,
  current: Stored<SupportRequestRecord>,
  now: number,
): Promise<boolean> {
  const open = current.status === 'received' || current.status === 'in_progress';
  if (
    !open ||
    current.escalated ||
    current.deadline.state !== 'running' ||
    current.deadline.deadlineAt > now
  )
    return false;
  const system = newMessage(ctx, now, {
    author: 'system',
    code: 'support_request.system.escalated',
    attachments: [],
  });
  await writeStep(
    ctx,
    current,
    {
      ...unstore(current),
      escalated: true,
      escalatedAt: now,
      updatedAt: now,
      messages: [...current.messages, system],
    },
    {
      actor: SYSTEM,
      action: 'support_request.escalated',
      payload: {
        deadlineAt: current.deadline.deadlineAt,
        overdueMs: now - current.deadline.deadlineAt,
      },
      notice: { code: 'notice.support_request.escalated', params: { number: current.number } },
    },
  );
  return true;
}

export async function escalateOverdue(
  ctx: SupportContext,
  input: unknown,
): Promise<Result<SupportTickReport, SupportRequestIssueCode>> {
  const read = readInput(schemas.tick, input);
  if (!read.success) return read;
  const requests = ctx.deps.versioned<SupportRequestRecord>(REQUESTS);
  const now = ctx.deps.clock.now();
  const due = await requests.listDue(now, { limit: read.data.limit });
  let escalated = 0;
  let closed = 0;
  for (const listed of due.items) {
    const outcome = await retryOnConflict(ctx.policy.conflictRetries, async () => {
      const current = await requests.get(listed.id);
      if (current === undefined) return 'none';
      if (await escalate(ctx, current, now)) return 'escalated';
      return (await closeResolved(ctx, current, SYSTEM, now)) === undefined ? 'none' : 'closed';
    });
    if (outcome === 'escalated') escalated++;
    else if (outcome === 'closed') closed++;
  }
  return ok({ escalated, closed, more: due.nextCursor !== undefined });
}
