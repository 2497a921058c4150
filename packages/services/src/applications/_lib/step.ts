import { fail, issue, ok, type Result } from '@kabinet/core';
import { applicationMachine, type ApplicationEvent } from '../application-machine.js';
import type { ApplicationRecord, ApplicationStep } from '../application-record.js';
import type { ApplicationIssueCode } from '../application-messages.js';

const REFUSAL: Partial<Record<ApplicationEvent, ApplicationIssueCode>> = {
  edit: 'application.not_editable',
  attach: 'application.not_editable',
  withdraw: 'application.not_withdrawable',
};

/**
 * Moves an application by the table: the next record (history extended when the state
 * changes) or the refusal, whose params name `from` and `event` (so it is journaled).
 */
export function step<T extends ApplicationRecord>(
  app: T,
  event: ApplicationEvent,
  by: ApplicationStep['by'],
  now: number,
): Result<T, ApplicationIssueCode> {
  const moved = applicationMachine.transition(app.status, event);
  if (!moved.success) {
    return fail(
      issue(REFUSAL[event] ?? 'application.transition_not_allowed', [], {
        from: app.status,
        event,
      }),
    );
  }
  if (moved.data === app.status) return ok({ ...app, updatedAt: now });
  return ok({
    ...app,
    status: moved.data,
    history: [...app.history, { status: moved.data, at: now, by }],
    updatedAt: now,
  });
}
