import { createdAndUpdated, knownStatus, kopecks, nonEmptyTexts } from '../_lib/record-fields.js';
import { invalidArgument } from '../misuse/invalid-argument.js';
import type { PaymentAttemptRecord } from './attempt-record.js';
import { ATTEMPT_STATUSES } from './payment-statuses.js';

const TEXT_FIELDS = [
  'id',
  'paymentId',
  'accountId',
  'provider',
  'idempotencyKey',
  'captureKey',
] as const;

/**
 * Checks the invariants of a {@link PaymentAttemptRecord} every payment store enforces on
 * `create` and `update`, in this order: non-empty `id`, `paymentId`, `accountId`, `provider`,
 * `idempotencyKey` and `captureKey`; `createdAt` and `updatedAt` epoch ms (safe integers);
 * `sequence` an integer ≥ 1; `amountKopecks` an integer ≥ 1, `authorizedKopecks` and
 * `capturedKopecks` integers ≥ 0 with `captured ≤ authorized ≤ amount`; a `status` of
 * `ATTEMPT_STATUS_EDGES`.
 *
 * @param record - the attempt the caller passed
 * @returns the attempt
 * @throws KabinetError `ERR_INVALID_ARGUMENT` naming the first field that breaks an invariant
 * @example
 * ```ts
 * import { checkPaymentAttemptRecord } from '@kabinet/ports/payments';
 * checkPaymentAttemptRecord(attempt); // fine
 * checkPaymentAttemptRecord({ ...attempt, sequence: 0 }); // throws ERR_INVALID_ARGUMENT
 * ```
 */
export function checkPaymentAttemptRecord(record: PaymentAttemptRecord): PaymentAttemptRecord {
  nonEmptyTexts(record, TEXT_FIELDS);
  createdAndUpdated(record);
  if (!Number.isSafeInteger(record.sequence) || record.sequence < 1)
    invalidArgument('sequence must be an integer >= 1');
  const amount = kopecks(record.amountKopecks, 'amountKopecks', 1);
  const authorized = kopecks(record.authorizedKopecks, 'authorizedKopecks', 0);
  const captured = kopecks(record.capturedKopecks, 'capturedKopecks', 0);
  if (captured > authorized || authorized > amount)
    invalidArgument('amounts must satisfy captured <= authorized <= amount');
  knownStatus(ATTEMPT_STATUSES, record.status, 'attempt');
  return record;
}
