import type { ResidencePermit } from './parse-residence-permit.js';

/**
 * Formats the series and number of a checked residence permit as printed in the booklet:
 * `82 № 1234567`.
 *
 * @param permit - a permit returned by {@link parseResidencePermit}
 * @returns the display form; {@link parseResidencePermit} reads it back as the same number
 * @example
 * ```ts
 * formatResidencePermitNumber({ series: '82', number: '1234567', issueDate: '2021-03-15', expiryDate: undefined }); // '82 № 1234567'
 * ```
 */
export function formatResidencePermitNumber(
  permit: Pick<ResidencePermit, 'series' | 'number'>,
): string {
  return `${permit.series} № ${permit.number}`;
}
