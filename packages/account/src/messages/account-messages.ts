import { defineCatalogue } from '@kabinet/core';
import { en } from '../locales/en.js';
import { ru } from '../locales/ru.js';

/**
 * Messages (ru, en) for every issue code and notice of `@kabinet/account`.
 *
 * @example
 * ```ts
 * renderIssue({ code: 'auth.invalid_credentials', path: [] }, 'ru', accountMessages); // 'Неверный логин или пароль'
 * ```
 */
export const accountMessages = defineCatalogue<AccountMessageCode>({ ru, en });

/**
 * The issue and notice codes of `@kabinet/account`.
 *
 * @useDeclaredType
 */
export type AccountMessageCode = keyof typeof ru;
