import { fail, issue, ok, type IssuePath, type Result } from '@kabinet/core';
import type { PaymentsIssueCode } from '../messages/payment-messages.js';

/**
 * Options of {@link parseKopecks}.
 *
 * @example
 * ```ts
 * parseKopecks(object.amount.value, { path: ['amount', 'value'], positive: true });
 * ```
 */
export interface ParseKopecksOptions {
  /** Path reported in issues (default `['amount']`). */
  readonly path?: IssuePath;
  /** Reject zero (`money.not_positive`); default `false`. */
  readonly positive?: boolean;
}

const DECIMAL = /^(0|[1-9]\d*)(?:\.(\d{1,2}))?$/;
const TOO_PRECISE = /^(0|[1-9]\d*)\.\d{3,}$/;
const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Parses a provider's decimal amount in roubles (`"1500.00"`, `"0.5"`, `"12"`) into integer
 * kopecks exactly, by string arithmetic: no `parseFloat`, no floats anywhere. At most two
 * fraction digits (`"1.005"` is an error, not a rounding); no sign, exponent, spaces, commas
 * or leading zeros.
 *
 * @param input - the decimal string
 * @param options - issue path; whether zero is rejected
 * @returns kopecks (a safe integer ≥ 0), or issues `input.not_a_string`, `money.format`,
 *   `money.too_many_fraction_digits`, `money.too_large`, `money.not_positive`
 * @example
 * ```ts
 * parseKopecks('1500.00'); // { success: true, data: 150000 }
 * parseKopecks('0.1');     // { success: true, data: 10 }
 * parseKopecks('1.005');   // issue money.too_many_fraction_digits
 * ```
 */
export function parseKopecks(
  input: unknown,
  options?: ParseKopecksOptions,
): Result<number, PaymentsIssueCode> {
  const path = options?.path ?? ['amount'];
  if (typeof input !== 'string')
    return fail(issue(typeof input === 'number' ? 'input.not_a_string' : 'money.format', path));
  const match = DECIMAL.exec(input);
  if (match === null) {
    return TOO_PRECISE.test(input)
      ? fail(issue('money.too_many_fraction_digits', path, { max: 2 }))
      : fail(issue('money.format', path));
  }
  const whole = match[1]!;
  if (whole.length > 17) return fail(issue('money.too_large', path));
  const kopecks = BigInt(whole) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
  if (kopecks > MAX) return fail(issue('money.too_large', path));
  if (options?.positive === true && kopecks === 0n) return fail(issue('money.not_positive', path));
  return ok(Number(kopecks));
}
