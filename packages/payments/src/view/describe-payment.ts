import { renderIssue, type Locale, type MessageCatalogue } from '@kabinet/core';
import type { FailureCode, PaymentRecord, PaymentStatus } from '@kabinet/ports';
import { paymentMessages } from '../messages/payment-messages.js';
import { formatKopecks } from '../money/format-kopecks.js';
import { toPortalStatus, type PortalStatus } from './to-portal-status.js';

/**
 * What the payment list and the payment page show (PAY-3, PAY-4).
 *
 * @example
 * ```ts
 * const view: PaymentView = describePayment(payment, 'ru');
 * view.label; // 'Ошибка'
 * view.reason?.text; // 'Недостаточно средств'
 * ```
 */
export interface PaymentView {
  /** Payment id. */
  readonly id: string;
  /** Number for support. */
  readonly transactionNumber: string;
  /** УИН of the accrual. */
  readonly uin: string;
  /** Service type. */
  readonly serviceType: string;
  /** Display name of the duty, when known. */
  readonly serviceName?: string;
  /** One of the portal's four statuses. */
  readonly status: PortalStatus;
  /** Its label: Оплачен, В обработке, Отменён, Ошибка (or the English words). */
  readonly label: string;
  /** The underlying status (tells `paid` from `reconciled`). */
  readonly stage: PaymentStatus;
  /** A sentence about the stage. */
  readonly stageText: string;
  /** Amount due, formatted. */
  readonly amount: string;
  /** Amount due in kopecks. */
  readonly amountKopecks: number;
  /** Refunded so far in kopecks (succeeded refunds). */
  readonly refundedKopecks: number;
  /** Why the last attempt failed, while the status is Ошибка. */
  readonly reason?: {
    /** Our reason code. */
    readonly code: FailureCode;
    /** The provider's own code. */
    readonly providerCode: string;
    /** The reason in the requested language. */
    readonly text: string;
  };
  /** Whether a new attempt may start (PAY-4). */
  readonly canRetry: boolean;
  /** Epoch ms. */
  readonly createdAt: number;
}

/**
 * Renders a payment for the portal in Russian or English: the portal status and its label,
 * the stage sentence (so `paid` and `reconciled` differ), the amount, and for an error the
 * reason in our words with the provider's code kept (PAY-4).
 *
 * @param payment - the stored payment
 * @param locale - `'ru'` or `'en'`
 * @param catalogue - messages (default {@link paymentMessages})
 * @returns the view
 * @example
 * ```ts
 * describePayment({ ...payment, status: 'reconciled' }, 'ru').stageText; // 'Оплачен и подтверждён в ГИС ГМП'
 * ```
 */
export function describePayment(
  payment: PaymentRecord,
  locale: Locale,
  catalogue: MessageCatalogue = paymentMessages,
): PaymentView {
  const text = (code: string): string => renderIssue({ code, path: [] }, locale, catalogue);
  const status = toPortalStatus(payment.status);
  const failure = payment.status === 'failed' ? payment.lastFailure : undefined;
  const refundedKopecks = payment.refunds.reduce(
    (sum, r) => (r.status === 'succeeded' ? sum + r.amountKopecks : sum),
    0,
  );
  return {
    id: payment.id,
    transactionNumber: payment.transactionNumber,
    uin: payment.uin,
    serviceType: payment.serviceType,
    ...(payment.serviceName === undefined ? {} : { serviceName: payment.serviceName }),
    status,
    label: text(`payment.status.${status}`),
    stage: payment.status,
    stageText: text(`payment.stage.${payment.status}`),
    amount: formatKopecks(payment.amountKopecks, locale),
    amountKopecks: payment.amountKopecks,
    refundedKopecks,
    ...(failure === undefined
      ? {}
      : {
          reason: {
            code: failure.code,
            providerCode: failure.providerCode,
            text: text(`payment.failure.${failure.code}`),
          },
        }),
    canRetry:
      payment.status === 'draft' ||
      payment.status === 'failed' ||
      payment.status === 'requires_action',
    createdAt: payment.createdAt,
  };
}
