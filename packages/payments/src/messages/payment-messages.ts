import {
  coreMessages,
  defineCatalogue,
  mergeCatalogues,
  type InputIssueCode,
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

/**
 * The issue codes the payments service's results carry: its catalogue's codes except the labels
 * of a payment (`payment.status.*`, `payment.stage.*`, `payment.failure.*`, `payment.action.*`),
 * and core's `input.*` codes for an input of the wrong shape. Derived from the catalogues' keys,
 * so a code without a ru/en message is not one and returning it fails to compile.
 *
 * @useDeclaredType
 * @example
 * ```ts
 * if (!paid.success)
 *   for (const found of paid.issues)
 *     if (found.code === 'payment.method_not_found') showMethods();
 * ```
 */
export type PaymentsIssueCode =
  | Exclude<PaymentMessageCode, `payment.${'status' | 'stage' | 'failure' | 'action'}.${string}`>
  | InputIssueCode;
