import { createHash } from 'node:crypto';
import { ConflictError, fail, issue, ok, readInput, type Result } from '@kabinet/core';
import type { JournaledUnit } from '@kabinet/audit/units';
import type { ApplicationRecord, CertificateRecord } from '../application-record.js';
import type { AgencyDocument, AgencyUpdate } from '../agency-gateway.js';
import { agencyUpdateSchema } from '../agency-update-schema.js';
import { applicationsInputSchemas } from '../applications-input-schemas.js';
import type { AgencyOutcome } from '../applications-service.js';
import { changeApplication, without, type Change, type NoChange } from './change.js';
import { AGENCY, CERTIFICATES, applications, journal, type AppContext } from './context.js';
import type { AgencyReportIgnored } from './application-journal-actions.js';
import { AGENCY_EVENT, AGENCY_REPORTED } from './agency-report.js';
import { reminderKey } from './use-submit.js';
import { step } from './step.js';
import type { ApplicationIssueCode } from '../application-messages.js';

const DAY = 86_400_000;

const certificateId = (applicationId: string): string =>
  `cert_${createHash('sha256').update(applicationId).digest('hex').slice(0, 26)}`;

/** Journals a report that changed nothing (duplicate, stale, refused by the table). */
async function ignored(
  ctx: AppContext,
  app: ApplicationRecord,
  update: AgencyUpdate,
  reason: AgencyReportIgnored,
): Promise<void> {
  await ctx.deps.units.run((unit) =>
    journal(unit, AGENCY, 'application.agency_update_ignored', app.ownerId, {
      applicationId: app.id,
      eventId: update.eventId,
      sequence: update.sequence,
      status: update.status,
      reason,
    }),
  );
}

/** Stores the issued document once (its blob and certificate ids follow from the application, so two instances write the same). */
async function storeDocument(
  ctx: AppContext,
  app: ApplicationRecord,
  doc: AgencyDocument,
  now: number,
): Promise<{ blobId: string }> {
  const blobId = `blob_${createHash('sha256').update(`${app.id}:result`).digest('hex').slice(0, 26)}`;
  if ((await ctx.deps.blobs.get(blobId)) === undefined) {
    try {
      await ctx.deps.blobs.put(blobId, doc.bytes, {
        mediaType: doc.mediaType,
        size: doc.bytes.length,
        sha256: createHash('sha256').update(doc.bytes).digest('hex'),
        ownerId: app.ownerId,
        createdAt: now,
      });
    } catch (error) {
      if (!(error instanceof Error && ConflictError.isInstance(error))) throw error;
    }
  }
  return { blobId };
}

/**
 * receiveAgencyUpdate (S-16): a report whose id was handled is a duplicate; one not newer than
 * the newest applied (by sequence) is stale; otherwise the table decides (the authority may
 * report any later status from any open state, so any order of delivery converges on the
 * newest report). Ignored and refused reports are journaled. An approval's document is
 * fetched and stored, and a certificate issued in the same unit (AUD-2).
 */
