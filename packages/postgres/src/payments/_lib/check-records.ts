// The record checks of the payment port, the same as `createMemoryPaymentStore`'s (same order,
// same messages), plus what JSONB and `text` columns cannot hold.
import { KabinetError } from '@kabinet/core';
import { ATTEMPT_STATUS_EDGES, PAYMENT_STATUS_EDGES, type PaymentAttemptRecord, type PaymentRecord } from '@kabinet/ports';

/** Throws `ERR_INVALID_ARGUMENT`. */
export function invalid(message: string): never {
  throw new KabinetError('ERR_INVALID_ARGUMENT', message);
}

function kopecks(value: unknown, what: string, min: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) invalid(`${what} must be an integer number of kopecks >= ${min}`);
  return value;
}

/** A non-empty string, or `ERR_INVALID_ARGUMENT`. */
export function text(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.length === 0) invalid(`${what} must be a non-empty string`);
  return value;
}

/** Epoch ms as a safe integer, or `ERR_INVALID_ARGUMENT`. */
export function epoch(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) invalid(`${what} must be epoch ms`);
  return value;
}

/** The payment invariants: identifiers, integer kopecks, `refunds ≤ captured ≤ amount`, a known status. */
export function checkPayment(p: PaymentRecord): void {
  text(p.id, 'id');
  text(p.accountId, 'accountId');
  text(p.uin, 'uin');
  text(p.transactionNumber, 'transactionNumber');
  text(p.serviceType, 'serviceType');
  epoch(p.createdAt, 'createdAt');
  epoch(p.updatedAt, 'updatedAt');
  const amount = kopecks(p.amountKopecks, 'amountKopecks', 1);
  const captured = kopecks(p.capturedKopecks, 'capturedKopecks', 0);
  if (captured > amount) invalid('capturedKopecks exceeds amountKopecks');
  if (!Number.isSafeInteger(p.attemptCount) || p.attemptCount < 0) invalid('attemptCount must be an integer >= 0');
  if (!Array.isArray(p.refunds)) invalid('refunds must be an array');
  let held = 0;
  for (const r of p.refunds) {
    kopecks(r.amountKopecks, 'refund amountKopecks', 1);
    if (r.status !== 'failed') held += r.amountKopecks;
  }
  if (held > captured) invalid('refunds exceed the captured amount');
  if (!PAYMENT_STATUS_EDGES.some(([a, b]) => a === p.status || b === p.status)) invalid(`unknown payment status ${String(p.status)}`);
}

/** The attempt invariants: identifiers, `captured ≤ authorized ≤ amount` in integer kopecks, a known status. */
export function checkAttempt(a: PaymentAttemptRecord): void {
  text(a.id, 'id');
  text(a.paymentId, 'paymentId');
  text(a.accountId, 'accountId');
  text(a.provider, 'provider');
  text(a.idempotencyKey, 'idempotencyKey');
  text(a.captureKey, 'captureKey');
  epoch(a.createdAt, 'createdAt');
  epoch(a.updatedAt, 'updatedAt');
  if (!Number.isSafeInteger(a.sequence) || a.sequence < 1) invalid('sequence must be an integer >= 1');
  const amount = kopecks(a.amountKopecks, 'amountKopecks', 1);
  const authorized = kopecks(a.authorizedKopecks, 'authorizedKopecks', 0);
  const captured = kopecks(a.capturedKopecks, 'capturedKopecks', 0);
  if (captured > authorized || authorized > amount) invalid('amounts must satisfy captured <= authorized <= amount');
  if (!ATTEMPT_STATUS_EDGES.some(([x, y]) => x === a.status || y === a.status)) invalid(`unknown attempt status ${String(a.status)}`);
}

/** The first of `keys` whose value differs between the stored record and the new one, or `undefined`. */
export function changedField<T>(before: T, after: T, keys: readonly (keyof T & string)[]): string | undefined {
  return keys.find((key) => before[key] !== after[key]);
}

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
      if (UNSTORABLE.test(value)) invalid(`${path}: NUL characters and lone surrogates cannot be stored`);
      return;
    case 'number':
      if (!Number.isFinite(value)) invalid(`${path}: only finite numbers can be stored`);
      return;
    case 'boolean':
      return;
    case 'object': {
      if (value === null) return;
      if (Array.isArray(value)) {
        value.forEach((item, index) => {
          if (item === undefined) invalid(`${path}[${index}]: undefined cannot be stored in an array`);
          checkStorable(item, `${path}[${index}]`);
        });
        return;
      }
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) invalid(`${path}: only plain objects can be stored`);
      for (const [key, item] of Object.entries(value)) {
        if (UNSTORABLE.test(key)) invalid(`${path}: NUL characters and lone surrogates cannot be stored`);
        if (item !== undefined) checkStorable(item, `${path}.${key}`);
      }
      return;
    }
    default:
      invalid(`${path}: a ${typeof value} cannot be stored`);
  }
}

/** The record's fields without the store-managed `version`, as JSON text. */
export function dataOf(record: object): string {
  const { version: _version, ...fields } = record as { version?: unknown };
  return JSON.stringify(fields);
}
