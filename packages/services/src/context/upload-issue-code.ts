import type { Result } from '@kabinet/core';
import type { checkFile } from '@kabinet/validators/file';

/**
 * The codes an upload that fails its checks is refused with: those of `checkFile`'s result
 * (`@kabinet/validators/file`), read from its type, so the services' unions follow it.
 *
 * @useDeclaredType
 * @example
 * ```ts
 * const code: UploadIssueCode = 'file.infected';
 * ```
 */
export type UploadIssueCode =
  Awaited<ReturnType<typeof checkFile>> extends Result<unknown, infer Code> ? Code : never;
