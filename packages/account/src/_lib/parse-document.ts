import { fail, issue, maskValue, ok, type Issue, type IssuePath, type Result } from '@kabinet/core';
import { DOCUMENT_KINDS, type DocumentKind, type RegistryDocument } from '@kabinet/ports';
import { parseDate } from '@kabinet/validators/date';
import { checkPassportValidity, checkPermitValidity } from '@kabinet/validators/document-validity';
import { parseForeignPassport } from '@kabinet/validators/foreign-passport';
import { parseInn } from '@kabinet/validators/inn';
import { parseMigrationCard } from '@kabinet/validators/migration-card';
import { parseResidencePermit } from '@kabinet/validators/residence-permit';
import { parseSnils } from '@kabinet/validators/snils';
import { parseVisa } from '@kabinet/validators/visa';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/** A checked, normalized document. */
export interface ParsedDocument {
  readonly kind: DocumentKind;
  /** Normalized fields, stored encrypted. */
  readonly fields: Readonly<Record<string, string>>;
  /** The number (series and number together) as the registry gets it. */
  readonly number: string;
  readonly masked: string;
  readonly issuedOn?: string;
  readonly expiresOn?: string;
  readonly country?: string;
}

/** Options of {@link parseDocument}. */
export interface ParseDocumentOptions {
  readonly now: number;
  /** DOC-3: months a passport must stay valid. */
  readonly passportValidityMonths: number;
}

type Fields = Readonly<Record<string, unknown>>;

function optionalDate(
  value: unknown,
  path: IssuePath,
  issues: Issue<AccountIssueCode>[],
): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const r = parseDate(value, { path });
  if (!r.success) {
    issues.push(...r.issues);
    return undefined;
  }
  return r.data;
}

function done(
  doc: ParsedDocument,
  issues: readonly Issue<AccountIssueCode>[],
  warnings: readonly Issue[],
): Result<ParsedDocument, AccountIssueCode> {
  return issues.length > 0 ? fail(issues) : ok(doc, warnings);
}

/**
 * Checks one identity document with the validators of its kind (DOC-3 … DOC-7): a foreign
 * passport (valid six months), a residence permit (series and number, issue and expiry
 * dates), a migration card, a visa, SNILS (check digits), INN. Issues carry `path` + field.
 */
