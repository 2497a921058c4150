import { defineCatalogue, type MessageCatalogue } from '@kabinet/core';
import { en } from './locales/en.js';
import { ru } from './locales/ru.js';

/**
 * Russian and English messages of the applications area: its issue codes, the statuses as
 * «Мои заявки» names them, and the notices it posts. `kabinet` merges it into `kabinetMessages`.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * renderIssue({ code: 'application.status.info_required', path: [] }, 'ru', applicationMessages); // 'Требуется дополнительная информация'
 * ```
 */
export const applicationMessages: MessageCatalogue = defineCatalogue({ ru, en });

/**
 * Every message code of the applications area.
 *
 * @useDeclaredType
 * @example
 * ```ts
 * const code: ApplicationMessageCode = 'application.not_editable';
 * ```
 */
export type ApplicationMessageCode = keyof typeof ru;
