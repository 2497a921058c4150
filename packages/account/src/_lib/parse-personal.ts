import { fail, issue, ok, type Issue, type IssuePath, type Result } from '@kabinet/core';
import { birthDatePolicies, parseBirthDate } from '@kabinet/validators/date';
import { parseName, type NameScript } from '@kabinet/validators/name';
import { parseAddress, type Address } from '@kabinet/validators/address';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/** The personal data of a profile, normalized; stored encrypted (ACC-10). */
export interface PersonalData {
  readonly surname: string;
  readonly givenNames: string;
  readonly patronymic?: string;
  readonly latinSurname?: string;
  readonly latinGivenNames?: string;
  /** ISO `YYYY-MM-DD`. */
  readonly birthDate: string;
  /** ISO 3166-1 alpha-3 citizenship. */
  readonly citizenship: string;
  readonly sex?: 'male' | 'female';
  /** DOC-10: the address in Russia, parts checked when present. */
  readonly address?: Address;
}

type Fields = Readonly<Record<string, unknown>>;

/**
 * Checks personal data (DOC-8, DOC-9): names in Cyrillic as in Russian documents and,
 * optionally, in Latin as in the passport (one script per field), a birth date that is not
 * in the future and of an age to register oneself, an ISO alpha-3 citizenship other than
 * Russia's, and an optional address.
 */
export function parsePersonal(
  input: unknown,
  path: IssuePath,
  now: number,
): Result<PersonalData, AccountIssueCode> {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return fail(issue('input.required', path));
  const f = input as Fields;
  const issues: Issue<AccountIssueCode>[] = [];
  const warnings: Issue[] = [];
  const name = (field: string, script: NameScript, required: boolean): string | undefined => {
    const value = f[field];
    if (!required && (value === undefined || value === null || value === '')) return undefined;
    const r = parseName(value, { path: [...path, field], script });
    if (!r.success) {
      issues.push(...r.issues);
      return undefined;
    }
    warnings.push(...(r.warnings ?? []));
    return r.data;
  };
  const surname = name('surname', 'cyrillic', true);
  const givenNames = name('givenNames', 'cyrillic', true);
  const patronymic = name('patronymic', 'cyrillic', false);
  const latinSurname = name('latinSurname', 'latin', false);
  const latinGivenNames = name('latinGivenNames', 'latin', false);
  const birth = parseBirthDate(f['birthDate'], {
    now,
    policy: birthDatePolicies.selfRegistration,
    path: [...path, 'birthDate'],
  });
  if (!birth.success) issues.push(...birth.issues);
  const rawCitizenship = f['citizenship'];
  let citizenship: string | undefined;
  if (rawCitizenship === undefined || rawCitizenship === null || rawCitizenship === '')
    issues.push(issue('input.required', [...path, 'citizenship']));
  else if (typeof rawCitizenship !== 'string' || !/^[A-Za-z]{3}$/.test(rawCitizenship.trim()))
    issues.push(issue('personal.citizenship_format', [...path, 'citizenship']));
  else if (rawCitizenship.trim().toUpperCase() === 'RUS')
    issues.push(issue('personal.citizenship_russian', [...path, 'citizenship']));
  else citizenship = rawCitizenship.trim().toUpperCase();
  const sex = f['sex'];
  if (sex !== undefined && sex !== 'male' && sex !== 'female')
    issues.push(issue('input.wrong_format', [...path, 'sex']));
  let address: Address | undefined;
  if (f['address'] !== undefined && f['address'] !== null) {
    const a = parseAddress(f['address'], { path: [...path, 'address'] });
    if (a.success) {
      address = a.data;
      warnings.push(...(a.warnings ?? []));
    } else issues.push(...a.issues);
  }
  if (
    issues.length > 0 ||
    surname === undefined ||
    givenNames === undefined ||
    !birth.success ||
    citizenship === undefined
  ) {
    return fail(issues.length > 0 ? issues : [issue('input.wrong_format', path)]);
  }
  return ok(
    {
      surname,
      givenNames,
      ...(patronymic ? { patronymic } : {}),
      ...(latinSurname ? { latinSurname } : {}),
      ...(latinGivenNames ? { latinGivenNames } : {}),
      birthDate: birth.data,
      citizenship,
      ...(sex === 'male' || sex === 'female' ? { sex } : {}),
      ...(address ? { address } : {}),
    },
    warnings,
  );
}
