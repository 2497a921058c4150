import { ok, type Result } from '@kabinet/core';
import { malformed } from '../_lib/callback-issue.js';
import { parseJsonObject } from '../_lib/json-read.js';
import { mapSbpOrder } from './map-sbp-order.js';
import type { ProviderCallback, ProviderCallbackInput } from './payment-provider.js';
import type { SbpBank } from './sbp-bank.js';
import type { PaymentsIssueCode } from '../messages/payment-messages.js';

/**
 * Parses an SBP order notification of one bank (body = the order, {@link mapSbpOrder}).
 * Banks authenticate their callbacks in different ways, so the result is not
 * `authenticated`: the service re-reads the order before acting on it. Dedup key
 * `<bank>:<order id>:<status>`.
 *
 * @param bank - whose vocabulary
 * @param input - the raw callback
 * @returns the callback, or issues `payment.callback.malformed`, `money.*`
 * @example
 * ```ts
 * parseSbpNotification('sber', { body: '{"id":"ord_1","status":"PAID","amount":"3500.00"}', headers: {} });
 * ```
 */
export function parseSbpNotification(
  bank: SbpBank,
  input: ProviderCallbackInput,
): Result<ProviderCallback, PaymentsIssueCode> {
  const body = parseJsonObject(input.body);
  if (body === undefined) return malformed([]);
  const payment = mapSbpOrder(bank, body);
  if (!payment.success) return payment;
  return ok({
    kind: 'payment',
    eventKey: `${bank}:${payment.data.providerPaymentId}:${payment.data.providerStatus}`,
    authenticated: false,
    payment: payment.data,
  });
}
