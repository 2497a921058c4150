import { fail, issue, ok, type Issue, type Result } from '@kabinet/core';
import type { ApplicationDetails } from '../applications-service.js';
import { applicationsInputSchemas as schemas } from '../applications-input-schemas.js';
import { issueConfirmationNumber } from '../issue-confirmation-number.js';
import { without, type Change } from './change.js';
import { changeOwn } from './change-own.js';
import { checkFields, missingOf } from './check-fields.js';
import { applications, read, type AppContext } from './context.js';
import { levelAtLeast } from './level.js';
import { step } from './step.js';
import type { ApplicationIssueCode } from '../application-messages.js';

export const reminderKey = (applicationId: string): string =>
  `application:${applicationId}:info_reminder`;

/**
 * submit (SVC-1): every required field and file present and valid, the level high enough, the
 * duty paid (and that payment not claimed by another application); a confirmation number is
 * issued (unique by the store) and the user notified. The hand-over waits `passDelayMs`.
 */
export async function submit(
  ctx: AppContext,
  input: unknown,
): Promise<Result<ApplicationDetails, ApplicationIssueCode>> {
  const r = read(schemas.submit, input, 'submit');
  if (!r.success) return r;
  const { accountId, accountLevel } = r.data;
  return changeOwn(ctx, r.data, async (app, now) => {
    const moved = step(app, 'submit', 'account', now);
    if (!moved.success) return moved;
    const service = ctx.services.get(app.serviceCode);
    if (service === undefined) return fail(issue('application.service_unknown', ['serviceCode']));
    if (!levelAtLeast(accountLevel, service.minLevel))
      return fail(issue('application.level_too_low', [], { required: service.minLevel }));
    const missing = missingOf(
      service,
      app.fields,
      app.attachments.map((a) => a.kind),
    );
    const issues: Issue<ApplicationIssueCode>[] = [
      ...missing.fields.map((name) => issue('application.field_required', ['fields', name])),
      ...missing.attachments.map((kind) =>
        issue('application.attachment_required', ['attachments', kind]),
      ),
      ...checkFields(service, app.fields),
    ];
    if (issues.length > 0) return fail(issues);
    let dutyPaymentId: string | undefined;
    if (service.dutyCode !== undefined) {
      const paid = await ctx.duties(accountId, service.dutyCode);
      if (paid === undefined)
        return fail(issue('application.duty_unpaid', [], { duty: service.dutyCode }));
      const holder = await applications(ctx).findByKey(`duty:${paid.paymentId}`);
      if (holder !== undefined && holder.id !== app.id)
        return fail(issue('application.duty_already_used', [], { duty: service.dutyCode }));
      dutyPaymentId = paid.paymentId;
    }
    const year = new Date(now + ctx.policy.utcOffsetMinutes * 60_000).getUTCFullYear();
    const number = issueConfirmationNumber(year, ctx.deps.random);
    return ok<Change>({
      next: {
        ...moved.data,
        number,
        submittedAt: now,
        dueAt: now + ctx.policy.passDelayMs,
        ...(dutyPaymentId === undefined ? {} : { dutyPaymentId }),
      },
      action: 'application.submitted',
      payload: { number, serviceCode: app.serviceCode, dutyPaymentId },
      uniqueKeys: [
        `number:${number}`,
        ...(dutyPaymentId === undefined ? [] : [`duty:${dutyPaymentId}`]),
      ],
      notice: { code: 'notice.application.submitted', params: { number } },
    });
  });
}

/** withdraw (SVC-1): only before the hand-over; the duty's payment is released. */
export async function withdraw(
  ctx: AppContext,
  input: unknown,
): Promise<Result<ApplicationDetails, ApplicationIssueCode>> {
  const r = read(schemas.one, input, 'withdraw');
  if (!r.success) return r;
  return changeOwn(ctx, r.data, (app, now) => {
    const moved = step(app, 'withdraw', 'account', now);
    if (!moved.success) return moved;
    return ok<Change>({
      next: without(moved.data, 'dueAt'),
      action: 'application.withdrawn',
      payload: { from: app.status, number: app.number },
      uniqueKeys: app.number === undefined ? [] : [`number:${app.number}`],
      ...(app.status === 'submitted' ? { notice: { code: 'notice.application.withdrawn' } } : {}),
    });
  });
}

/** answer: every kind the authority asked for has a file uploaded since the request; the clock runs again. */
export async function answer(
  ctx: AppContext,
  input: unknown,
): Promise<Result<ApplicationDetails, ApplicationIssueCode>> {
  const r = read(schemas.answer, input, 'answer');
  if (!r.success) return r;
  return changeOwn(ctx, r.data, (app, now) => {
    const moved = step(app, 'answer', 'account', now);
    if (!moved.success) return moved;
    const request = app.infoRequest;
    const asked = request?.items ?? [];
    const since = request?.requestedAt ?? 0;
    const lacking = asked.filter(
      (kind) => !app.attachments.some((a) => a.kind === kind && a.uploadedAt >= since),
    );
    if (lacking.length > 0)
      return fail(
        lacking.map((kind) => issue('application.answer_incomplete', ['attachments', kind])),
      );
    const paused = app.pausedSince === undefined ? 0 : Math.max(0, now - app.pausedSince);
    const next = without(moved.data, 'pausedSince');
    return ok<Change>({
      next: {
        ...next,
        pausedMs: app.pausedMs + paused,
        supplementPending: true,
        dueAt: now,
        ...(request === undefined
          ? {}
          : {
              infoRequest: {
                ...request,
                answeredAt: now,
                ...(r.data.note === undefined ? {} : { answerNote: r.data.note }),
              },
            }),
      },
      action: 'application.answered',
      payload: { items: [...asked], note: r.data.note === undefined ? undefined : true },
      cancelKeys: [reminderKey(app.id)],
      notice: { code: 'notice.application.answered' },
    });
  });
}
