/**
 * The account's message catalogue (ru, en): issue codes and notices.
 *
 * @example
 * ```ts
 * import { accountMessages } from '@kabinet/account/messages';
 * ```
 *
 * @module @kabinet/account/messages
 */
export { accountMessages, type AccountMessageCode } from './account-messages.js';
