import {
  coreMessages,
  defineCatalogue,
  mergeCatalogues,
  type MessageCatalogue,
} from '@kabinet/core';
import { en } from '../locales/en.js';
import { ru } from '../locales/ru.js';

/**
 * Russian and English messages for every code of `@kabinet/payments` (issues, failure
 * reasons, the portal's four statuses, stages and payer actions), merged with the generic
 * codes of `@kabinet/core`.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * renderIssue({ code: 'payment.failure.insufficient_funds', path: [] }, 'ru', paymentMessages); // 'Недостаточно средств'
 * ```
 */
export const paymentMessages: MessageCatalogue = mergeCatalogues(
  coreMessages,
  defineCatalogue({ ru, en }),
);

/**
 * Every message code `@kabinet/payments` defines.
 *
 * @useDeclaredType
 * @example
 * ```ts
 * const code: PaymentMessageCode = 'uin.checksum';
 * ```
 */
export type PaymentMessageCode = keyof typeof ru;
