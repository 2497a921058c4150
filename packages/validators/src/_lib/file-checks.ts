// Checks shared by checkFile and checkFileHead: byte containers, size, type by content.
import { issue, type Issue, type IssuePath } from '@kabinet/core';
import { fileTypeFromBuffer } from 'file-type/core';
import type { DetectedFileType } from '../file/check-file-head.js';
import { FILE_HEAD_BYTES, type AllowedFileType, type FilePolicy } from '../file/file-policies.js';

const LABEL: Readonly<Record<AllowedFileType, string>> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' };

/** Uint8Array view of the accepted byte containers, or `undefined`. */
export function asBytes(input: unknown): Uint8Array | undefined {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  return undefined;
}

/** Type detection shared with checkFile: the allowed type, or the issue. */
export async function detectType(head: Uint8Array, policy: FilePolicy, path: IssuePath): Promise<DetectedFileType | Issue> {
  const allowed = policy.allowedTypes.map((t) => LABEL[t]).join(', ');
  let detected: { ext: string; mime: string } | undefined;
  try {
    detected = await fileTypeFromBuffer(head.subarray(0, FILE_HEAD_BYTES));
  } catch {
    detected = undefined;
  }
  if (detected === undefined) return issue('file.unknown_type', path, { allowed });
  if (!(policy.allowedTypes as readonly string[]).includes(detected.mime)) return issue('file.type_not_allowed', path, { detected: detected.ext, allowed });
  return { mime: detected.mime as AllowedFileType, ext: detected.ext as DetectedFileType['ext'] };
}

/** Size check shared with checkFile. */
export function sizeIssue(size: number, policy: FilePolicy, path: IssuePath): Issue | undefined {
  if (size === 0) return issue('file.empty', path);
  if (size > policy.maxBytes) return issue('file.too_large', path, { max: policy.maxBytes, maxMb: Math.round((policy.maxBytes / (1024 * 1024)) * 10) / 10 });
  return undefined;
}

