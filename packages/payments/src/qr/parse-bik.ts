import { fail, issue, ok, type IssuePath, type Result } from '@kabinet/core';
import { isDigits, readIdentifier } from '../_lib/read-text.js';
import type { PaymentsIssueCode } from '../messages/payment-messages.js';

/** A checked BIK (БИК): 9 ASCII digits. */
export type Bik = string & {
  /** Compile-time marker only: the value at run time is a plain string. */
  readonly __brand: 'Bik';
};

/**
 * Checks a BIK (банковский идентификационный код): 9 digits. Since 2021 treasury (TOFK)
 * BIKs start with `00` (e.g. `004525988`), so the old "starts with 04" rule is not applied.
 *
 * @param input - the BIK; must be a string
 * @param options - the issue path (default `['bic']`)
 * @returns the BIK, or issues `input.required`, `input.not_a_string`, `input.wrong_format`, `bank.bik_format`
 * @example
 * ```ts
 * parseBik('044525225'); // { success: true, data: '044525225' }
 * parseBik('04452522');  // issue bank.bik_format
 * ```
 */
export function parseBik(
  input: unknown,
  options?: { readonly path?: IssuePath },
): Result<Bik, PaymentsIssueCode> {
  const path = options?.path ?? ['bic'];
  const read = readIdentifier(input, path);
  if ('issue' in read) return fail(read.issue);
  if (read.value.length !== 9 || !isDigits(read.value)) return fail(issue('bank.bik_format', path));
  return ok(read.value as Bik);
}
