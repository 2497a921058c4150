// The name field of an MRZ.
import { issue } from '@kabinet/core/result';
import { splitMrzName, type MrzNameParts } from '../../_lib/mrz-names.js';
import type { MrzReport } from './mrz-report.js';

/**
 * Splits the name field. Some issuers (India among them) write a single name in the secondary
 * identifier with an empty primary one (`P<IND<<NAME`); ICAO puts a single name in the primary
 * identifier, so it is read as the surname — what the person types in the surname field — with
 * a `mrz.single_name` warning. A Russian internal passport's name may hold digits (its letter
 * substitution); others may not (`mrz.name`).
 */
export function readMrzName(report: MrzReport, nameField: string, russian: boolean): MrzNameParts {
  let name = splitMrzName(nameField);
  const singleName = !russian && /^<<[A-Z]/.test(nameField);
  if (singleName) {
    name = { surname: name.givenNames, givenNames: '', truncated: name.truncated };
    report.warnings.push(issue('mrz.single_name', report.path));
  }
  if (
    !(singleName || (russian ? /^[A-Z0-9]/ : /^[A-Z]/).test(nameField)) ||
    (!russian && /\d/.test(nameField))
  )
    report.issues.push(issue('mrz.name', report.path));
  return name;
}
