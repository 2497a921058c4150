import {
  parseTemporaryResidencePermit,
  type ParseTemporaryResidencePermitOptions,
} from './parse-temporary-residence-permit.js';

/**
 * Tells whether a value is an acceptable temporary residence permit (same rules as
 * {@link parseTemporaryResidencePermit}).
 *
 * @param input - `{ decisionNumber, decisionDate, expiryDate? }`
 * @param options - as for {@link parseTemporaryResidencePermit}
 * @returns `true` when {@link parseTemporaryResidencePermit} succeeds
 * @example
 * ```ts
 * isTemporaryResidencePermit({ decisionNumber: '1234', decisionDate: '01.02.2024' }); // true
 * ```
 */
export function isTemporaryResidencePermit(
  input: unknown,
  options?: ParseTemporaryResidencePermitOptions,
): boolean {
  return parseTemporaryResidencePermit(input, options).success;
}
