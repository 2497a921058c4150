import { defineCatalogue, type MessageCatalogue } from '@kabinet/core';
import { en } from '../locales/en.js';
import { ru } from '../locales/ru.js';

/**
 * Russian and English messages for every issue code and outcome of `@kabinet/otp`, and the
 * texts sent with a code (`otp.message.*`, params `{code}` and `{minutes}`).
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * renderIssue({ code: 'otp.code.wrong', path: [], params: { attemptsLeft: 2 } }, 'ru', otpMessages);
 * // 'Неверный код. Осталось попыток: 2'
 * ```
 */
export const otpMessages: MessageCatalogue<OtpMessageCode> = defineCatalogue({ ru, en });

/**
 * Every message code `@kabinet/otp` defines.
 *
 * @useDeclaredType
 */
export type OtpMessageCode = keyof typeof ru;
