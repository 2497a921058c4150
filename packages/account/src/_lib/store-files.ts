import { createHash } from 'node:crypto';
import { KabinetError, createId, fail, ok, prefixIssues, type Result } from '@kabinet/core';
import type { DocumentKind } from '@kabinet/ports';
import { checkFiles, filePolicies, type UploadedFile } from '@kabinet/validators/file';
import type { AccountContext } from '../context/account-context.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/** An uploaded file as a use case receives it (its name only feeds the `file.name_mismatch` warning). */
export type FileInput = UploadedFile;

/**
 * Checks uploaded files by their bytes (FILE-1 … FILE-4, S-13: type by magic numbers, size,
 * readability, 300 dpi for passport scans) and passes them through the antivirus hook
 * before storing them (a missing hook is `ERR_CONFIG`). Returns the blob ids; stores
 * nothing unless every file passes.
 */
export async function storeFiles(
  ctx: AccountContext,
  files: readonly FileInput[],
  ownerId: string,
  kind: DocumentKind | 'evidence',
  now: number,
): Promise<Result<string[], AccountIssueCode>> {
  const scan = ctx.scanFile;
  if (scan === undefined)
    throw new KabinetError(
      'ERR_CONFIG',
      'uploads need the scanFile hook (FILE-4): pass scanFile to createKabinet',
    );
  const policy = kind === 'foreign_passport' ? filePolicies.passportScan : filePolicies.document;
  const uploads = await checkFiles(files, policy, { scan });
  if (!uploads.success) return fail(prefixIssues([], uploads.issues));
  const ids: string[] = [];
  for (const {
    file,
    checked: { mime: mediaType },
  } of uploads.data) {
    const id = createId('blob', now, ctx.random);
    await ctx.stores.blobs.put(id, file.bytes, {
      mediaType,
      size: file.bytes.length,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      ownerId,
      createdAt: now,
    });
    ids.push(id);
  }
  return ok(ids, uploads.warnings);
}
