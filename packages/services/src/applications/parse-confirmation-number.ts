import { fail, issue, ok, type Result } from '@kabinet/core';
import { luhnDigit } from './_lib/luhn.js';
import type { ApplicationIssueCode } from './application-messages.js';

const SHAPE = /^(?:ZV|ЗВ)-?(\d{4})-?(\d{6})(\d)$/u;

/**
 * Reads a confirmation number as a user types it: any case, Cyrillic «ЗВ» or Latin `ZV`,
 * spaces or dashes anywhere; returns the canonical `ZV-YYYY-NNNNNNN`. A wrong check digit is
 * `application.number_checksum` (a typo), anything else `application.number_format`.
 *
 * @param input - the text
 * @returns the canonical number
 * @example
 * ```ts
 * parseConfirmationNumber('зв 2027 482017 5'); // { success: true, data: 'ZV-2027-4820175' } when 5 is the check digit
 * ```
 */
export function parseConfirmationNumber(input: unknown): Result<string, ApplicationIssueCode> {
  if (typeof input !== 'string' || input.length > 64)
    return fail(issue('application.number_format', []));
  const compact = input
    .toUpperCase()
    .replace(/[\s\u00a0]+/gu, '')
    .replace(/[‐-―−]/gu, '-');
  const match = SHAPE.exec(compact.replace(/-+/g, '-'));
  if (match === null) return fail(issue('application.number_format', []));
  const [, year, digits, check] = match as unknown as [string, string, string, string];
  if (luhnDigit(digits) !== Number(check)) return fail(issue('application.number_checksum', []));
  return ok(`ZV-${year}-${digits}${check}`);
}
