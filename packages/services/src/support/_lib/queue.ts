// The operator queue: one entry per open request in `support_request_queue`, whose `dueAt` is
// a sort key in three bands so `listDue` returns escalated requests first (by when they were
// escalated), then open ones by their deadline, then those waiting for the user (by when they
// started waiting). Resolved and closed requests have no entry.
import type { JournaledUnit } from '@kabinet/audit/units';
import type { StoreRecord } from '@kabinet/ports';
import type { SupportRequestRecord } from '../support-request-record.js';
import { QUEUE } from './collections.js';

/** Where the open band starts: every escalation time (epoch ms) is below it. */
export const OPEN_BAND = 3e15;
/** Where the waiting band starts. */
export const WAITING_BAND = 6e15;
/** Above every key. */
export const QUEUE_END = Number.MAX_SAFE_INTEGER;

export interface QueueEntry extends StoreRecord {
  readonly dueAt: number;
}

/** The request's sort key in the queue, or `undefined` when it is not in the queue. */
export function queueKeyOf(record: SupportRequestRecord): number | undefined {
  switch (record.status) {
    case 'received':
    case 'in_progress':
      if (record.escalated) return record.escalatedAt ?? record.updatedAt;
      return (
        OPEN_BAND +
        (record.deadline.state === 'running' ? record.deadline.deadlineAt : record.receivedAt)
      );
    case 'waiting_for_user':
      return WAITING_BAND + record.updatedAt;
    default:
      return undefined;
  }
}

/** Creates, moves or removes the request's queue entry in the unit. */
export async function syncQueue(unit: JournaledUnit, record: SupportRequestRecord): Promise<void> {
  const queue = unit.versioned<QueueEntry>(QUEUE);
  const key = queueKeyOf(record);
  const entry = await queue.get(record.id);
  if (key === undefined) {
    if (entry !== undefined) await queue.delete(record.id, entry.version);
    return;
  }
  if (entry === undefined) await queue.create({ id: record.id, dueAt: key });
  else if (entry.dueAt !== key) await queue.update({ id: record.id, dueAt: key }, entry.version);
}
