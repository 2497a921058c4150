import { fail, issue, ok, type Result } from '@kabinet/core';
import { malformed } from '../_lib/callback-issue.js';
import { verifyHmacHex } from '../_lib/hmac.js';
import { parseJsonObject } from '../_lib/json-read.js';
import { mapAcquirerPayment } from './map-acquirer-payment.js';
import type { ProviderCallback, ProviderCallbackInput } from './payment-provider.js';
import type { PaymentsIssueCode } from '../messages/payment-messages.js';

/**
 * Verifies and parses a generic acquirer's notification: the body is the payment object
 * ({@link mapAcquirerPayment}), signed with a hex HMAC-SHA256 of the raw body under the shared
 * secret in the `x-signature` header. The acquirer has no event id, so the dedup key is
 * `<PaymentId>:<Status>`.
 *
 * @param input - the raw callback
 * @param options - the shared secret
 * @returns the authenticated callback, or issues `payment.callback.signature`, `payment.callback.malformed`
 * @example
 * ```ts
 * parseAcquirerNotification({ body, headers: { 'x-signature': hmacHex } }, { secret });
 * ```
 */
export function parseAcquirerNotification(
  input: ProviderCallbackInput,
  options: { readonly secret: string },
): Result<ProviderCallback, PaymentsIssueCode> {
  const signature = input.headers['x-signature'];
  if (
    signature === undefined ||
    !/^[0-9a-f]{64}$/i.test(signature) ||
    !verifyHmacHex(options.secret, input.body, signature)
  ) {
    return fail(issue('payment.callback.signature', ['headers', 'x-signature']));
  }
  const body = parseJsonObject(input.body);
  if (body === undefined) return malformed([]);
  const payment = mapAcquirerPayment(body);
  if (!payment.success) return payment;
  return ok({
    kind: 'payment',
    eventKey: `${payment.data.providerPaymentId}:${payment.data.providerStatus}`,
    authenticated: true,
    payment: payment.data,
  });
}
