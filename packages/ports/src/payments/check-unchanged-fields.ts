import { invalidArgument } from '../misuse/invalid-argument.js';

/**
 * Checks that an update leaves the fields a record may never change as they were (compared
 * with `!==`, in the order given): `PAYMENT_FIXED_FIELDS`, `ATTEMPT_FIXED_FIELDS` or
 * `METHOD_FIXED_FIELDS`, the same lists in every store.
 *
 * @param before - the stored record
 * @param after - the record the caller wants to write
 * @param fields - the fields that may never change
 * @param what - the record's name in the message (`payment`, `attempt`, `method`)
 * @returns nothing; throws on the first changed field
 * @throws KabinetError `ERR_INVALID_ARGUMENT` `<what>.<field> cannot change`
 * @example
 * ```ts
 * import { PAYMENT_FIXED_FIELDS, checkUnchangedFields } from '@kabinet/ports/payments';
 * checkUnchangedFields(stored, { ...stored, status: 'paid' }, PAYMENT_FIXED_FIELDS, 'payment'); // fine
 * checkUnchangedFields(stored, { ...stored, uin: 'other' }, PAYMENT_FIXED_FIELDS, 'payment'); // throws: payment.uin cannot change
 * ```
 */
export function checkUnchangedFields<T>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
  what: string,
): void {
  const changed = fields.find((field) => before[field] !== after[field]);
  if (changed !== undefined) invalidArgument(`${what}.${changed} cannot change`);
}
