import { invalidArgument } from '../misuse/invalid-argument.js';

/**
 * Checks that an update leaves the fields a record may never change as they were (compared
 * with `!==`, in the order given): a payment's account, УИН, transaction number, amount and
 * creation time; an attempt's payment, provider, keys …; a method's account, kind and fingerprint.
 *
 * @param before - the stored record
 * @param after - the record the caller wants to write
 * @param fields - the fields that may never change
 * @param what - the record's name in the message (`payment`, `attempt`, `method`)
 * @returns nothing; throws on the first changed field
 * @throws KabinetError `ERR_INVALID_ARGUMENT` `<what>.<field> cannot change`
 * @example
 * ```ts
 * import { checkUnchangedFields } from '@kabinet/ports/payments';
 * checkUnchangedFields(stored, { ...stored, status: 'paid' }, ['accountId', 'uin'], 'payment'); // fine
 * checkUnchangedFields(stored, { ...stored, uin: 'other' }, ['accountId', 'uin'], 'payment'); // throws: payment.uin cannot change
 * ```
 */
export function checkUnchangedFields<T>(before: T, after: T, fields: readonly (keyof T & string)[], what: string): void {
  const changed = fields.find((field) => before[field] !== after[field]);
  if (changed !== undefined) invalidArgument(`${what}.${changed} cannot change`);
}
