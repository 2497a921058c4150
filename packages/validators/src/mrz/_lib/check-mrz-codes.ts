// The codes of an MRZ: the document code must fit the layout (P for passports, V for visas,
// I, A or C for TD1/TD2 cards), and the issuing state and nationality must be ICAO codes.
import { issue } from '@kabinet/core/result';
import type { MrzFields } from './mrz-layout.js';
import type { MrzReport } from './mrz-report.js';

const STATE = /^[A-Z][A-Z<]{2}$/;

/** Checks the document code and both state codes; issues `mrz.document_code`, `mrz.state`. */
export function checkMrzCodes(report: MrzReport, fields: MrzFields): void {
  const { format, code } = fields;
  const first = code[0]!;
  const codeOk =
    (format === 'TD3'
      ? first === 'P'
      : format === 'MRV-A' || format === 'MRV-B'
        ? first === 'V'
        : first === 'I' || first === 'A' || first === 'C') && /^[A-Z][A-Z<]$/.test(code);
  if (!codeOk) report.issues.push(issue('mrz.document_code', report.path, { format, code }));
  if (!STATE.test(fields.state))
    report.issues.push(issue('mrz.state', report.path, { field: 'issuingState' }));
  if (!STATE.test(fields.nationality))
    report.issues.push(issue('mrz.state', report.path, { field: 'nationality' }));
}
