// The reading both Russian passport numbers share: `№`/`No` and separators dropped, then ASCII
// digits of one length, not all zero.
import { fail, issue, type IssuePath, type Result } from '@kabinet/core/result';
import { isAsciiDigits } from '../../_lib/ascii-compact.js';
import { readIdentifier } from '../../_lib/read-identifier.js';
import type { ValidatorIssueCode } from '../../locales/validator-messages.js';

/**
 * Reads `length` digits printed as `expected`; issues `input.*`, `passport.format`
 * (`expected`), `passport.length` (`length`, `expected`), `passport.all_zero`.
 */
export function readPassportDigits(
  input: unknown,
  path: IssuePath,
  length: number,
  expected: string,
): { readonly digits: string } | { readonly failure: Result<never, ValidatorIssueCode> } {
  const read = readIdentifier(
    typeof input === 'string' ? input.replace(/№|N[oº°]/g, ' ') : input,
    path,
  );
  if ('issue' in read) return { failure: fail(read.issue) };
  const digits = read.value;
  if (!isAsciiDigits(digits))
    return { failure: fail(issue('passport.format', path, { expected })) };
  if (digits.length !== length)
    return {
      failure: fail(issue('passport.length', path, { length: digits.length, expected: length })),
    };
  if (/^0+$/.test(digits)) return { failure: fail(issue('passport.all_zero', path)) };
  return { digits };
}
