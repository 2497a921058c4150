import { parseUin } from './parse-uin.js';

/**
 * Whether a value is a valid УИН (see {@link parseUin}); separators are allowed.
 *
 * @param input - anything
 * @returns `true` when {@link parseUin} accepts it
 * @example
 * ```ts
 * isUin('32117072411021588933'); // true
 * isUin('32117072411021588934'); // false
 * ```
 */
export function isUin(input: unknown): boolean {
  return parseUin(input).success;
}
