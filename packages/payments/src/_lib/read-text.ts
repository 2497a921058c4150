import { issue, type Issue, type IssuePath } from '@kabinet/core';
import type { PaymentsIssueCode } from '../messages/payment-messages.js';

// Zero-width and invisible characters that copy-paste and autofill insert.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
// Every Unicode space and dash look-alike, removed from identifiers.
const SEPARATORS =
  /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]+/g;

/**
 * Reads an identifier typed by a person: must be a string (a JS number has lost its leading
 * zeros); NFKC folds full-width digits; invisible characters, spaces and dashes are removed.
 */
export function readIdentifier(
  input: unknown,
  path: IssuePath,
): { value: string } | { issue: Issue<PaymentsIssueCode> } {
  if (input === undefined || input === null) return { issue: issue('input.required', path) };
  if (typeof input === 'number' || typeof input === 'bigint')
    return { issue: issue('input.not_a_string', path) };
  if (typeof input !== 'string') return { issue: issue('input.wrong_format', path) };
  const value = input.normalize('NFKC').replace(INVISIBLE, '').replace(SEPARATORS, '');
  return value === '' ? { issue: issue('input.required', path) } : { value };
}

/** Whether every character is an ASCII digit (and there is at least one). */
export function isDigits(value: string): boolean {
  if (value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
