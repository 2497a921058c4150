import type { PaymentStatus } from '@kabinet/ports';

/**
 * The four statuses the portal shows (PAY-3): Оплачен (`paid`), В обработке (`processing`),
 * Отменён (`cancelled`), Ошибка (`error`).
 *
 * @example
 * ```ts
 * const shown: PortalStatus = 'processing';
 * ```
 */
export type PortalStatus = 'paid' | 'processing' | 'cancelled' | 'error';

const VIEW: Readonly<Record<PaymentStatus, PortalStatus>> = {
  draft: 'processing',
  requires_action: 'processing',
  processing: 'processing',
  authorized: 'processing',
  requires_review: 'processing',
  failed: 'error',
  paid: 'paid',
  reconciled: 'paid',
  canceled: 'cancelled',
  refunded: 'cancelled',
};

/**
 * Projects a payment status onto the portal's four words (PAY-3): every in-flight status is
 * «В обработке» (`requires_review` too: held for support), `paid` and `reconciled` are both «Оплачен» (the stage text tells them apart),
 * `failed` is «Ошибка» (with a reason, retry allowed), `canceled` and `refunded` are «Отменён».
 *
 * @param status - the payment status
 * @returns the portal status
 * @example
 * ```ts
 * toPortalStatus('reconciled'); // 'paid'
 * toPortalStatus('authorized'); // 'processing'
 * ```
 */
export function toPortalStatus(status: PaymentStatus): PortalStatus {
  return VIEW[status];
}
