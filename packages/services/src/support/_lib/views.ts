import type { SupportRequestRecord } from '../support-request-record.js';
import type {
  SupportMessageView,
  SupportRequestSummary,
  SupportRequestView,
} from '../support-request-view.js';
import type { SupportContext } from './context.js';

function summaryOf(
  ctx: SupportContext,
  r: SupportRequestRecord,
  operator: boolean,
): SupportRequestSummary {
  return {
    id: r.id,
    number: r.number,
    topic: r.topic,
    status: r.status,
    receivedAt: r.receivedAt,
    updatedAt: r.updatedAt,
    ...(r.deadline.state === 'running' && (r.status === 'received' || r.status === 'in_progress')
      ? { deadlineAt: r.deadline.deadlineAt }
      : {}),
    answerPaused: r.deadline.state === 'paused',
    escalated: r.escalated,
    ...(r.escalatedAt === undefined ? {} : { escalatedAt: r.escalatedAt }),
    ...(r.resolvedAt === undefined ? {} : { resolvedAt: r.resolvedAt }),
    ...(r.closedAt === undefined ? {} : { closedAt: r.closedAt }),
    ...(r.status === 'resolved' && r.resolvedAt !== undefined
      ? { reopenableUntil: r.resolvedAt + ctx.policy.reopenWindowMs }
      : {}),
    messageCount: r.messages.length,
    ...(operator
      ? { accountId: r.ownerId, ...(r.assignee === undefined ? {} : { assignee: r.assignee }) }
      : {}),
  };
}

export function summaryView(
  ctx: SupportContext,
  r: SupportRequestRecord,
  operator = false,
): SupportRequestSummary {
  return summaryOf(ctx, r, operator);
}

export function requestView(
  ctx: SupportContext,
  r: SupportRequestRecord,
  operator = false,
): SupportRequestView {
  const { messageCount: _n, ...summary } = summaryOf(ctx, r, operator);
  const messages = r.messages.map((m): SupportMessageView => {
    const { operatorId, ...rest } = m;
    return operator && operatorId !== undefined ? { ...rest, operatorId } : rest;
  });
  return {
    ...summary,
    ...(r.resolution === undefined ? {} : { resolution: r.resolution }),
    messages,
    accountActions: operator
      ? r.accountActions
      : r.accountActions.map(({ action, at }) => ({ action, at, operatorId: 'support' })),
  };
}
