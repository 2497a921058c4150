import { epochMs, kopecks, nonEmptyText } from '../_lib/record-fields.js';
import { invalidArgument } from '../misuse/invalid-argument.js';
import type { PaymentAttemptRecord } from './attempt-record.js';
import { ATTEMPT_STATUS_EDGES } from './status-edges.js';

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
  nonEmptyText(record.id, 'id');
  nonEmptyText(record.paymentId, 'paymentId');
  nonEmptyText(record.accountId, 'accountId');
  nonEmptyText(record.provider, 'provider');
  nonEmptyText(record.idempotencyKey, 'idempotencyKey');
  nonEmptyText(record.captureKey, 'captureKey');
  epochMs(record.createdAt, 'createdAt');
  epochMs(record.updatedAt, 'updatedAt');
  if (!Number.isSafeInteger(record.sequence) || record.sequence < 1)
    invalidArgument('sequence must be an integer >= 1');
  const amount = kopecks(record.amountKopecks, 'amountKopecks', 1);
  const authorized = kopecks(record.authorizedKopecks, 'authorizedKopecks', 0);
  const captured = kopecks(record.capturedKopecks, 'capturedKopecks', 0);
  if (captured > authorized || authorized > amount)
    invalidArgument('amounts must satisfy captured <= authorized <= amount');
  if (!ATTEMPT_STATUS_EDGES.some(([from, to]) => from === record.status || to === record.status))
    invalidArgument(`unknown attempt status ${String(record.status)}`);
  return record;
}
