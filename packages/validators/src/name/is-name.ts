import { parseName, type ParseNameOptions } from './parse-name.js';

/**
 * Tells whether a value is an acceptable name under {@link parseName}'s rules (a name whose
 * look-alikes would be fixed counts as acceptable with the default `fix` policy).
 *
 * @param input - any value
 * @param options - the same options as {@link parseName}
 * @returns `true` when {@link parseName} succeeds
 * @example
 * ```ts
 * isName('Анна-Мария');                       // true
 * isName('Anna', { script: 'cyrillic' });     // false
 * isName('R2-D2');                            // false
 * ```
 */
export function isName(input: unknown, options?: ParseNameOptions): boolean {
  return parseName(input, options).success;
}
