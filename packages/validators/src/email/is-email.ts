import { parseEmail, type ParseEmailOptions } from './parse-email.js';

/**
 * Tells whether a value is a syntactically valid e-mail address under {@link parseEmail}'s rules.
 *
 * @param input - any value
 * @param options - the same options as {@link parseEmail}
 * @returns `true` when {@link parseEmail} succeeds
 * @example
 * ```ts
 * isEmail('ivan@example.com'); // true
 * isEmail('ivan@@example.com'); // false
 * ```
 */
export function isEmail(input: unknown, options?: ParseEmailOptions): boolean {
  return parseEmail(input, options).success;
}
