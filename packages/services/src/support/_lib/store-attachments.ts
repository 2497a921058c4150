// Attachments are judged by their bytes (FILE-1, FILE-4, S-13: type by magic numbers, size,
// readability) and passed through the antivirus hook before anything is stored; nothing is
// stored unless every file passes.
import { createHash } from 'node:crypto';
import { KabinetError, createId, fail, issue, ok, type Issue, type Result } from '@kabinet/core';
import { checkFile, type UploadedFile } from '@kabinet/validators/file';
import type { SupportAttachment } from '../support-request-record.js';
import type { SupportContext } from './context.js';
import type { SupportRequestIssueCode } from '../support-request-messages.js';

export async function storeAttachments(
  ctx: SupportContext,
  files: readonly UploadedFile[],
  ownerId: string,
  now: number,
): Promise<Result<SupportAttachment[], SupportRequestIssueCode>> {
  if (files.length === 0) return ok([]);
  if (files.length > ctx.policy.maxAttachments)
    return fail(issue('input.too_many', ['files'], { max: ctx.policy.maxAttachments }));
  const scan = ctx.scanFile;
  if (scan === undefined)
    throw new KabinetError(
      'ERR_CONFIG',
      'support request attachments need the scanFile hook (FILE-4)',
    );
  const issues: Issue<SupportRequestIssueCode>[] = [];
  const warnings: Issue[] = [];
  const checked: { file: UploadedFile; mediaType: string }[] = [];
  for (const [i, file] of files.entries()) {
    const r = await checkFile(file.bytes, ctx.policy.attachmentPolicy, {
      path: ['files', i],
      scan,
      ...(file.name === undefined ? {} : { declaredName: file.name }),
    });
    if (!r.success) issues.push(...r.issues);
    else {
      warnings.push(...(r.warnings ?? []));
      checked.push({ file, mediaType: r.data.mime });
    }
  }
  if (issues.length > 0) return fail(issues);
  const stored: SupportAttachment[] = [];
  for (const { file, mediaType } of checked) {
    const blobId = createId('blob', now, ctx.deps.random);
    await ctx.deps.blobs.put(blobId, file.bytes, {
      mediaType,
      size: file.bytes.length,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      ownerId,
      createdAt: now,
    });
    stored.push({
      blobId,
      mediaType,
      size: file.bytes.length,
      ...(file.name === undefined ? {} : { name: file.name.slice(0, 255) }),
    });
  }
  return ok(stored, warnings);
}
