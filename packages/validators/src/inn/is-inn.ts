import { parseInn, type ParseInnOptions } from './parse-inn.js';

/**
 * Tells whether a value is a valid INN (same rules as {@link parseInn}).
 *
 * @param input - any value
 * @param options - the accepted kind (`'any'` by default)
 * @returns `true` when {@link parseInn} succeeds
 * @example
 * ```ts
 * isInn('7707083893');                          // true
 * isInn('7707083893', { kind: 'individual' });  // false
 * isInn(7707083893);                            // false: numbers lose leading zeros
 * ```
 */
export function isInn(input: unknown, options?: Pick<ParseInnOptions, 'kind'>): boolean {
  return parseInn(input, options).success;
}
