import type { Stored } from '@kabinet/ports';
import type { SupportRequestRecord } from '../support-request-record.js';
import { move, unstore, writeStep, type Party, type SupportContext } from './context.js';

/** Closes a resolved request whose reopen window has ended (journaled, notified); `undefined` when it may not close yet. */
export async function closeResolved(
  ctx: SupportContext,
  current: Stored<SupportRequestRecord>,
  actor: Party,
  now: number,
): Promise<Stored<SupportRequestRecord> | undefined> {
  if (current.status !== 'resolved' || now < (current.resolvedAt ?? 0) + ctx.policy.reopenWindowMs)
    return undefined;
  const to = move(current, 'close');
  if (!to.success) return undefined;
  return writeStep(
    ctx,
    current,
    { ...unstore(current), status: to.data, closedAt: now, updatedAt: now },
    {
      actor,
      action: 'support_request.closed',
      notice: { code: 'notice.support_request.closed', params: { number: current.number } },
    },
  );
}
