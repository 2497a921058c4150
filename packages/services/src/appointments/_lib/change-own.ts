// The prelude every change of one of the account's own appointments shares: re-run from the
// read on a conflict (S-15), another account's appointment reads as missing, a change already
// made answers with the appointment as it is (idempotent), and one from a state the change does
// not start from is refused.
import { ok, retryOnConflict, type Result } from '@kabinet/core';
import type { Stored } from '@kabinet/ports';
import type { AppointmentState } from '../appointment-machine.js';
import type { AppointmentRecord } from '../appointment-record.js';
import { loadOwn, refuse, type AppointmentsContext } from './context.js';
import type { AppointmentIssueCode } from '../appointment-messages.js';

export interface OwnChange {
  /** The states the change starts from; any other is `appointment.not_allowed`. */
  readonly from: readonly AppointmentState[];
  /** The state the change ends in: an appointment already there is returned unchanged. */
  readonly done?: AppointmentState;
}

export function changeOwn(
  ctx: AppointmentsContext,
  target: { readonly accountId: string; readonly appointmentId: string },
  change: OwnChange,
  step: (
    current: Stored<AppointmentRecord>,
    now: number,
  ) => Promise<Result<AppointmentRecord, AppointmentIssueCode>>,
): Promise<Result<AppointmentRecord, AppointmentIssueCode>> {
  return retryOnConflict(ctx.policy.conflictRetries, async () => {
    const current = await loadOwn(ctx, target.accountId, target.appointmentId);
    if (current === undefined) return refuse('appointment.not_found');
    if (current.state === change.done) return ok(current);
    if (!change.from.includes(current.state))
      return refuse('appointment.not_allowed', { state: current.state });
    return step(current, ctx.deps.clock.now());
  });
}
