import { fail, issue, ok, type Issue, type IssuePath, type Result } from '@kabinet/core/result';
import { isAsciiDigits } from '../_lib/ascii-compact.js';
import { readIdentifier } from '../_lib/read-identifier.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

/** A checked Russian postal index: six ASCII digits, e.g. `'101000'`. */
export type PostalIndex = string & {
  /** Type-level marker: an index checked by parsePostalIndex. Not present at run time. */
  readonly __brand: 'PostalIndex';
};

/** How a first digit that no Russian index has (0, 5, 7, 8, 9) is treated. */
export type PostalRegionCheck = 'error' | 'warning' | 'off';

/** Options of {@link parsePostalIndex}. */
export interface ParsePostalIndexOptions {
  /** Path reported in issues (default `['postalIndex']`). */
  readonly path?: IssuePath;
  /**
   * Region plausibility (validators.md §1.10, confidence M): Russian indices start with 1, 2,
   * 3, 4 or 6. Default `'error'`.
   */
  readonly regionCheck?: PostalRegionCheck;
}

const DEFAULT_PATH: IssuePath = ['postalIndex'];
const REGION_FIRST_DIGITS = '12346';

/**
 * Parses a Russian postal index (DOC-10): exactly six digits after separators, hidden spaces
 * and full-width digits are cleaned; the first digit must be one Russian indices use
 * (1, 2, 3, 4, 6 — the 7xxxxx block was Soviet Central Asia).
 *
 * @param input - the value typed by the user; must be a string (a number loses a leading zero)
 * @param options - path, region check
 * @returns the {@link PostalIndex}, or issues: `input.required`, `input.not_a_string`,
 *   `input.wrong_format`, `postal_index.wrong_format` (`length`), `postal_index.unknown_region`
 *   (`prefix`; a warning with `regionCheck: 'warning'`)
 * @example
 * ```ts
 * parsePostalIndex('101000'); // { success: true, data: '101000' }
 * parsePostalIndex('295 000'); // { success: true, data: '295000' } (Crimea block)
 * parsePostalIndex('700000'); // issue postal_index.unknown_region { prefix: '7' }
 * parsePostalIndex('12A483'); // issue postal_index.wrong_format
 * ```
 */
export function parsePostalIndex(
  input: unknown,
  options?: ParsePostalIndexOptions,
): Result<PostalIndex, ValidatorIssueCode> {
  const path = options?.path ?? DEFAULT_PATH;
  const read = readIdentifier(input, path);
  if ('issue' in read) return fail(read.issue);
  const digits = read.value;
  if (digits.length !== 6 || !isAsciiDigits(digits))
    return fail(issue('postal_index.wrong_format', path, { length: [...digits].length }));
  const check = options?.regionCheck ?? 'error';
  let warnings: Issue[] | undefined;
  if (check !== 'off' && !REGION_FIRST_DIGITS.includes(digits[0]!)) {
    const problem = issue('postal_index.unknown_region', path, { prefix: digits[0]! });
    if (check === 'error') return fail(problem);
    warnings = [problem];
  }
  return ok(digits as PostalIndex, warnings);
}
