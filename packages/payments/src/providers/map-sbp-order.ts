import { ok, type Result } from '@kabinet/core';
import { stringField } from '../_lib/json-read.js';
import { parseKopecks } from '../money/parse-kopecks.js';
import type { ProviderPayment } from './payment-provider.js';
import { SBP_BANK_STATUSES } from './_lib/provider-tables.js';
import type { SbpBank } from './sbp-bank.js';
import { readProviderObject } from './_lib/read-provider-object.js';
import type { PaymentsIssueCode } from '../messages/payment-messages.js';

/**
 * Maps an SBP C2B QR order of one bank onto a {@link ProviderPayment} with that bank's table
 * (the per-bank status table): `id`, `reference` (our attempt id), `status` in the bank's
 * vocabulary, `amount` as a decimal string in roubles (parsed exactly), `qr_url` (the
 * `https://qr.nspk.ru/…` link while the payer has to scan). A bank gives no decline reason,
 * so the provider code is the status word itself.
 *
 * @param bank - whose vocabulary
 * @param object - the parsed order
 * @returns the mapped payment, or issues `payment.callback.malformed`, `money.*`
 * @example
 * ```ts
 * mapSbpOrder('sber', { id: 'ord_1', status: 'ON_PAYMENT', amount: '3500.00' }); // data.status === 'processing'
 * mapSbpOrder('tochka', { id: 'ord_2', status: 'Accepted', amount: '3500.00' }); // data.status === 'succeeded'
 * ```
 */
export function mapSbpOrder(
  bank: SbpBank,
  object: unknown,
): Result<ProviderPayment, PaymentsIssueCode> {
  const read = readProviderObject(object, 'id', 'status', SBP_BANK_STATUSES[bank]);
  if ('failure' in read) return read.failure;
  const { o, id, providerStatus, row } = read;
  const amount = parseKopecks(o['amount'], { path: ['amount'] });
  if (!amount.success) return amount;
  const reference = stringField(o, 'reference');
  const base = {
    providerPaymentId: id,
    ...(reference === undefined ? {} : { reference }),
    providerStatus,
    amountKopecks: amount.data,
  };
  switch (row.status) {
    case 'succeeded':
      return ok({ ...base, status: 'succeeded', capturedKopecks: amount.data });
    case 'failed':
      return ok({
        ...base,
        status: 'failed',
        capturedKopecks: 0,
        failure: {
          code: row.code ?? 'declined_other',
          providerCode: providerStatus,
          party: 'payer_bank',
        },
      });
    case 'requires_action': {
      const url = stringField(o, 'qr_url', 2048);
      return ok({
        ...base,
        status: 'requires_action',
        capturedKopecks: 0,
        action: url === undefined ? { kind: 'qr_scan' } : { kind: 'qr_scan', url, qrPayload: url },
      });
    }
    default:
      return ok({ ...base, status: row.status, capturedKopecks: 0 });
  }
}
