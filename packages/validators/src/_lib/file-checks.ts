// Checks shared by checkFile and checkFileHead: byte containers, size, type by content.
import { issue, type Issue, type IssuePath } from '@kabinet/core/result';
import type { DetectedFileType } from '../file/check-file-head.js';
import { FILE_HEAD_BYTES, type AllowedFileType, type FilePolicy } from '../file/file-policies.js';
import { sniffFileType, type SniffedType } from './sniff-file-type.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

const MIME: Readonly<Partial<Record<SniffedType, AllowedFileType>>> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  png: 'image/png',
};

/** How issues name a type: `PDF`, `JPEG`, `PNG` (the MIME subtype, upper-cased). */
export const typeLabel = (mime: AllowedFileType): string =>
  mime.slice(mime.indexOf('/') + 1).toUpperCase();

/** Uint8Array view of the accepted byte containers, or `undefined`. */
export function asBytes(input: unknown): Uint8Array | undefined {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  return undefined;
}

/** Type detection shared with checkFile: the allowed type, or the issue. */
export function detectType(
  head: Uint8Array,
  policy: FilePolicy,
  path: IssuePath,
): DetectedFileType | Issue<ValidatorIssueCode> {
  const allowed = policy.allowedTypes.map(typeLabel).join(', ');
  const ext = sniffFileType(head.subarray(0, FILE_HEAD_BYTES));
  if (ext === undefined) return issue('file.unknown_type', path, { allowed });
  const mime = MIME[ext];
  if (mime === undefined || !policy.allowedTypes.includes(mime))
    return issue('file.type_not_allowed', path, { detected: ext, allowed });
  return { mime, ext: ext as DetectedFileType['ext'] };
}

/** Size check shared with checkFile. */
export function sizeIssue(
  size: number,
  policy: FilePolicy,
  path: IssuePath,
): Issue<ValidatorIssueCode> | undefined {
  if (size === 0) return issue('file.empty', path);
  if (size > policy.maxBytes)
    return issue('file.too_large', path, {
      max: policy.maxBytes,
      maxMb: Math.round((policy.maxBytes / (1024 * 1024)) * 10) / 10,
    });
  return undefined;
}
