import { z } from 'zod';

/**
 * The zod schemas of the maintenance service's inputs, read with `readInput` (`@kabinet/core`).
 *
 * @example
 * ```ts
 * import { readInput } from '@kabinet/core';
 * import { maintenanceInputSchemas } from '@kabinet/account/maintenance';
 * readInput(maintenanceInputSchemas.rekey, { batchSize: 5000 });
 * // { success: false, issues: [{ code: 'input.too_large', path: ['batchSize'], params: { max: 1000 } }] }
 * ```
 */
export const maintenanceInputSchemas = {
  /** `rekeyAccounts` and `rekeyDrafts`: how much one run does and where it goes on. */
  rekey: z
    .object({
      /** Records read per page, 1–1000 (default 100). */
      batchSize: z.number().int().min(1).max(1000).optional(),
      /** The `nextCursor` of the previous run. */
      cursor: z.string().min(1).max(64).optional(),
      /** Stop after this many records, with a `nextCursor`. */
      limit: z.number().int().min(1).optional(),
    })
    .strict(),
};

/**
 * The input the schema `K` of {@link maintenanceInputSchemas} reads, as a caller writes it (the
 * schema's input type): the maintenance service's methods take it, so a misspelled field does not compile.
 *
 * @example
 * ```ts
 * const input: MaintenanceInput<'rekey'> = { batchSize: 100 };
 * ```
 */
export type MaintenanceInput<K extends keyof typeof maintenanceInputSchemas> = z.input<
  (typeof maintenanceInputSchemas)[K]
>;
