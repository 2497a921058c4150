import { createHash } from 'node:crypto';
import { KabinetError, createId, fail, issue, ok, type Result } from '@kabinet/core';
import { checkFile } from '@kabinet/validators/file';
import type { ApplicationRecord } from '../application-record.js';
import type { ApplicationDetails } from '../applications-service.js';
import { applicationsInputSchemas as schemas } from '../applications-input-schemas.js';
import { journalRefusal, type Change } from './change.js';
import { applicationNotFound, changeOwn } from './change-own.js';
import { checkFields, mergeFields } from './check-fields.js';
import {
  accountParty,
  journal,
  loadOwned,
  read,
  unitApplications,
  type AppContext,
} from './context.js';
import { detailsOf } from './details.js';
import { levelAtLeast } from './level.js';
import { step } from './step.js';
import type { ApplicationIssueCode } from '../application-messages.js';

/** createDraft: a known service, a level high enough, valid first fields. */
export async function createDraft(
  ctx: AppContext,
  input: unknown,
): Promise<Result<ApplicationDetails, ApplicationIssueCode>> {
  const r = read(schemas.createDraft, input, 'createDraft');
  if (!r.success) return r;
  const { accountId, accountLevel, serviceCode } = r.data;
  const service = ctx.services.get(serviceCode);
  if (service === undefined) return fail(issue('application.service_unknown', ['serviceCode']));
  if (!levelAtLeast(accountLevel, service.minLevel))
    return fail(issue('application.level_too_low', [], { required: service.minLevel }));
  const fields = r.data.fields ?? {};
  const problems = checkFields(service, fields);
  if (problems.length > 0) return fail(problems);
  const now = ctx.deps.clock.now();
  const record: ApplicationRecord = {
    id: createId('app', now, ctx.deps.random),
    ownerId: accountId,
    serviceCode,
    status: 'draft',
    fields: mergeFields({}, fields),
    attachments: [],
    history: [{ status: 'draft', at: now, by: 'account' }],
    agencySeq: 0,
    agencyEvents: [],
    pausedMs: 0,
    createdAt: now,
    updatedAt: now,
  };
  const stored = await ctx.deps.units.run(async (unit) => {
    const created = await unitApplications(ctx, unit).create(record);
    await journal(unit, accountParty(accountId), 'application.created', accountId, {
      applicationId: record.id,
      serviceCode,
      fields: Object.keys(record.fields),
    });
    return created;
  });
  return ok(detailsOf(ctx, stored, now));
}

/** edit: before the hand-over only; fields checked by their validators. */
export async function edit(
  ctx: AppContext,
  input: unknown,
): Promise<Result<ApplicationDetails, ApplicationIssueCode>> {
  const r = read(schemas.edit, input, 'edit');
  if (!r.success) return r;
  const { fields } = r.data;
  return changeOwn(ctx, r.data, (app, now) => {
    const moved = step(app, 'edit', 'account', now);
    if (!moved.success) return moved;
    const service = ctx.services.get(app.serviceCode);
    if (service === undefined) return fail(issue('application.service_unknown', ['serviceCode']));
    const problems = checkFields(service, fields);
    if (problems.length > 0) return fail(problems);
    return ok<Change>({
      next: { ...moved.data, fields: mergeFields(app.fields, fields) },
      action: 'application.edited',
      payload: { fields: Object.keys(fields), status: app.status },
    });
  });
}

/** attach: the file is judged by its bytes and scanned before it is stored (S-13), then bound to the application. */
export async function attach(
  ctx: AppContext,
  input: unknown,
): Promise<Result<ApplicationDetails, ApplicationIssueCode>> {
  const r = read(schemas.attach, input, 'attach');
  if (!r.success) return r;
  const { accountId, applicationId, kind, file } = r.data;
  const current = await loadOwned(ctx, accountId, applicationId);
  if (current === undefined) return applicationNotFound();
  const requirement = ctx.services
    .get(current.serviceCode)
    ?.attachments.find((a) => a.kind === kind);
  if (requirement === undefined)
    return fail(issue('application.attachment_kind_unknown', ['kind']));
  const early = step(current, 'attach', 'account', 0);
  if (!early.success) {
    await journalRefusal(ctx, accountParty(accountId), current, early.issues);
    return early;
  }
  if (ctx.scanFile === undefined)
    throw new KabinetError(
      'ERR_CONFIG',
      'uploads need the scanFile hook (FILE-4): pass scanFile to createApplicationsService',
    );
  const checked = await checkFile(file.bytes, requirement.policy, {
    path: ['file'],
    scan: ctx.scanFile,
    ...(file.name === undefined ? {} : { declaredName: file.name }),
  });
  if (!checked.success) return checked;
  const now = ctx.deps.clock.now();
  const blobId = createId('blob', now, ctx.deps.random);
  await ctx.deps.blobs.put(blobId, file.bytes, {
    mediaType: checked.data.mime,
    size: file.bytes.length,
    sha256: createHash('sha256').update(file.bytes).digest('hex'),
    ownerId: accountId,
    createdAt: now,
  });
  const saved = await changeOwn(ctx, r.data, (app, at) => {
    const moved = step(app, 'attach', 'account', at);
    if (!moved.success) return moved;
    if (app.attachments.length >= ctx.policy.maxAttachments)
      return fail(
        issue('application.too_many_attachments', ['file'], { max: ctx.policy.maxAttachments }),
      );
    if (app.attachments.filter((a) => a.kind === kind).length >= requirement.maxFiles)
      return fail(
        issue('application.too_many_attachments', ['kind'], { max: requirement.maxFiles }),
      );
    const attachment = {
      id: createId('att', at, ctx.deps.random),
      kind,
      blobId,
      mediaType: checked.data.mime,
      size: file.bytes.length,
      uploadedAt: at,
      ...(file.name === undefined ? {} : { name: file.name.slice(0, 255) }),
    };
    return ok<Change>({
      next: { ...moved.data, attachments: [...app.attachments, attachment] },
      action: 'application.attachment_added',
      payload: {
        kind,
        attachmentId: attachment.id,
        mediaType: attachment.mediaType,
        size: attachment.size,
      },
    });
  });
  if (!saved.success) {
    await ctx.deps.blobs.delete(blobId);
    return saved;
  }
  return ok(saved.data, checked.warnings);
}

/** removeAttachment: before the hand-over only. */
export async function removeAttachment(
  ctx: AppContext,
  input: unknown,
): Promise<Result<ApplicationDetails, ApplicationIssueCode>> {
  const r = read(schemas.removeAttachment, input, 'removeAttachment');
  if (!r.success) return r;
  const { attachmentId } = r.data;
  let blobId: string | undefined;
  const saved = await changeOwn(ctx, r.data, (app, now) => {
    const moved = step(app, 'edit', 'account', now);
    if (!moved.success) return moved;
    const found = app.attachments.find((a) => a.id === attachmentId);
    if (found === undefined)
      return fail(issue('application.attachment_not_found', ['attachmentId']));
    blobId = found.blobId;
    return ok<Change>({
      next: { ...moved.data, attachments: app.attachments.filter((a) => a.id !== attachmentId) },
      action: 'application.attachment_removed',
      payload: { attachmentId, kind: found.kind },
    });
  });
  if (saved.success && blobId !== undefined) await ctx.deps.blobs.delete(blobId);
  return saved;
}
