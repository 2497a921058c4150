import { checkFile, type CheckFileOptions } from './check-file.js';
import type { FilePolicy } from './file-policies.js';

/**
 * Tells whether an upload passes {@link checkFile} under a policy.
 *
 * @param bytes - the whole file
 * @param policy - the {@link FilePolicy}
 * @param options - the same options as {@link checkFile}
 * @returns a promise of `true` when {@link checkFile} succeeds
 * @example
 * ```ts
 * await isFileAcceptable(bytes, filePolicies.photo); // false for a 3 MB photo
 * ```
 */
export async function isFileAcceptable(
  bytes: Uint8Array | ArrayBuffer,
  policy: FilePolicy,
  options?: CheckFileOptions,
): Promise<boolean> {
  return (await checkFile(bytes, policy, options)).success;
}
