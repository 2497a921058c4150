import {
  coreMessages,
  defineCatalogue,
  mergeCatalogues,
  type InputIssueCode,
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

/**
 * The issue codes the notification centre's results carry: the catalogue's `notifications.*`
 * codes and core's `input.*` codes for an input of the wrong shape. Derived from the catalogues'
 * keys, so a code without a ru/en message is not one and returning it fails to compile.
 *
 * @useDeclaredType
 * @example
 * ```ts
 * if (!read.success && read.issues[0]?.code === 'notifications.not_found') showInbox();
 * ```
 */
export type NotificationIssueCode =
  Extract<NotificationMessageCode, `notifications.${string}`> | InputIssueCode;
