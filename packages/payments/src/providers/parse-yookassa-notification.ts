import { ok, type Result } from '@kabinet/core';
import { malformed } from '../_lib/callback-issue.js';
import { asObject, parseJsonObject, stringField } from '../_lib/json-read.js';
import { parseKopecks } from '../money/parse-kopecks.js';
import { mapYookassaPayment } from './map-yookassa-payment.js';
import type { ProviderCallback, ProviderCallbackInput } from './payment-provider.js';
import type { PaymentsIssueCode } from '../messages/payment-messages.js';

const REFUND_STATUS: Readonly<Record<string, 'pending' | 'succeeded' | 'failed'>> = {
  pending: 'pending',
  succeeded: 'succeeded',
  canceled: 'failed',
};

/**
 * Parses a YooKassa HTTP notification (`{ type: 'notification', event, object }`).
 * YooKassa does not sign notifications and gives no event id, so the result is never
 * `authenticated` (the service re-reads the object from the API before acting on it) and the
 * dedup key is `<object id>:<status>`. Payment events map with {@link mapYookassaPayment};
 * `refund.succeeded` gives a refund (our refund id in `metadata.refund_id`).
 *
 * @param input - the raw callback
 * @returns the callback, or issues `payment.callback.malformed`, `money.*`
 * @example
 * ```ts
 * const r = parseYookassaNotification({ body, headers: {} });
 * // r.data.eventKey === '2d3f…:succeeded', r.data.authenticated === false
 * ```
 */
export function parseYookassaNotification(
  input: ProviderCallbackInput,
): Result<ProviderCallback, PaymentsIssueCode> {
  const body = parseJsonObject(input.body);
  const event = stringField(body, 'event');
  const object = asObject(body?.['object']);
  if (event === undefined || object === undefined) return malformed([]);
  if (event.startsWith('payment.')) {
    const payment = mapYookassaPayment(object);
    if (!payment.success) return payment;
    return ok({
      kind: 'payment',
      eventKey: `${payment.data.providerPaymentId}:${payment.data.providerStatus}`,
      authenticated: false,
      payment: payment.data,
    });
  }
  if (event.startsWith('refund.')) {
    const id = stringField(object, 'id');
    const paymentId = stringField(object, 'payment_id');
    const status = REFUND_STATUS[stringField(object, 'status') ?? ''];
    if (id === undefined || paymentId === undefined || status === undefined)
      return malformed(['object']);
    const amount = parseKopecks(asObject(object['amount'])?.['value'], {
      path: ['object', 'amount', 'value'],
    });
    if (!amount.success) return amount;
    const refundId = stringField(asObject(object['metadata']), 'refund_id');
    return ok({
      kind: 'refund',
      eventKey: `${id}:${status}`,
      authenticated: false,
      refund: {
        providerRefundId: id,
        providerPaymentId: paymentId,
        status,
        amountKopecks: amount.data,
        ...(refundId === undefined ? {} : { refundId }),
      },
    });
  }
  return malformed(['event']);
}
