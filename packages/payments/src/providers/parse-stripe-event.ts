import { fail, issue, ok, type Result } from '@kabinet/core';
import { malformed } from '../_lib/callback-issue.js';
import { asObject, integerField, parseJsonObject, stringField } from '../_lib/json-read.js';
import { mapStripePaymentIntent } from './map-stripe-payment-intent.js';
import type { ProviderCallback, ProviderCallbackInput } from './payment-provider.js';
import { verifyStripeSignature } from './verify-stripe-signature.js';
import type { PaymentsIssueCode } from '../messages/payment-messages.js';

/**
 * Options of {@link parseStripeEvent}.
 *
 * @example
 * ```ts
 * const options: ParseStripeEventOptions = { secret: process.env.STRIPE_WEBHOOK_SECRET!, now: clock.now() };
 * ```
 */
export interface ParseStripeEventOptions {
  /** The endpoint's signing secret. */
  readonly secret: string;
  /** Epoch ms (injected time). */
  readonly now: number;
  /** Allowed signature age, ms (default 5 minutes). */
  readonly toleranceMs?: number;
}

const REFUND_STATUS: Readonly<Record<string, 'pending' | 'succeeded' | 'failed'>> = {
  pending: 'pending',
  requires_action: 'pending',
  succeeded: 'succeeded',
  failed: 'failed',
  canceled: 'failed',
};

/**
 * Verifies and parses a Stripe-style webhook event (`{ id, type, data: { object } }`): the
 * signature is checked first ({@link verifyStripeSignature}); the dedup key is the event id.
 * `payment_intent.*` events map their object with {@link mapStripePaymentIntent}; `refund.*`
 * events give a refund (our refund id in `metadata.refund_id`).
 *
 * @param input - the raw callback (header `stripe-signature`)
 * @param options - secret, time, tolerance
 * @returns the authenticated callback, or issues `payment.callback.signature`,
 *   `payment.callback.malformed`
 * @example
 * ```ts
 * const r = parseStripeEvent({ body, headers }, { secret: 'whsec_…', now: clock.now() });
 * ```
 */
export function parseStripeEvent(
  input: ProviderCallbackInput,
  options: ParseStripeEventOptions,
): Result<ProviderCallback, PaymentsIssueCode> {
  if (
    !verifyStripeSignature(
      input.body,
      input.headers['stripe-signature'],
      options.secret,
      options.now,
      options.toleranceMs,
    )
  ) {
    return fail(issue('payment.callback.signature', ['headers', 'stripe-signature']));
  }
  const body = parseJsonObject(input.body);
  const eventId = stringField(body, 'id');
  const type = stringField(body, 'type');
  const object = asObject(asObject(body?.['data'])?.['object']);
  if (eventId === undefined || type === undefined || object === undefined) return malformed([]);
  if (type.startsWith('payment_intent.')) {
    const payment = mapStripePaymentIntent(object);
    if (!payment.success) return payment;
    return ok({ kind: 'payment', eventKey: eventId, authenticated: true, payment: payment.data });
  }
  if (type.startsWith('refund.')) {
    const id = stringField(object, 'id');
    const paymentIntent = stringField(object, 'payment_intent');
    const status = REFUND_STATUS[stringField(object, 'status') ?? ''];
    const amount = integerField(object, 'amount');
    if (
      id === undefined ||
      paymentIntent === undefined ||
      status === undefined ||
      amount === undefined
    )
      return malformed(['data', 'object']);
    const refundId = stringField(asObject(object['metadata']), 'refund_id');
    return ok({
      kind: 'refund',
      eventKey: eventId,
      authenticated: true,
      refund: {
        providerRefundId: id,
        providerPaymentId: paymentIntent,
        status,
        amountKopecks: amount,
        ...(refundId === undefined ? {} : { refundId }),
      },
    });
  }
  return malformed(['type']);
}
