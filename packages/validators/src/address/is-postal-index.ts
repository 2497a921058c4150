import { parsePostalIndex, type ParsePostalIndexOptions } from './parse-postal-index.js';

/**
 * Tells whether a value is a plausible Russian postal index under {@link parsePostalIndex}'s rules.
 *
 * @param input - any value
 * @param options - the same options as {@link parsePostalIndex}
 * @returns `true` when {@link parsePostalIndex} succeeds
 * @example
 * ```ts
 * isPostalIndex('190000'); // true
 * isPostalIndex('056879'); // false
 * ```
 */
export function isPostalIndex(input: unknown, options?: ParsePostalIndexOptions): boolean {
  return parsePostalIndex(input, options).success;
}
