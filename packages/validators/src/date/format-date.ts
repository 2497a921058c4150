import { isoDateArgument } from '../_lib/iso-date-option.js';
import { partsToRu } from '../_lib/parse-strict-date.js';
import type { IsoDate } from './parse-date.js';

/**
 * Formats a date the way Russian forms show it: `ДД.ММ.ГГГГ` (DOC-9). {@link parseDate} reads
 * the result back to the same {@link IsoDate}.
 *
 * @param date - a checked date (`YYYY-MM-DD`)
 * @returns the display form, e.g. `'29.02.2024'`
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when `date` is not `YYYY-MM-DD`
 * @example
 * ```ts
 * const r = parseDate('2024-02-29');
 * if (r.success) formatDate(r.data); // '29.02.2024'
 * ```
 */
export function formatDate(date: IsoDate | string): string {
  return partsToRu(isoDateArgument(date, 'date'));
}
