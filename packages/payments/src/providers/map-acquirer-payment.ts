import { ok, type Result } from '@kabinet/core';
import { malformed } from '../_lib/callback-issue.js';
import { integerField, stringField } from '../_lib/json-read.js';
import type { ProviderPayment } from './payment-provider.js';
import { ACQUIRER_STATUSES, ISO8583_RESPONSE_CODES } from './_lib/provider-tables.js';
import { readProviderObject } from './_lib/read-provider-object.js';
import type { PaymentsIssueCode } from '../messages/payment-messages.js';

/**
 * Maps a generic acquirer's payment object onto a {@link ProviderPayment}: `PaymentId`,
 * `OrderId` (our attempt id), `Status` (see the acquirer status table), `Amount` and
 * `RefundedAmount` in kopecks (integers), `ErrorCode` (an ISO 8583 response code, see
 * the ISO 8583 response-code table), `PaymentURL` for the payer's step and `QrPayload` when
 * the step is scanning an SBP QR code.
 *
 * @param object - the parsed object
 * @returns the mapped payment, or issues `payment.callback.malformed`
 * @example
 * ```ts
 * mapAcquirerPayment({ PaymentId: '700001', OrderId: 'att_1', Status: 'REJECTED', Amount: 350000, ErrorCode: '51' });
 * // data.status === 'failed', data.failure === { code: 'insufficient_funds', providerCode: '51', party: 'payer_bank' }
 * ```
 */
export function mapAcquirerPayment(object: unknown): Result<ProviderPayment, PaymentsIssueCode> {
  const read = readProviderObject(object, 'PaymentId', 'Status', ACQUIRER_STATUSES);
  if ('failure' in read) return read.failure;
  const { o, id, providerStatus, row } = read;
  const amountKopecks = integerField(o, 'Amount');
  if (amountKopecks === undefined) return malformed(['Amount']);
  const reference = stringField(o, 'OrderId');
  const refundedKopecks = integerField(o, 'RefundedAmount');
  // ISO 4217 as letters or the numeric code (643 is the rouble); kept for the service to compare.
  // A field that is there but unreadable is not the rouble either.
  const rawCurrency = Object.hasOwn(o, 'Currency')
    ? (stringField(o, 'Currency', 8) ??
      (integerField(o, 'Currency') === undefined ? '?' : String(integerField(o, 'Currency'))))
    : undefined;
  const currency =
    rawCurrency === undefined
      ? undefined
      : rawCurrency === '643'
        ? 'RUB'
        : rawCurrency.toUpperCase();
  const base = {
    providerPaymentId: id,
    ...(currency === undefined ? {} : { currency }),
    ...(reference === undefined ? {} : { reference }),
    providerStatus,
    amountKopecks,
    ...(refundedKopecks === undefined ? {} : { refundedKopecks }),
  };
  switch (row.status) {
    case 'succeeded':
      return ok({ ...base, status: 'succeeded', capturedKopecks: amountKopecks });
    case 'failed': {
      const errorCode = stringField(o, 'ErrorCode');
      const code =
        providerStatus === 'REJECTED' && errorCode !== undefined
          ? (ISO8583_RESPONSE_CODES[errorCode] ?? 'declined_other')
          : (row.code ?? 'declined_other');
      return ok({
        ...base,
        status: 'failed',
        capturedKopecks: 0,
        failure: { code, providerCode: errorCode ?? providerStatus, party: 'payer_bank' },
      });
    }
    case 'requires_action': {
      const url = stringField(o, 'PaymentURL', 2048);
      const qr = stringField(o, 'QrPayload', 2048);
      if (qr !== undefined)
        return ok({
          ...base,
          status: 'requires_action',
          capturedKopecks: 0,
          action: { kind: 'qr_scan', qrPayload: qr, ...(url === undefined ? {} : { url }) },
        });
      return ok({
        ...base,
        status: 'requires_action',
        capturedKopecks: 0,
        action: { kind: row.action ?? 'redirect', ...(url === undefined ? {} : { url }) },
      });
    }
    default:
      return ok({ ...base, status: row.status, capturedKopecks: 0 });
  }
}
