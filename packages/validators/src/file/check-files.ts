import { fail, ok, type Issue, type IssuePath, type Result } from '@kabinet/core/result';
import { checkFile, type CheckedFile, type FileScanner } from './check-file.js';
import type { FilePolicy } from './file-policies.js';
import type { UploadedFile } from './uploaded-file-schema.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

/** Options of {@link checkFiles}. */
export interface CheckFilesOptions {
  /** The scanning hook (FILE-4) every file passes through; code that stores files passes one. */
  readonly scan: FileScanner;
  /** Path of the list in issues: file `i` is reported at `[...path, i]` (default `['files']`). */
  readonly path?: IssuePath;
}

/** An uploaded file that passed {@link checkFiles}, with what {@link checkFile} found in it. */
export interface CheckedUpload<F extends UploadedFile = UploadedFile> {
  /** The file as it was given. */
  readonly file: F;
  /** Its detected type (`mime`, `ext`), size, pixels, density and scan verdict. */
  readonly checked: CheckedFile;
}

/**
 * Checks a list of uploads one after the other with {@link checkFile} (FILE-1…FILE-4, S-13),
 * each against the same policy and scanning hook, with its declared name (for the
 * `file.name_mismatch` warning) and the issue path `[...path, i]`. Succeeds only when every
 * file passes, with the files in their order and every file's warnings; otherwise fails with
 * every failing file's issues, in the files' order.
 *
 * @param files - the uploads, each its bytes and optional name
 * @param policy - a {@link FilePolicy}, e.g. {@link filePolicies}.document
 * @param options - the scanning hook and the list's issue path
 * @returns the checked uploads, or the issues of {@link checkFile} for each failing file
 * @example
 * ```ts
 * const r = await checkFiles(input.files, filePolicies.document, { scan: clamav });
 * if (!r.success) return fail(r.issues); // e.g. 'file.infected' at ['files', 1]
 * for (const { file, checked } of r.data) await blobs.put(id, file.bytes, { mediaType: checked.mime });
 * ```
 */
export async function checkFiles<F extends UploadedFile>(
  files: readonly F[],
  policy: FilePolicy,
  options: CheckFilesOptions,
): Promise<Result<CheckedUpload<F>[], ValidatorIssueCode>> {
  const path = options.path ?? ['files'];
  const issues: Issue<ValidatorIssueCode>[] = [];
  const warnings: Issue[] = [];
  const passed: CheckedUpload<F>[] = [];
  for (const [i, file] of files.entries()) {
    const r = await checkFile(file.bytes, policy, {
      path: [...path, i],
      scan: options.scan,
      ...(file.name === undefined ? {} : { declaredName: file.name }),
    });
    if (!r.success) issues.push(...r.issues);
    else {
      warnings.push(...(r.warnings ?? []));
      passed.push({ file, checked: r.data });
    }
  }
  return issues.length > 0 ? fail(issues) : ok(passed, warnings);
}
