import * as z from 'zod';
import { checkFile, type CheckedFile, type CheckFileOptions } from './check-file.js';
import type { FilePolicy } from './file-policies.js';

/**
 * Builds an async zod 4 schema of an upload on {@link checkFile}: bytes (`Uint8Array`,
 * `Buffer` or `ArrayBuffer`) in, {@link CheckedFile} out. The check is asynchronous (type
 * detection, scanning hook), so use `safeParseAsync`. Failures are zod `custom` issues whose
 * `params.code` is our code.
 *
 * @param policy - the {@link FilePolicy}
 * @param options - scanning hook and the other options of {@link checkFile} except `path`
 * @returns the schema
 * @example
 * ```ts
 * const upload = z.object({ scan: createFileSchema(filePolicies.passportScan, { scan: clamav }) });
 * const r = await upload.safeParseAsync({ scan: bytes });
 * ```
 */
export function createFileSchema(
  policy: FilePolicy,
  options?: Omit<CheckFileOptions, 'path'>,
): z.ZodType<CheckedFile, Uint8Array | ArrayBuffer> {
  return z
    .custom<Uint8Array | ArrayBuffer>()
    .transform(async (input, ctx): Promise<CheckedFile> => {
      const result = await checkFile(input, policy, { ...options, path: [] });
      if (result.success) return result.data;
      for (const item of result.issues)
        ctx.issues.push({
          code: 'custom',
          input,
          path: [...item.path],
          params: { ...item.params, code: item.code },
        });
      return z.NEVER;
    });
}
