// What JSONB and `text` columns cannot hold, checked on top of the payment port's own record
// checks (`checkPaymentRecord` and the others of `@kabinet/ports`, which every store runs).
import { invalidArgument } from '@kabinet/ports';

// A lone surrogate (not half of a pair) or NUL: PostgreSQL's text and JSONB refuse NUL, and
// node-postgres would send a lone surrogate as U+FFFD, so a lookup could match another key.
const UNSTORABLE = /[\u0000\uD800-\uDFFF]/u;

/** Whether a string can be a key in a `text` column exactly as it is. */
export function storableText(value: unknown): value is string {
  return typeof value === 'string' && !UNSTORABLE.test(value);
}

/**
 * Throws `ERR_INVALID_ARGUMENT` unless the record survives JSONB unchanged: plain objects and
 * arrays of storable strings, finite numbers, booleans and `null` (`undefined` only as an
 * object field, which is dropped, like a missing one).
 */
export function checkStorable(value: unknown, path = 'record'): void {
  switch (typeof value) {
    case 'string':
      if (UNSTORABLE.test(value))
        invalidArgument(`${path}: NUL characters and lone surrogates cannot be stored`);
      return;
    case 'number':
      if (!Number.isFinite(value)) invalidArgument(`${path}: only finite numbers can be stored`);
      return;
    case 'boolean':
      return;
    case 'object': {
      if (value === null) return;
      if (Array.isArray(value)) {
        value.forEach((item, index) => {
          if (item === undefined)
            invalidArgument(`${path}[${index}]: undefined cannot be stored in an array`);
          checkStorable(item, `${path}[${index}]`);
        });
        return;
      }
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null)
        invalidArgument(`${path}: only plain objects can be stored`);
      for (const [key, item] of Object.entries(value)) {
        if (UNSTORABLE.test(key))
          invalidArgument(`${path}: NUL characters and lone surrogates cannot be stored`);
        if (item !== undefined) checkStorable(item, `${path}.${key}`);
      }
      return;
    }
    default:
      invalidArgument(`${path}: a ${typeof value} cannot be stored`);
  }
}

/** The record's fields without the store-managed `version`, as JSON text. */
export function dataOf(record: object): string {
  const { version: _version, ...fields } = record as { version?: unknown };
  return JSON.stringify(fields);
}
