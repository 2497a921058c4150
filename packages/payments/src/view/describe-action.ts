import { renderIssue, type Locale, type MessageCatalogue } from '@kabinet/core';
import type { AttemptAction } from '@kabinet/ports';
import { paymentMessages } from '../messages/payment-messages.js';

/**
 * The sentence that tells the payer what to do for an attempt waiting on them.
 *
 * @param action - the attempt's action
 * @param locale - `'ru'` or `'en'`
 * @param catalogue - messages (default {@link paymentMessages})
 * @returns the sentence
 * @example
 * ```ts
 * describeAction({ kind: 'sms_code', challengeId: 'c1' }, 'ru'); // 'Введите код из SMS'
 * ```
 */
export function describeAction(
  action: AttemptAction,
  locale: Locale,
  catalogue: MessageCatalogue = paymentMessages,
): string {
  return renderIssue({ code: `payment.action.${action.kind}`, path: [] }, locale, catalogue);
}
