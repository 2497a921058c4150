import { KabinetError, isConflict, ok, type Result } from '@kabinet/core';
import type { Stored } from '@kabinet/ports';
import type { AgencySubmission } from '../agency-gateway.js';
import type { ApplicationRecord } from '../application-record.js';
import { applicationsInputSchemas as schemas } from '../applications-input-schemas.js';
import { changeApplication, without, type Change, type NoChange } from './change.js';
import { SYSTEM, applications, read, type AppContext } from './context.js';
import { step } from './step.js';
import type { ApplicationIssueCode } from '../application-messages.js';

const gone = () => ok(undefined as unknown as Stored<ApplicationRecord>);
const unchanged: NoChange = { unchanged: true };

function submissionOf(app: ApplicationRecord): AgencySubmission {
  return {
    applicationId: app.id,
    number: app.number ?? '',
    serviceCode: app.serviceCode,
    accountId: app.ownerId,
    fields: app.fields,
    attachments: app.attachments.map((a) => ({
      kind: a.kind,
      blobId: a.blobId,
      mediaType: a.mediaType,
    })),
  };
}

/** A failed call to the authority: try again after `passRetryMs`, journaled. */
function retryLater(
  ctx: AppContext,
  app: ApplicationRecord,
  now: number,
  what: 'submit' | 'supplement',
): Change {
  return {
    next: { ...app, dueAt: now + ctx.policy.passRetryMs, updatedAt: now },
    action: 'application.handover_failed',
    payload: { what, retryAt: now + ctx.policy.passRetryMs },
  };
}

/**
 * One due application: a submitted one is passed to the authority (committed first, so no
 * edit or withdrawal can slip in after the hand-over started), then the case is opened with
 * the gateway (idempotent by our id); an undelivered answer is sent. A failure is retried later.
 */
async function handOver(ctx: AppContext, id: string): Promise<'passed' | 'failed' | 'skipped'> {
  let outcome: 'passed' | 'failed' | 'skipped' = 'skipped';
  const load = () => applications(ctx).get(id);
  // 1. submitted → passed: the point after which the user can no longer edit or withdraw.
  await changeApplication(
    ctx,
    load,
    gone,
    SYSTEM,
    (app, now): Result<Change | NoChange, ApplicationIssueCode> => {
      if (app.status !== 'submitted' || app.dueAt === undefined || app.dueAt > now)
        return ok(unchanged);
      const moved = step(app, 'pass', 'system', now);
      if (!moved.success) return ok(unchanged);
      return ok<Change>({
        next: { ...moved.data, passedAt: now },
        action: 'application.passed',
        payload: { number: app.number },
        notice: { code: 'notice.application.passed' },
      });
    },
  );
  // 2. open the case, or deliver the answer.
  const app = await load();
  if (app === undefined || app.dueAt === undefined || app.dueAt > ctx.deps.clock.now())
    return outcome;
  const opening = app.agencyRef === undefined && app.status === 'passed';
  const supplying = app.agencyRef !== undefined && app.supplementPending === true;
  let caseRef: string | undefined;
  let failed = false;
  try {
    if (opening) caseRef = (await ctx.agency.submit(submissionOf(app))).caseRef;
    else if (supplying && app.agencyRef !== undefined) {
      const since = app.infoRequest?.requestedAt ?? 0;
      await ctx.agency.supplement(app.agencyRef, {
        applicationId: app.id,
        answeredAt: app.infoRequest?.answeredAt ?? ctx.deps.clock.now(),
        attachments: app.attachments
          .filter((a) => a.uploadedAt >= since)
          .map((a) => ({ kind: a.kind, blobId: a.blobId, mediaType: a.mediaType })),
        ...(app.infoRequest?.answerNote === undefined ? {} : { note: app.infoRequest.answerNote }),
      });
    }
  } catch (error) {
    // A misconfiguration or a conflict is not the authority being away: let it surface.
    if (isConflict(error) || (KabinetError.isInstance(error) && error.code === 'ERR_CONFIG'))
      throw error;
    failed = true;
  }
  await changeApplication(
    ctx,
    load,
    gone,
    SYSTEM,
    (current, now): Result<Change | NoChange, ApplicationIssueCode> => {
      if (failed)
        return ok(
          current.dueAt === undefined
            ? unchanged
            : retryLater(ctx, current, now, opening ? 'submit' : 'supplement'),
        );
      if (caseRef !== undefined && current.agencyRef === undefined) {
        outcome = 'passed';
        return ok<Change>({
          next: { ...without(current, 'dueAt'), agencyRef: caseRef, updatedAt: now },
          action: 'application.case_opened',
          payload: { caseRef },
        });
      }
      if (supplying && current.supplementPending === true) {
        outcome = 'passed';
        return ok<Change>({
          next: { ...without(current, 'dueAt', 'supplementPending'), updatedAt: now },
          action: 'application.answer_delivered',
          payload: { caseRef: current.agencyRef },
        });
      }
      // Nothing left to do (another instance did it, or the state moved on): stop being due.
      return ok<Change | NoChange>(
        current.dueAt === undefined || current.status === 'submitted'
          ? unchanged
          : {
              next: without(current, 'dueAt'),
              action: 'application.handover_settled',
              payload: {},
            },
      );
    },
  );
  if (failed) outcome = 'failed';
  return outcome;
}

/** passDue: the tick over the due index (`dueAt`). */
export async function passDue(
  ctx: AppContext,
  input: unknown = {},
): Promise<{ passed: number; failed: number }> {
  const r = read(schemas.tick, input, 'passDue');
  const limit = r.success ? (r.data.limit ?? ctx.policy.maxPageSize) : ctx.policy.maxPageSize;
  const due = await applications(ctx).listDue(ctx.deps.clock.now(), { limit });
  let passed = 0;
  let failed = 0;
  for (const app of due.items) {
    const outcome = await handOver(ctx, app.id);
    if (outcome === 'passed') passed++;
    if (outcome === 'failed') failed++;
  }
  return { passed, failed };
}
