import * as z from 'zod';

/**
 * An uploaded file as a use case takes it, before `checkFile` judges it: the bytes and
 * the name the client gave (display only, never trusted for the type).
 *
 * @example
 * ```ts
 * const scan: UploadedFile = { bytes: new Uint8Array([0xff, 0xd8, 0xff]), name: 'passport.jpg' };
 * ```
 */
export interface UploadedFile {
  /** The file's bytes: its type and readability are judged from them (FILE-1, FILE-4). */
  readonly bytes: Uint8Array;
  /** The name the client gave (display only, at most 255 characters). */
  readonly name?: string | undefined;
}

/**
 * The zod schema of one {@link UploadedFile}, the one shape every input schema of an upload
 * (a registration or identity scan, a support attachment, an application's file) reads with
 * `readInput`: bytes that are not a `Uint8Array` are `input.wrong_type`, a name over 255
 * characters `input.too_long`. The content checks are `checkFile`'s, run afterwards.
 *
 * @example
 * ```ts
 * import { readInput } from '@kabinet/core';
 * readInput(uploadedFileSchema, { bytes: new Uint8Array([0xff, 0xd8]), name: 'passport.jpg' }).success; // true
 * ```
 */
export const uploadedFileSchema: z.ZodType<UploadedFile, UploadedFile> = /* @__PURE__ */ (() =>
  z.object({
    // Typed plainly, so the API docs and the callers see `Uint8Array`, not zod's internals.
    bytes: z.instanceof(Uint8Array) as unknown as z.ZodType<Uint8Array, Uint8Array>,
    name: z.string().max(255).optional(),
  }))();
