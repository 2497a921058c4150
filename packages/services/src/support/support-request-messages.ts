import { defineCatalogue, type MessageCatalogue } from '@kabinet/core';
import { en } from './locales/en.js';
import { ru } from './locales/ru.js';

/**
 * Russian and English messages of the support requests area: issues
 * (`support_request.not_found`, `…closed`, `…not_allowed`, `…too_many_messages`,
 * `…number_format`), statuses, topics, the system lines of a conversation and the notices
 * (`notice.support_request.*`). `kabinetMessages` merges it.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * renderIssue({ code: 'support_request.status.received', path: [] }, 'ru', supportRequestMessages); // 'Получено'
 * ```
 */
export const supportRequestMessages: MessageCatalogue = defineCatalogue({ ru, en });
