import { epochMs, nonEmptyText } from '../_lib/record-fields.js';
import { invalidArgument } from '../misuse/invalid-argument.js';
import type { IdempotencyRecord } from './idempotency-record.js';

/**
 * Checks an {@link IdempotencyRecord} given to `idempotency.claim`, in this order: non-empty
 * `key`, `fingerprint` and `resourceId`; `expiresAt` and `createdAt` epoch ms (safe
 * integers), `expiresAt` after `createdAt`.
 *
 * @param record - the record the caller passed
 * @returns the record
 * @throws KabinetError `ERR_INVALID_ARGUMENT` naming the first field that breaks an invariant
 * @example
 * ```ts
 * import { checkIdempotencyRecord } from '@kabinet/ports/payments';
 * const createdAt = Date.UTC(2026, 0, 1);
 * checkIdempotencyRecord({ key: 'idem_1', fingerprint: 'sha256:…', resourceId: 'pay_1', createdAt, expiresAt: createdAt + 86_400_000 }); // fine
 * checkIdempotencyRecord({ key: 'idem_1', fingerprint: 'sha256:…', resourceId: 'pay_1', createdAt, expiresAt: createdAt }); // throws ERR_INVALID_ARGUMENT
 * ```
 */
export function checkIdempotencyRecord(record: IdempotencyRecord): IdempotencyRecord {
  nonEmptyText(record.key, 'key');
  nonEmptyText(record.fingerprint, 'fingerprint');
  nonEmptyText(record.resourceId, 'resourceId');
  if (epochMs(record.expiresAt, 'expiresAt') <= epochMs(record.createdAt, 'createdAt'))
    invalidArgument('expiresAt must be after createdAt');
  return record;
}
