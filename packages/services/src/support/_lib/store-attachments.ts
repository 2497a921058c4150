// Attachments are judged by their bytes (FILE-1, FILE-4, S-13: type by magic numbers, size,
// readability) and passed through the antivirus hook before anything is stored; nothing is
// stored unless every file passes.
import { createHash } from 'node:crypto';
import { KabinetError, createId, fail, issue, ok, type Result } from '@kabinet/core';
import { checkFiles, type UploadedFile } from '@kabinet/validators/file';
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
  const uploads = await checkFiles(files, ctx.policy.attachmentPolicy, { scan });
  if (!uploads.success) return fail(uploads.issues);
  const stored: SupportAttachment[] = [];
  for (const {
    file,
    checked: { mime: mediaType },
  } of uploads.data) {
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
  return ok(stored, uploads.warnings);
}
