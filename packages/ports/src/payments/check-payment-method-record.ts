import { nonEmptyText } from '../_lib/record-fields.js';
import { invalidArgument } from '../misuse/invalid-argument.js';
import type { PaymentMethodRecord } from './method-record.js';

/**
 * Checks a new {@link PaymentMethodRecord} (what `methods.create` of every payment store
 * enforces), in this order: non-empty `id`, `accountId` and `fingerprint`; `createdAt` a finite
 * number of epoch ms (the listing orders by it).
 *
 * @param record - the method the caller passed
 * @returns the method
 * @throws KabinetError `ERR_INVALID_ARGUMENT` naming the first field that breaks an invariant
 * @example
 * ```ts
 * import { checkPaymentMethodRecord } from '@kabinet/ports/payments';
 * checkPaymentMethodRecord(method); // fine
 * checkPaymentMethodRecord({ ...method, fingerprint: '' }); // throws ERR_INVALID_ARGUMENT
 * ```
 */
export function checkPaymentMethodRecord(record: PaymentMethodRecord): PaymentMethodRecord {
  nonEmptyText(record.id, 'id');
  nonEmptyText(record.accountId, 'accountId');
  nonEmptyText(record.fingerprint, 'fingerprint');
  if (typeof record.createdAt !== 'number' || !Number.isFinite(record.createdAt))
    invalidArgument('createdAt must be epoch ms');
  return record;
}
