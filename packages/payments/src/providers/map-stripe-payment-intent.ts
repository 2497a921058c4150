import { fail, issue, ok, type Result } from '@kabinet/core';
import { malformed } from '../_lib/callback-issue.js';
import { asObject, integerField, stringField } from '../_lib/json-read.js';
import type { ProviderPayment } from './payment-provider.js';
import { STRIPE_DECLINE_CODES, STRIPE_STATUSES } from './_lib/provider-tables.js';
import { readProviderObject } from './_lib/read-provider-object.js';
import type { PaymentsIssueCode } from '../messages/payment-messages.js';

const EXPIRED_REASONS = new Set(['abandoned', 'automatic']);

/**
 * Maps a Stripe PaymentIntent onto a {@link ProviderPayment} with the Stripe tables. Amounts
 * are integers in the currency's minor unit (kopecks for `rub`, the only currency accepted);
 * a declined attempt is `requires_payment_method` with `last_payment_error` (decline code
 * kept as the provider code); `next_action.redirect_to_url` becomes the 3-D Secure URL; our
 * attempt id travels in `metadata.reference`.
 *
 * @param object - the parsed PaymentIntent
 * @returns the mapped payment, or issues `payment.callback.malformed`, `money.currency`
 * @example
 * ```ts
 * mapStripePaymentIntent({ id: 'pi_1', object: 'payment_intent', status: 'requires_payment_method', amount: 350000,
 *   amount_received: 0, currency: 'rub', last_payment_error: { code: 'card_declined', decline_code: 'insufficient_funds' } });
 * // data.status === 'failed', data.failure.code === 'insufficient_funds'
 * ```
 */
export function mapStripePaymentIntent(
  object: unknown,
): Result<ProviderPayment, PaymentsIssueCode> {
  const read = readProviderObject(object, 'id', 'status', STRIPE_STATUSES);
  if ('failure' in read) return read.failure;
  const { o, id, providerStatus, row } = read;
  const amountKopecks = integerField(o, 'amount');
  if (amountKopecks === undefined) return malformed(['amount']);
  const currency = stringField(o, 'currency');
  if (currency !== 'rub')
    return fail(issue('money.currency', ['currency'], { currency: currency ?? '' }));
  const reference = stringField(asObject(o['metadata']), 'reference');
  const base = {
    providerPaymentId: id,
    ...(reference === undefined ? {} : { reference }),
    providerStatus,
    amountKopecks,
  };
  const error = asObject(o['last_payment_error']);
  if (providerStatus === 'requires_payment_method' && error !== undefined) {
    const providerCode =
      stringField(error, 'decline_code') ?? stringField(error, 'code') ?? 'card_declined';
    return ok({
      ...base,
      status: 'failed',
      capturedKopecks: 0,
      failure: {
        code: STRIPE_DECLINE_CODES[providerCode] ?? 'declined_other',
        providerCode,
        party: 'payer_bank',
      },
    });
  }
  if (providerStatus === 'canceled') {
    const reason = stringField(o, 'cancellation_reason');
    if (reason !== undefined && EXPIRED_REASONS.has(reason)) {
      return ok({
        ...base,
        status: 'failed',
        capturedKopecks: 0,
        failure: { code: 'expired', providerCode: reason, party: 'provider' },
      });
    }
    return ok({ ...base, status: 'canceled', capturedKopecks: 0 });
  }
  if (providerStatus === 'succeeded') {
    const received = integerField(o, 'amount_received') ?? amountKopecks;
    return ok({ ...base, status: 'succeeded', capturedKopecks: received });
  }
  if (row.status === 'requires_action') {
    const url = stringField(asObject(asObject(o['next_action'])?.['redirect_to_url']), 'url', 2048);
    return ok({
      ...base,
      status: 'requires_action',
      capturedKopecks: 0,
      action: url === undefined ? { kind: 'three_ds' } : { kind: 'three_ds', url },
    });
  }
  return ok({ ...base, status: row.status, capturedKopecks: 0 });
}
