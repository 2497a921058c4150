import type { Stored } from '@kabinet/ports';
import { applicationMachine, type ApplicationEvent } from '../application-machine.js';
import type { ApplicationRecord } from '../application-record.js';
import type { ApplicationDetails } from '../applications-service.js';
import { expectedCompletion } from '../expected-completion.js';
import { missingOf } from './check-fields.js';
import type { AppContext } from './context.js';

const USER_EVENTS: readonly ApplicationEvent[] = ['edit', 'attach', 'submit', 'withdraw', 'answer'];
const CLOSED = new Set(['approved', 'rejected', 'withdrawn']);

/** The view of an application at `now`. */
export function detailsOf(
  ctx: AppContext,
  app: Stored<ApplicationRecord>,
  now: number,
): ApplicationDetails {
  const service = ctx.services.get(app.serviceCode);
  const actions = applicationMachine.eventsFrom(app.status).filter((e) => USER_EVENTS.includes(e));
  const missing =
    service === undefined
      ? { fields: [], attachments: [] }
      : missingOf(
          service,
          app.fields,
          app.attachments.map((a) => a.kind),
        );
  if (service === undefined || CLOSED.has(app.status))
    return { application: app, actions, missing };
  const running = app.pausedSince === undefined ? 0 : Math.max(0, now - app.pausedSince);
  const date = expectedCompletion(
    {
      startedAt: app.passedAt ?? app.submittedAt ?? now,
      workingDays: service.processingWorkingDays,
      pausedMs: app.pausedMs + running,
    },
    { holidays: ctx.policy.holidays, utcOffsetMinutes: ctx.policy.utcOffsetMinutes },
  );
  return { application: app, expectedCompletion: date, actions, missing };
}
