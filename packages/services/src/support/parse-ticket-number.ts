import { fail, issue, ok, type Result } from '@kabinet/core';
import type { SupportRequestIssueCode } from './support-request-messages.js';

/**
 * Reads a ticket number as a user types it (spaces, a missing or different dash, `№`):
 * `20270111-0042`, `20270111 0042`, `№ 202701110042` all give `20270111-0042`. The day must be
 * a real calendar date.
 *
 * @param input - what the user typed
 * @returns the number in its canonical form, or `support_request.number_format`
 * @example
 * ```ts
 * parseTicketNumber(' № 20270111 – 0042 '); // { success: true, data: '20270111-0042' }
 * parseTicketNumber('2027-01-11');          // { success: false, issues: [{ code: 'support_request.number_format', path: [] }] }
 * ```
 */
export function parseTicketNumber(input: string): Result<string, SupportRequestIssueCode> {
  const bad = fail(issue('support_request.number_format', []));
  if (typeof input !== 'string' || input.length > 64) return bad;
  const compact = input
    .replace(/^\s*№?\s*/u, '')
    .normalize('NFKC')
    .replace(/[\s\u200b-\u200d\ufeff]/gu, '');
  const m = /^(\d{8})[-\u2010-\u2015\u2212]?(\d{4,9})$/u.exec(compact);
  if (m === null) return bad;
  const day = m[1]!;
  const counter = m[2]!;
  const [y, mo, d] = [Number(day.slice(0, 4)), Number(day.slice(4, 6)), Number(day.slice(6, 8))];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (
    y < 2000 ||
    date.getUTCFullYear() !== y ||
    date.getUTCMonth() !== mo - 1 ||
    date.getUTCDate() !== d
  )
    return bad;
  const n = Number(counter);
  if (n < 1) return bad;
  return ok(`${day}-${String(n).padStart(4, '0')}`);
}
