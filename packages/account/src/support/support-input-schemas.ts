import { z } from 'zod';

const accountId = z.string().min(1).max(64);

/**
 * The zod schemas of the support service's inputs, read with `readInput` (`@kabinet/core`), so
 * an operator tool or an HTTP route can check a request the same way before it calls the service.
 *
 * @example
 * ```ts
 * import { readInput } from '@kabinet/core';
 * import { supportInputSchemas } from '@kabinet/account/support';
 * readInput(supportInputSchemas.block, { accountId: 'acc_1' });
 * // { success: false, issues: [{ code: 'input.required', path: ['reason'] }] }
 * ```
 */
export const supportInputSchemas = {
  /** `account` and `restoreAccess`: the account to act on. */
  account: z.object({
    /** The account's id. */
    accountId,
  }),
  /** `unblock`: the account and, optionally, why the lock or block is lifted. */
  unblock: z.object({
    /** The account's id. */
    accountId,
    /** Why support lifts it (journaled). */
    reason: z.string().max(200).optional(),
  }),
  /** `block` and `close`: the account and why (journaled; a block's reason is shown to support). */
  block: z.object({
    /** The account's id. */
    accountId,
    /** Why support blocks or closes it. */
    reason: z.string().min(1).max(200),
  }),
  /** `dispatchLetter`: the registered-mail check and the letter's tracking number (ACC-7). */
  dispatchLetter: z.object({
    /** The account's id. */
    accountId,
    /** The registered-mail check. */
    checkId: z.string().min(1).max(64),
    /** The postal tracking number: 8 to 20 capital letters and digits. */
    trackingNumber: z.string().regex(/^[A-Z0-9]{8,20}$/),
  }),
  /** `verifyVideo`: the video check the operator confirms (ACC-7). */
  verifyVideo: z.object({
    /** The account's id. */
    accountId,
    /** The video check. */
    checkId: z.string().min(1).max(64),
  }),
  /** `verifyInPerson`: the service centre where the operator met the holder (ACC-7). */
  verifyInPerson: z.object({
    /** The account's id. */
    accountId,
    /** The service centre's id. */
    serviceCentreId: z.string().min(1).max(64),
  }),
};

/**
 * The input the schema `K` of {@link supportInputSchemas} reads, as a caller writes it (the
 * schema's input type): the support service's methods take it, so a misspelled field does not compile.
 *
 * @example
 * ```ts
 * const input: SupportInput<'account'> = { accountId: 'acc_1' };
 * ```
 */
export type SupportInput<K extends keyof typeof supportInputSchemas> = z.input<
  (typeof supportInputSchemas)[K]
>;
