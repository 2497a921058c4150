import { isConflict, KabinetError, ok, readInput, type Result } from '@kabinet/core';
import type { Stored } from '@kabinet/ports';
import { computeBackoff } from '../compute-backoff.js';
import { deliveryMachine } from '../delivery-machine.js';
import type { DeliveryReport } from '../notification-centre.js';
import { notificationInputSchemas } from '../notification-input-schemas.js';
import {
  NOTICE_COLLECTIONS,
  type DeliveryRecord,
  type DeliveryState,
  type ReminderRecord,
} from '../notice-records.js';
import type { CentreContext } from './centre-context.js';
import { materialiseReminder } from './materialise-reminder.js';
import { SYSTEM_ACTOR } from './materialise-notice.js';
import { sendDelivery, type SendOutcome } from './send-delivery.js';
import type { NotificationIssueCode } from '../notification-messages.js';

// The state the table gives; a claimed delivery is `sending`, so every outcome is a row of it.
function after(claimed: DeliveryRecord, event: 'accept' | 'retry' | 'refuse'): DeliveryState {
  const to = deliveryMachine.transition(claimed.state, event);
  if (!to.success)
    throw new KabinetError(
      'ERR_INVALID_ARGUMENT',
      `delivery ${claimed.id}: ${event} is not allowed from ${claimed.state}`,
    );
  return to.data;
}

type Settled = 'sent' | 'retried' | 'failed' | 'lost';

function withoutDue(record: Stored<DeliveryRecord>): DeliveryRecord {
  const { version: _version, dueAt: _dueAt, lastError: _lastError, ...rest } = record;
  return rest;
}

// Writes the outcome of a claimed delivery with the claim's version, and journals it. A conflict
// means the claim lapsed and another deliverer took it over: its outcome wins ('lost').
async function settle(
  ctx: CentreContext,
  claimed: Stored<DeliveryRecord>,
  outcome: SendOutcome,
): Promise<Settled> {
  const { deps, policy } = ctx;
  const now = deps.clock.now();
  const base = withoutDue(claimed);
  let next: DeliveryRecord;
  let settled: Settled;
  if (outcome.status === 'sent') {
    next = {
      ...base,
      state: after(claimed, 'accept'),
      sentAt: now,
      ...(outcome.sentOn === undefined ? {} : { sentOn: outcome.sentOn }),
    };
    settled = 'sent';
  } else if (outcome.retryable && claimed.attempts < policy.maxAttempts) {
    next = {
      ...base,
      state: after(claimed, 'retry'),
      dueAt: now + computeBackoff(claimed.attempts, policy),
      lastError: outcome.reason,
    };
    settled = 'retried';
  } else {
    next = { ...base, state: after(claimed, 'refuse'), lastError: outcome.reason };
    settled = 'failed';
  }
  const action =
    settled === 'sent'
      ? 'notice.delivery.sent'
      : settled === 'retried'
        ? 'notice.delivery.retry_scheduled'
        : 'notice.delivery.failed';
  try {
    await deps.units.run(async (unit) => {
      await unit
        .versioned<DeliveryRecord>(NOTICE_COLLECTIONS.deliveries)
        .update(next, claimed.version);
      await unit.append({
        actor: SYSTEM_ACTOR,
        action,
        subject: { type: 'account', id: claimed.ownerId },
        payload: {
          deliveryId: claimed.id,
          noticeId: claimed.noticeId,
          channel: outcome.sentOn ?? claimed.channel,
          attempts: claimed.attempts,
          ...(settled === 'sent' ? {} : { reason: next.lastError ?? '' }),
        },
      });
    });
  } catch (error) {
    if (isConflict(error)) return 'lost';
    throw error;
  }
  return settled;
}

export function useDelivery(ctx: CentreContext) {
  const { deps, policy } = ctx;

  // Claims one due delivery with an optimistic version update: of two deliverers that listed it,
  // exactly one claims it. A claim is a lease: `dueAt` moves to when it lapses.
  async function claim(
    due: Stored<DeliveryRecord>,
    now: number,
  ): Promise<Stored<DeliveryRecord> | undefined> {
    const event = due.state === 'pending' ? 'claim' : 'reclaim';
    const to = deliveryMachine.transition(due.state, event);
    if (!to.success) return undefined;
    try {
      return await deps
        .versioned<DeliveryRecord>(NOTICE_COLLECTIONS.deliveries)
        .update(
          { ...due, state: to.data, attempts: due.attempts + 1, dueAt: now + policy.claimLeaseMs },
          due.version,
        );
    } catch (error) {
      if (isConflict(error)) return undefined;
      throw error;
    }
  }

  return {
    async deliverDue(
      input: { readonly limit?: unknown } = {},
    ): Promise<Result<DeliveryReport, NotificationIssueCode>> {
      const read = readInput(notificationInputSchemas.deliver, input);
      if (!read.success) return read;
      const limit = read.data.limit ?? policy.deliveryBatch;
      const report = { materialised: 0, claimed: 0, sent: 0, retried: 0, failed: 0, errors: 0 };
      const now = deps.clock.now();
      const reminders = await deps
        .versioned<ReminderRecord>(NOTICE_COLLECTIONS.reminders)
        .listDue(now, { limit });
      for (const reminder of reminders.items)
        if (await materialiseReminder(deps, policy, reminder)) report.materialised += 1;
      const due = await deps
        .versioned<DeliveryRecord>(NOTICE_COLLECTIONS.deliveries)
        .listDue(deps.clock.now(), { limit });
      for (const candidate of due.items) {
        const claimed = await claim(candidate, deps.clock.now());
        if (claimed === undefined) continue;
        report.claimed += 1;
        try {
          // A delivery whose claims kept lapsing (a sender that hangs or throws) stops at the cap.
          const outcome: SendOutcome =
            claimed.attempts > policy.maxAttempts
              ? { status: 'failed', reason: 'attempts_exhausted', retryable: false }
              : await sendDelivery(ctx, claimed);
          const settled = await settle(ctx, claimed, outcome);
          if (settled === 'lost') report.errors += 1;
          else report[settled] += 1;
        } catch (error) {
          report.errors += 1;
          ctx.onError(error);
        }
      }
      return ok(report);
    },
  };
}
