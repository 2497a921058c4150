import {
  parseResidencePermit,
  type ParseResidencePermitOptions,
} from './parse-residence-permit.js';

/**
 * Tells whether a value is an acceptable residence permit (same rules as
 * {@link parseResidencePermit}; warnings do not make it invalid).
 *
 * @param input - `{ series?, number, issueDate, expiryDate? }`
 * @param options - as for {@link parseResidencePermit}
 * @returns `true` when {@link parseResidencePermit} succeeds
 * @example
 * ```ts
 * isResidencePermit({ number: '821234567', issueDate: '15.03.2021' }); // true
 * ```
 */
export function isResidencePermit(input: unknown, options?: ParseResidencePermitOptions): boolean {
  return parseResidencePermit(input, options).success;
}
