import { defineCatalogue, type MessageCatalogue } from '@kabinet/core';
import { en } from '../locales/en.js';
import { ru } from '../locales/ru.js';

/**
 * Russian and English messages of `@kabinet/lockout`: the policy issue (`lockout.policy.invalid`).
 * The package decides outcomes, not answers: what a user is told (`auth.invalid_credentials`,
 * `auth.retry_later`, `auth.code_blocked`, `auth.send_*`) is `@kabinet/account`'s, translated
 * there once from `PasswordOutcome` and the code and send decisions.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * renderIssue({ code: 'lockout.policy.invalid', path: [], params: { field: 'code.blockMs', rule: 'positive' } }, 'en', lockoutMessages);
 * // 'Invalid limit setting: code.blockMs (positive)'
 * ```
 */
export const lockoutMessages: MessageCatalogue<LockoutMessageCode> = defineCatalogue({ ru, en });

/**
 * Every message code `@kabinet/lockout` defines.
 *
 * @useDeclaredType
 */
export type LockoutMessageCode = keyof typeof ru;
