import { fail, issue, ok, type Result } from '@kabinet/core';
import type { AttemptFailure } from '@kabinet/ports';
import { asObject, stringField } from '../_lib/json-read.js';
import { parseKopecks } from '../money/parse-kopecks.js';
import type { ProviderPayment } from './payment-provider.js';
import {
  YOOKASSA_CANCELLATION_REASONS,
  YOOKASSA_PARTIES,
  YOOKASSA_STATUSES,
} from './_lib/provider-tables.js';
import { readProviderObject } from './_lib/read-provider-object.js';
import type { PaymentsIssueCode } from '../messages/payment-messages.js';

/**
 * Maps a YooKassa payment object (API v3) onto a {@link ProviderPayment} with the YooKassa
 * tables: statuses, the 20 cancellation reasons and the three parties. Amounts are decimal
 * strings (`"1500.00"`) parsed exactly; only roubles are accepted. Our attempt id travels in
 * `metadata.reference`.
 *
 * @param object - the parsed JSON object
 * @returns the mapped payment, or issues `payment.callback.malformed` (path of the bad
 *   field), `money.*`, `money.currency`
 * @example
 * ```ts
 * mapYookassaPayment({ id: '2d3f', status: 'canceled', paid: false, amount: { value: '3500.00', currency: 'RUB' },
 *   cancellation_details: { party: 'payment_network', reason: 'insufficient_funds' } });
 * // data.status === 'failed', data.failure === { code: 'insufficient_funds', providerCode: 'insufficient_funds', party: 'payer_bank' }
 * ```
 */
export function mapYookassaPayment(object: unknown): Result<ProviderPayment, PaymentsIssueCode> {
  const read = readProviderObject(object, 'id', 'status', YOOKASSA_STATUSES);
  if ('failure' in read) return read.failure;
  const { o, id, providerStatus, row } = read;
  const amountObject = asObject(o['amount']);
  const amount = parseKopecks(amountObject?.['value'], { path: ['amount', 'value'] });
  if (!amount.success) return amount;
  const currency = stringField(amountObject, 'currency');
  if (currency !== 'RUB')
    return fail(issue('money.currency', ['amount', 'currency'], { currency: currency ?? '' }));
  const reference = stringField(asObject(o['metadata']), 'reference');
  let refundedKopecks: number | undefined;
  if (o['refunded_amount'] !== undefined) {
    const refunded = parseKopecks(asObject(o['refunded_amount'])?.['value'], {
      path: ['refunded_amount', 'value'],
    });
    if (!refunded.success) return refunded;
    refundedKopecks = refunded.data;
  }
  const base = {
    providerPaymentId: id,
    ...(reference === undefined ? {} : { reference }),
    providerStatus,
    amountKopecks: amount.data,
    ...(refundedKopecks === undefined ? {} : { refundedKopecks }),
  };
  switch (providerStatus) {
    case 'pending': {
      const confirmation = asObject(o['confirmation']);
      const url = stringField(confirmation, 'confirmation_url', 2048);
      const data = stringField(confirmation, 'confirmation_data', 2048);
      if (o['paid'] !== true && (url !== undefined || data !== undefined)) {
        const action =
          data !== undefined
            ? { kind: 'qr_scan' as const, qrPayload: data }
            : { kind: 'redirect' as const, url: url! };
        return ok({ ...base, status: 'requires_action', capturedKopecks: 0, action });
      }
      return ok({ ...base, status: 'processing', capturedKopecks: 0 });
    }
    case 'succeeded':
      return ok({ ...base, status: 'succeeded', capturedKopecks: amount.data });
    case 'canceled': {
      const details = asObject(o['cancellation_details']);
      const reason = stringField(details, 'reason');
      const party = YOOKASSA_PARTIES[stringField(details, 'party') ?? ''];
      const mapped =
        (reason === undefined ? undefined : YOOKASSA_CANCELLATION_REASONS[reason]) ??
        YOOKASSA_STATUSES['canceled']!;
      if (mapped.status === 'canceled')
        return ok({ ...base, status: 'canceled', capturedKopecks: 0 });
      const failure: AttemptFailure = {
        code: mapped.code ?? 'declined_other',
        providerCode: reason ?? 'canceled',
        ...(party === undefined ? {} : { party }),
      };
      return ok({ ...base, status: 'failed', capturedKopecks: 0, failure });
    }
    default:
      return ok({ ...base, status: row.status, capturedKopecks: 0 });
  }
}
