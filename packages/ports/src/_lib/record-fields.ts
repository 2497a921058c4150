// Field checks shared by the record checkers of the ports (private: the checkers are public).
import { invalidArgument } from '../misuse/invalid-argument.js';

/** A non-empty string, or `ERR_INVALID_ARGUMENT` naming `what`. */
export function nonEmptyText(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.length === 0)
    invalidArgument(`${what} must be a non-empty string`);
  return value;
}

/** Each of `fields` a non-empty string, checked in that order (the first that is not is named). */
export function nonEmptyTexts<R extends object>(
  record: R,
  fields: readonly (keyof R & string)[],
): void {
  for (const field of fields) nonEmptyText(record[field], field);
}

/** `createdAt` then `updatedAt`, both epoch ms. */
export function createdAndUpdated(record: {
  readonly createdAt: unknown;
  readonly updatedAt: unknown;
}): void {
  epochMs(record.createdAt, 'createdAt');
  epochMs(record.updatedAt, 'updatedAt');
}

/** One of `statuses`, or `ERR_INVALID_ARGUMENT` `unknown <what> status <status>`. */
export function knownStatus(statuses: readonly string[], status: unknown, what: string): void {
  if (!statuses.includes(status as string))
    invalidArgument(`unknown ${what} status ${String(status)}`);
}

/** Epoch ms as a safe integer, or `ERR_INVALID_ARGUMENT` naming `what`. */
export function epochMs(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value))
    invalidArgument(`${what} must be epoch ms`);
  return value;
}

/** An integer number of kopecks (a safe integer) of at least `min`, or `ERR_INVALID_ARGUMENT` naming `what`. */
export function kopecks(value: unknown, what: string, min: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min)
    invalidArgument(`${what} must be an integer number of kopecks >= ${min}`);
  return value;
}

/** A positive finite lifetime in ms, or `ERR_INVALID_ARGUMENT`. */
export function positiveTtl(ttlMs: unknown): number {
  if (typeof ttlMs !== 'number' || !Number.isFinite(ttlMs) || ttlMs <= 0)
    invalidArgument('ttlMs must be a positive finite number of ms', { ttlMs: String(ttlMs) });
  return ttlMs;
}

/** A finite number, or `ERR_INVALID_ARGUMENT` naming `what`. */
export function finiteNumber(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    invalidArgument(`${what} must be a finite number`, { [what]: String(value) });
  return value;
}