export async function receiveAgencyUpdate(
  ctx: AppContext,
  input: unknown,
): Promise<Result<AgencyOutcome, ApplicationIssueCode>> {
  const parsed = readInput(agencyUpdateSchema, input);
  if (!parsed.success) return fail(issue('application.callback.malformed', []));
  const update = parsed.data;
  const load = () => applications(ctx).get(update.applicationId);
  const first = await load();
  if (first === undefined) return fail(issue('application.callback.unknown_case', []));
  if (first.agencyRef !== undefined && first.agencyRef !== update.caseRef)
    return fail(issue('application.callback.unknown_case', []));
  // Fetch the document before the unit (network calls stay outside transactions).
  let document: { blobId: string; mediaType: string; size: number } | undefined;
  if (
    update.status === 'approved' &&
    update.document !== undefined &&
    !first.agencyEvents.includes(update.eventId) &&
    update.sequence > first.agencySeq
  ) {
    const bytes = await ctx.agency.fetchDocument(update.caseRef, update.document.id);
    const stored = await storeDocument(ctx, first, bytes, ctx.deps.clock.now());
    document = { blobId: stored.blobId, mediaType: bytes.mediaType, size: bytes.bytes.length };
  }
  const seen: { outcome: AgencyOutcome['outcome'] } = { outcome: 'applied' };
  let refusal: ReturnType<typeof issue> | undefined;
  const saved = await changeApplication(
    ctx,
    load,
    () => fail(issue('application.callback.unknown_case', [])),
    AGENCY,
    (app, now): Result<Change | NoChange, ApplicationIssueCode> => {
      if (app.agencyEvents.includes(update.eventId)) {
        seen.outcome = 'duplicate';
        return ok({ unchanged: true });
      }
      if (update.sequence <= app.agencySeq) {
        seen.outcome = 'stale';
        return ok({ unchanged: true });
      }
      const event = AGENCY_EVENT[update.status];
      const same = app.status === update.status;
      const moved = same ? ok({ ...app, updatedAt: now }) : step(app, event, 'agency', now);
      if (!moved.success) {
        seen.outcome = 'not_allowed';
        refusal = moved.issues[0];
        return ok({ unchanged: true });
      }
      const quiet = same && update.status !== 'info_required';
      seen.outcome = quiet ? 'unchanged' : 'applied';
      const events = [...app.agencyEvents, update.eventId].slice(-ctx.policy.agencyEventsKept);
      let next: ApplicationRecord = {
        ...moved.data,
        agencySeq: update.sequence,
        agencyEvents: events,
        agencyRef: app.agencyRef ?? update.caseRef,
      };
      if (
        app.agencyRef === undefined &&
        next.dueAt !== undefined &&
        next.supplementPending !== true
      )
        next = without(next, 'dueAt');
      // The processing clock: stopped while waiting for the user, running otherwise.
      if (app.pausedSince !== undefined && next.status !== 'info_required')
        next = {
          ...without(next, 'pausedSince'),
          pausedMs: app.pausedMs + Math.max(0, now - app.pausedSince),
        };
      const cancelKeys =
        app.status === 'info_required' && next.status !== 'info_required'
          ? [reminderKey(app.id)]
          : [];
      let notice: Change['notice'];
      let also: Change['also'];
      if (update.status === 'info_required') {
        const dueBy = update.infoRequest?.dueBy ?? now + ctx.policy.infoResponseDays * DAY;
        next = {
          ...next,
          pausedSince: app.pausedSince ?? now,
          infoRequest: {
            requestedAt: now,
            dueBy,
            items: [...(update.infoRequest?.items ?? [])],
            ...(update.infoRequest?.note === undefined ? {} : { note: update.infoRequest.note }),
          },
        };
        notice = {
          code: 'notice.application.info_required',
          params: { dueBy: new Date(dueBy).toISOString().slice(0, 10) },
        };
        also = async (unit: JournaledUnit) => {
          await ctx.deps.notices.post(unit, {
            accountId: app.ownerId,
            kind: 'application',
            code: 'notice.application.info_reminder',
            params: {
              service: app.serviceCode,
              number: app.number ?? '',
              dueBy: new Date(dueBy).toISOString().slice(0, 10),
            },
            subject: { type: 'application', id: app.id },
            notBefore: Math.max(now, dueBy - ctx.policy.infoReminderBeforeMs),
            key: reminderKey(app.id),
          });
        };
      } else if (!same) {
        notice = { code: `notice.application.${next.status}` };
      }
      if (!same && (update.status === 'approved' || update.status === 'rejected')) {
        const certId = document === undefined ? undefined : certificateId(app.id);
        next = {
          ...next,
          decision: {
            outcome: update.status,
            at: update.at,
            reasons: [...(update.reasons ?? [])],
            ...(certId === undefined ? {} : { certificateId: certId }),
          },
        };
        if (document !== undefined && certId !== undefined) {
          const cert: CertificateRecord = {
            id: certId,
            ownerId: app.ownerId,
            applicationId: app.id,
            serviceCode: app.serviceCode,
            title: update.document?.title ?? '',
            blobId: document.blobId,
            mediaType: document.mediaType,
            size: document.size,
            issuedAt: now,
            ...(app.number === undefined ? {} : { number: app.number }),
          };
          also = async (unit: JournaledUnit) => {
            await unit.versioned<CertificateRecord>(CERTIFICATES).create(cert);
            await journal(unit, AGENCY, 'application.certificate_issued', app.ownerId, {
              applicationId: app.id,
              certificateId: certId,
              title: cert.title,
            });
          };
        }
      }
      return ok<Change>({
        next,
        // The reported status is `next.status`: its event ends in it (agency-report.test.ts).
        action: quiet ? 'application.agency_update_unchanged' : AGENCY_REPORTED[update.status],
        payload: {
          eventId: update.eventId,
          sequence: update.sequence,
          status: update.status,
          caseRef: update.caseRef,
          reasons: update.reasons === undefined ? undefined : [...update.reasons],
        },
        cancelKeys,
        ...(notice === undefined ? {} : { notice }),
        ...(also === undefined ? {} : { also }),
      });
    },
  );
  if (!saved.success) return saved;
  const outcome = seen.outcome;
  if (outcome === 'duplicate' || outcome === 'stale' || outcome === 'not_allowed') {
    await ignored(ctx, saved.data, update, outcome);
    if (outcome === 'not_allowed' && refusal !== undefined) {
      await ctx.deps.units.run((unit) =>
        journal(unit, AGENCY, 'application.event_rejected', saved.data.ownerId, {
          applicationId: saved.data.id,
          from: saved.data.status,
          event: AGENCY_EVENT[update.status],
          code: refusal!.code,
        }),
      );
      return ok({ outcome, application: saved.data }, [refusal]);
    }
  }
  return ok({ outcome, application: saved.data });
}

/** handleAgencyCallback: the gateway authenticates the exact bytes; a forged one is journaled and refused. */
export async function handleAgencyCallback(
  ctx: AppContext,
  input: unknown,
): Promise<Result<AgencyOutcome, ApplicationIssueCode>> {
  const read = applicationsInputSchemas.callback.safeParse(input);
  if (!read.success) return fail(issue('application.callback.malformed', []));
  const { body, headers } = read.data;
  // Without a gateway nothing can authenticate a callback: refused as unsigned (fail closed, no 5xx).
  const parsed = !ctx.agencyConfigured
    ? fail(issue('application.callback.signature', []))
    : await ctx.agency.parseCallback({ body, headers });
  if (!parsed.success) {
    if (parsed.issues.some((i) => i.code === 'application.callback.signature')) {
      await ctx.deps.units.run((unit) =>
        unit.append({
          actor: AGENCY,
          action: 'application.callback_rejected',
          subject: AGENCY,
          payload: { reason: 'signature' },
        }),
      );
    }
    return parsed;
  }
  return receiveAgencyUpdate(ctx, parsed.data);
}
