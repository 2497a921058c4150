import { z } from 'zod';

/** A scan sent with a document or a clarification: its bytes and file name. */
export interface ScanInput {
  /** The scan's bytes (checked by `checkFile` and the antivirus hook when read). */
  readonly bytes: Uint8Array;
  /** Its file name, as the device gave it. */
  readonly name?: string | undefined;
}

/**
 * The zod schema of one {@link ScanInput} that the registration and identity input schemas
 * share (typed plainly, so the API docs show the shape, not zod's internals).
 *
 * @example
 * ```ts
 * import { readInput } from '@kabinet/core';
 * readInput(scanInputSchema, { bytes: new Uint8Array([0xff, 0xd8]), name: 'passport.jpg' }).success; // true
 * ```
 */
export const scanInputSchema: z.ZodType<ScanInput, ScanInput> = z.object({
  bytes: z.instanceof(Uint8Array) as unknown as z.ZodType<Uint8Array, Uint8Array>,
  name: z.string().max(255).optional(),
});
