import { defineCatalogue, type MessageCatalogue } from '@kabinet/core';
import { en } from '../locales/en.js';
import { ru } from '../locales/ru.js';

/**
 * Russian and English messages of `@kabinet/lockout`: the policy issue and the public
 * answers (`lockout.invalid_credentials` is the one text for a wrong password and a locked
 * account, S-8). `lockout.account_locked_notice` is for a message to the account's verified
 * contact, never for the login response.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * renderIssue({ code: 'lockout.retry_later', path: [], params: { seconds: 30 } }, 'ru', lockoutMessages);
 * // 'Слишком много попыток. Повторите через 30 с'
 * ```
 */
export const lockoutMessages: MessageCatalogue<LockoutMessageCode> = defineCatalogue({ ru, en });

/**
 * Every message code `@kabinet/lockout` defines.
 *
 * @useDeclaredType
 */
export type LockoutMessageCode = keyof typeof ru;
