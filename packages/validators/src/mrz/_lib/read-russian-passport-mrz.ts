// The Russian internal passport (`PN`) keeps the 4th series digit, the issue date and the
// subdivision code in the personal-number field.
import { issue } from '@kabinet/core/result';
import { decodeRussianMrzName, type MrzNameParts } from '../../_lib/mrz-names.js';
import { partsToIso, type PlainDateParts } from '../../_lib/parse-strict-date.js';
import type { RussianPassportMrz } from '../mrz-types.js';
import { isRealDate, latestNotAfter, readRawDate } from './mrz-dates.js';
import type { MrzReport } from './mrz-report.js';

/**
 * Reads the Russian passport's fields from line 2 and the number field; a layout that does not
 * match is a `mrz.russian_layout` warning and no fields. `issueParts` is the issue date when
 * valid (the reference for the birth date's century when there is no `now`).
 */
export function readRussianPassportMrz(
  report: MrzReport,
  line2: string,
  numberField: string,
  name: MrzNameParts,
  now: PlainDateParts | undefined,
): { readonly russianPassport?: RussianPassportMrz; readonly issueParts?: PlainDateParts } {
  const layoutMatch = /^(\d)(\d{6})(\d{6})<$/.exec(line2.slice(28, 42));
  if (layoutMatch === null || !/^\d{9}$/.test(numberField)) {
    report.warnings.push(issue('mrz.russian_layout', report.path));
    return {};
  }
  const issued = readRawDate(layoutMatch[2]!);
  let issueDate: string | undefined;
  let issueParts: PlainDateParts | undefined;
  if (typeof issued === 'object') {
    const parts = latestNotAfter(issued, now);
    if (isRealDate(parts)) {
      issueParts = parts;
      issueDate = partsToIso(parts);
    }
  }
  const subdivision = layoutMatch[3]!;
  const russianPassport: RussianPassportMrz = {
    series: numberField.slice(0, 3) + layoutMatch[1]!,
    number: numberField.slice(3),
    issueDate,
    subdivisionCode: `${subdivision.slice(0, 3)}-${subdivision.slice(3)}`,
    surname: decodeRussianMrzName(name.surname),
    givenNames: decodeRussianMrzName(name.givenNames),
  };
  return issueParts === undefined ? { russianPassport } : { russianPassport, issueParts };
}
