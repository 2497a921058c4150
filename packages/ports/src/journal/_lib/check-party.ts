import { invalidArgument } from '../../misuse/invalid-argument.js';
import type { JournalParty } from '../journal-records.js';

/** Whether a value is a string every store can hold (PostgreSQL text cannot hold U+0000). */
export const isText = (value: unknown): value is string =>
  typeof value === 'string' && !value.includes('\u0000');

/** Checks a party is `{ type, id }`, both strings without NUL; `what` names it in the error. */
export function checkParty(value: JournalParty, what: string): void {
  if (typeof value !== 'object' || value === null || !isText(value.type) || !isText(value.id))
    invalidArgument(`${what} must be { type, id } strings without NUL`);
}
