import {
  coreMessages,
  defineCatalogue,
  mergeCatalogues,
  type MessageCatalogue,
} from '@kabinet/core';
import { en } from './locales/en.js';
import { ru } from './locales/ru.js';

/**
 * Russian and English messages of the notifications area (its issues, the kinds' titles and the
 * channel texts that only point to the centre, NOTE-2), merged with the generic codes of
 * `@kabinet/core`. The texts of the notices themselves come from the catalogues of the areas that
 * post them.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * renderIssue({ code: 'notice.channel.sms.text', path: [] }, 'en', notificationMessages); // 'You have a new message in your personal account. …'
 * ```
 */
export const notificationMessages: MessageCatalogue = mergeCatalogues(
  coreMessages,
  defineCatalogue({ ru, en }),
);

/**
 * Every message code the notifications area defines.
 *
 * @useDeclaredType
 * @example
 * ```ts
 * const code: NotificationMessageCode = 'notifications.not_found';
 * ```
 */
export type NotificationMessageCode = keyof typeof ru;
