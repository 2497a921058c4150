/**
 * The account's message catalogue (ru, en): issue codes and notices, and the closed union of the
 * issue codes the account services return.
 *
 * @example
 * ```ts
 * import { accountMessages } from '@kabinet/account/messages';
 * ```
 *
 * @module @kabinet/account/messages
 */
export { accountMessages, type AccountMessageCode } from './account-messages.js';
export type { AccountIssueCode } from './account-issue-code.js';
export type { AccountResult } from './account-result.js';
