import { fail, issue, ok, type IssuePath, type Result } from '@kabinet/core/result';
import { asBytes, detectType, sizeIssue } from '../_lib/file-checks.js';
import { wrongTypeIssue } from '../_lib/normalize-input.js';
import type { AllowedFileType, FilePolicy } from './file-policies.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

/** The type an upload was recognised as from its first bytes. */
export interface DetectedFileType {
  /** MIME type read from the content. */
  readonly mime: AllowedFileType;
  /** Canonical extension: `pdf`, `jpg` or `png`. */
  readonly ext: 'pdf' | 'jpg' | 'png';
}

/** Options of {@link checkFileHead} and {@link checkFile}. */
export interface CheckFileHeadOptions {
  /** Path reported in issues (default `['file']`). */
  readonly path?: IssuePath;
}

/**
 * Judges an upload from its first bytes and declared size, before the body is read whole
 * (S-13: bounded in size before it is read): a declared size over the policy's limit, or
 * content that is not an allowed type, is rejected at once. An HTTP layer reads the first
 * {@link FILE_HEAD_BYTES} bytes of the stream, calls this, and only then reads the rest —
 * still counting bytes, since a declared size can lie — and runs {@link checkFile} on the whole.
 *
 * @param firstBytes - the first bytes of the body (up to {@link FILE_HEAD_BYTES} are used)
 * @param declaredSize - the size the client announced (Content-Length or the multipart part size)
 * @param policy - the {@link FilePolicy}
 * @param options - issue path
 * @returns the {@link DetectedFileType}, or issues: `input.wrong_type` (not bytes, or a size that is not a number), `input.wrong_format` (a negative or unsafe size), `file.empty`,
 *   `file.too_large` (`max`, `maxMb`), `file.unknown_type` (`allowed`), `file.type_not_allowed`
 *   (`detected`: file-type's extension, e.g. `exe`, `heic`, `zip`; `allowed`)
 * @example
 * ```ts
 * const head = await readFirstBytes(request.body, FILE_HEAD_BYTES);
 * const r = await checkFileHead(head, Number(request.headers.get('content-length')), filePolicies.photo);
 * if (!r.success) return reply(413, r.issues);
 * ```
 */
export async function checkFileHead(
  firstBytes: Uint8Array | ArrayBuffer,
  declaredSize: number,
  policy: FilePolicy,
  options?: CheckFileHeadOptions,
): Promise<Result<DetectedFileType, ValidatorIssueCode>> {
  const path = options?.path ?? ['file'];
  const bytes = asBytes(firstBytes);
  if (bytes === undefined)
    return fail(wrongTypeIssue(firstBytes, path, 'Uint8Array | ArrayBuffer'));
  if (typeof declaredSize !== 'number') return fail(wrongTypeIssue(declaredSize, path, 'integer'));
  if (!Number.isSafeInteger(declaredSize) || declaredSize < 0) {
    return fail(issue('input.wrong_format', path));
  }
  const size = sizeIssue(declaredSize, policy, path);
  if (size !== undefined) return fail(size);
  if (bytes.length === 0) return fail(issue('file.empty', path));
  const type = detectType(bytes, policy, path);
  return 'code' in type ? fail(type) : ok(type);
}
