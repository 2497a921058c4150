// Unknown input → checked ISO date or the input issue. Shared by the date parsers (parseDate,
// parseBirthDate) and usable by any validator that reads a typed date.
import { issue, type Issue, type IssuePath } from '@kabinet/core/result';
import type { IsoDate } from '../date/parse-date.js';
import { requireString } from './normalize-input.js';
import {
  parseStrictDate,
  partsToIso,
  type PlainDateParts,
  type StrictDateFormat,
} from './parse-strict-date.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

const REASON_CODE = {
  format: 'date.wrong_format',
  year: 'date.invalid_year',
  month: 'date.invalid_month',
  day: 'date.invalid_day',
} as const;

/** The date (as ISO and as parts), or the first issue: `input.*` or `date.wrong_format` / `date.invalid_*`. */
export function readDate(
  input: unknown,
  path: IssuePath,
  formats: readonly StrictDateFormat[],
): { date: IsoDate; parts: PlainDateParts } | { issue: Issue<ValidatorIssueCode> } {
  const text = requireString(input, path);
  if ('issue' in text) return text;
  const parsed = parseStrictDate(text.value, formats);
  if (!parsed.ok) {
    const params =
      parsed.reason === 'format'
        ? { expected: formats.includes('ru') ? 'ДД.ММ.ГГГГ' : 'YYYY-MM-DD' }
        : undefined;
    return { issue: issue(REASON_CODE[parsed.reason], path, params) };
  }
  return { date: partsToIso(parsed.parts) as IsoDate, parts: parsed.parts };
}