export function parseDocument(
  input: unknown,
  path: IssuePath,
  options: ParseDocumentOptions,
): Result<ParsedDocument, AccountIssueCode> {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return fail(issue('input.required', path));
  const f = input as Fields;
  const kind = DOCUMENT_KINDS.find((k) => k === f['kind']);
  if (kind === undefined)
    return fail(
      issue(f['kind'] === undefined ? 'input.required' : 'document.kind_unknown', [
        ...path,
        'kind',
      ]),
    );
  const issues: Issue<AccountIssueCode>[] = [];
  const warnings: Issue[] = [];
  const take = <T>(r: Result<T, AccountIssueCode>): T | undefined => {
    if (r.success) {
      warnings.push(...(r.warnings ?? []));
      return r.data;
    }
    issues.push(...r.issues);
    return undefined;
  };
  switch (kind) {
    case 'foreign_passport': {
      const country =
        typeof f['country'] === 'string' ? f['country'].trim().toUpperCase() : undefined;
      if (country === undefined || country === '')
        issues.push(issue('input.required', [...path, 'country']));
      const number = take(
        parseForeignPassport(f['number'], {
          ...(country ? { country } : {}),
          path: [...path, 'number'],
          countryPath: [...path, 'country'],
        }),
      );
      const expiresOn = take(
        checkPassportValidity(f['expiryDate'], options.now, {
          policy: { passportMinValidityMonths: options.passportValidityMonths },
          path: [...path, 'expiryDate'],
        }),
      );
      const issuedOn = optionalDate(f['issueDate'], [...path, 'issueDate'], issues);
      const fields: Record<string, string> = {
        number: number ?? '',
        country: country ?? '',
        expiryDate: expiresOn ?? '',
      };
      if (issuedOn) fields['issueDate'] = issuedOn;
      return done(
        {
          kind,
          fields,
          number: number ?? '',
          masked: maskValue(number ?? ''),
          ...(issuedOn ? { issuedOn } : {}),
          ...(expiresOn ? { expiresOn } : {}),
          ...(country ? { country } : {}),
        },
        issues,
        warnings,
      );
    }
    case 'residence_permit': {
      const permit = take(parseResidencePermit(f, { now: options.now, path }));
      if (permit === undefined)
        return done({ kind, fields: {}, number: '', masked: '' }, issues, warnings);
      const number = permit.series + permit.number;
      const fields: Record<string, string> = {
        series: permit.series,
        number: permit.number,
        issueDate: permit.issueDate,
      };
      if (permit.expiryDate !== undefined) fields['expiryDate'] = permit.expiryDate;
      return done(
        {
          kind,
          fields,
          number,
          masked: maskValue(number),
          issuedOn: permit.issueDate,
          ...(permit.expiryDate ? { expiresOn: permit.expiryDate } : {}),
        },
        issues,
        warnings,
      );
    }
    case 'migration_card': {
      const number = take(parseMigrationCard(f['number'], { path: [...path, 'number'] }));
      const entryDate = optionalDate(f['entryDate'], [...path, 'entryDate'], issues);
      let stayUntil: string | undefined;
      if (f['stayUntil'] !== undefined && f['stayUntil'] !== '') {
        stayUntil = take(
          checkPermitValidity(f['stayUntil'], options.now, {
            policy: { permitMinValidityDays: 0 },
            path: [...path, 'stayUntil'],
          }),
        );
      }
      const fields: Record<string, string> = { number: number ?? '' };
      if (entryDate) fields['entryDate'] = entryDate;
      if (stayUntil) fields['stayUntil'] = stayUntil;
      return done(
        {
          kind,
          fields,
          number: number ?? '',
          masked: maskValue(number ?? ''),
          ...(entryDate ? { issuedOn: entryDate } : {}),
          ...(stayUntil ? { expiresOn: stayUntil } : {}),
        },
        issues,
        warnings,
      );
    }
    case 'visa': {
      const visa = take(parseVisa(f, { now: options.now, path }));
      if (visa === undefined)
        return done({ kind, fields: {}, number: '', masked: '' }, issues, warnings);
      const fields: Record<string, string> = { number: visa.number };
      if (visa.validFrom) fields['validFrom'] = visa.validFrom;
      if (visa.validUntil) fields['validUntil'] = visa.validUntil;
      if (visa.category) fields['category'] = visa.category;
      return done(
        {
          kind,
          fields,
          number: visa.number,
          masked: maskValue(visa.number),
          ...(visa.validFrom ? { issuedOn: visa.validFrom } : {}),
          ...(visa.validUntil ? { expiresOn: visa.validUntil } : {}),
        },
        issues,
        warnings,
      );
    }
    case 'snils': {
      const snils = take(parseSnils(f['number'], { path: [...path, 'number'] }));
      return done(
        {
          kind,
          fields: { number: snils ?? '' },
          number: snils ?? '',
          masked: maskValue(snils ?? ''),
        },
        issues,
        warnings,
      );
    }
    case 'inn': {
      const inn = take(parseInn(f['number'], { kind: 'individual', path: [...path, 'number'] }));
      return done(
        { kind, fields: { number: inn ?? '' }, number: inn ?? '', masked: maskValue(inn ?? '') },
        issues,
        warnings,
      );
    }
  }
}

/** The document as the registry gets it. */
export function toRegistryDocument(doc: ParsedDocument): RegistryDocument {
  return {
    kind: doc.kind,
    number: doc.number,
    ...(doc.issuedOn ? { issuedOn: doc.issuedOn } : {}),
    ...(doc.expiresOn ? { expiresOn: doc.expiresOn } : {}),
    ...(doc.country ? { country: doc.country } : {}),
  };
}
