import type { Snils } from './parse-snils.js';

/**
 * Formats a checked SNILS the way it is printed: `XXX-XXX-XXX YY` (DOC-5).
 *
 * @param snils - a SNILS returned by {@link parseSnils}
 * @returns the display form; {@link parseSnils} reads it back to the same value
 * @example
 * ```ts
 * const r = parseSnils('11223344595');
 * if (r.success) formatSnils(r.data); // '112-233-445 95'
 * ```
 */
export function formatSnils(snils: Snils): string {
  return `${snils.slice(0, 3)}-${snils.slice(3, 6)}-${snils.slice(6, 9)} ${snils.slice(9, 11)}`;
}
