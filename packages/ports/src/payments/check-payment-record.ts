import { createdAndUpdated, knownStatus, kopecks, nonEmptyTexts } from '../_lib/record-fields.js';
import { invalidArgument } from '../misuse/invalid-argument.js';
import type { PaymentRecord } from './payment-record.js';
import { PAYMENT_STATUSES } from './payment-statuses.js';

const TEXT_FIELDS = ['id', 'accountId', 'uin', 'transactionNumber', 'serviceType'] as const;

/**
 * Checks the invariants of a {@link PaymentRecord} every payment store enforces on `create`
 * and `update`, in this order: non-empty `id`, `accountId`, `uin`, `transactionNumber` and
 * `serviceType`; `createdAt` and `updatedAt` epoch ms (safe integers); `amountKopecks` an
 * integer ≥ 1 and `capturedKopecks` an integer ≥ 0 not above it; `attemptCount` an integer
 * ≥ 0; `refunds` an array of refunds of at least 1 kopeck whose non-failed ones add up to at
 * most the captured amount; a `status` of `PAYMENT_STATUS_EDGES`.
 *
 * @param record - the payment the caller passed
 * @returns the payment
 * @throws KabinetError `ERR_INVALID_ARGUMENT` naming the first field that breaks an invariant
 * @example
 * ```ts
 * import { checkPaymentRecord } from '@kabinet/ports/payments';
 * checkPaymentRecord(payment); // fine
 * checkPaymentRecord({ ...payment, capturedKopecks: payment.amountKopecks + 1 }); // throws ERR_INVALID_ARGUMENT
 * ```
 */
export function checkPaymentRecord(record: PaymentRecord): PaymentRecord {
  nonEmptyTexts(record, TEXT_FIELDS);
  createdAndUpdated(record);
  const amount = kopecks(record.amountKopecks, 'amountKopecks', 1);
  const captured = kopecks(record.capturedKopecks, 'capturedKopecks', 0);
  if (captured > amount) invalidArgument('capturedKopecks exceeds amountKopecks');
  if (!Number.isSafeInteger(record.attemptCount) || record.attemptCount < 0)
    invalidArgument('attemptCount must be an integer >= 0');
  const refunds: unknown = record.refunds;
  if (!Array.isArray(refunds)) invalidArgument('refunds must be an array');
  let held = 0;
  for (const refund of record.refunds) {
    kopecks(refund.amountKopecks, 'refund amountKopecks', 1);
    if (refund.status !== 'failed') held += refund.amountKopecks;
  }
  if (held > captured) invalidArgument('refunds exceed the captured amount');
  knownStatus(PAYMENT_STATUSES, record.status, 'payment');
  return record;
}
